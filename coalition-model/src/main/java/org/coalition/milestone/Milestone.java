package org.coalition.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.coalition.Coalition;
import org.coalition.shared.BaseEntity;

/**
 * A step of the main initiative that an executive sponsor of the coalition signs off. A member
 * proposes it; a sponsor approves or rejects it once, with a comment; a rejected one can be revised
 * and proposed again.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false)
    private String title;

    @Size(max = 2000)
    private String description;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status = MilestoneStatus.PROPOSED;

    @NotNull
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = 1000)
    @Column(name = "decision_comment")
    private String decisionComment;

    protected Milestone() {
        // for JPA
    }

    public Milestone(Coalition coalition, String title, String description, LocalDate dueOn, String proposedBy) {
        this.coalition = coalition;
        this.proposedBy = proposedBy;
        revise(title, description, dueOn);
    }

    /** Changes title, description and due date; a rejected milestone goes back to proposed. */
    public final void revise(String title, String description, LocalDate dueOn) {
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.dueOn = dueOn;
        if (status.mayBeRevised()) {
            status = status.revise();
            decidedBy = null;
            decidedAt = null;
            decisionComment = null;
        }
    }

    /** Records the sponsor's decision; only a proposed milestone can be decided. */
    public void decide(boolean approve, String sponsor, Instant at, String comment) {
        status = approve ? status.approve() : status.reject();
        decidedBy = sponsor;
        decidedAt = at;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}
