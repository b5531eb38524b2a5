package org.coalition.difference;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;

/**
 * A disagreement within the coalition, named and worked through in the open: who stands where and
 * what lies beneath, the options weighed, and the decision with its rationale. Dissent stays on
 * record after the decision, so nobody has to pretend to agree.
 */
@Entity
@Table(name = "difference")
public class Difference extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotBlank(message = "{Difference.nameTopicDifference}")
    @Size(max = 200, message = "{Difference.topic200Characters}")
    @Column(nullable = false)
    private String topic;

    @Size(max = 2000, message = "{Difference.description2000Characters}")
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DifferenceStatus status = DifferenceStatus.OPEN;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @NotNull
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Size(max = 4000, message = "{DifferenceService.options4000Characters}")
    @Column(name = "options_considered")
    private String optionsConsidered;

    @Size(max = 2000, message = "{DifferenceService.decision2000Characters}")
    private String decision;

    @Size(max = 2000, message = "{DifferenceService.rationale2000Characters}")
    private String rationale;

    @Size(max = 2000, message = "{DifferenceService.dissent2000Characters}")
    private String dissent;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @OneToMany(mappedBy = "difference", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DifferenceParty> parties = new ArrayList<>();

    protected Difference() {
        // for JPA
    }

    public Difference(Coalition coalition, String topic, String description, String createdBy, Instant at) {
        this.coalition = coalition;
        this.topic = topic.strip();
        this.description = blankToNull(description);
        this.createdBy = createdBy;
        this.createdAt = at;
        this.lastActivityAt = at;
    }

    /** Adds a stakeholder's position and the interest beneath it. */
    public DifferenceParty addParty(Stakeholder stakeholder, String position, String interest, Instant at) {
        return add(new DifferenceParty(this, stakeholder, null, position, interest), at);
    }

    /** Adds a coalition member's position and the interest beneath it. */
    public DifferenceParty addParty(Person member, String position, String interest, Instant at) {
        return add(new DifferenceParty(this, null, member, position, interest), at);
    }

    private DifferenceParty add(DifferenceParty party, Instant at) {
        requireUnresolved(Refusal.DIFFERENCE_RESOLVED_ADD_POSITION);
        parties.add(party);
        lastActivityAt = at;
        return party;
    }

    public void recordOptions(String options, Instant at) {
        requireUnresolved(Refusal.DIFFERENCE_RESOLVED_CHANGE_OPTIONS);
        optionsConsidered = blankToNull(options);
        lastActivityAt = at;
    }

    public void startDiscussion(Instant at) {
        status = status.startDiscussion();
        lastActivityAt = at;
    }

    /**
     * Settles the difference. A decision without its rationale is refused: the people who were not in
     * the room must be able to follow it.
     */
    public void resolve(String decision, String rationale, String dissent, String by, Instant at) {
        if (decision == null || decision.isBlank() || rationale == null || rationale.isBlank()) {
            throw new Refused.Argument(Refusal.RESOLUTION_NEEDS);
        }
        status = status.resolve();
        this.decision = decision.strip();
        this.rationale = rationale.strip();
        this.dissent = blankToNull(dissent);
        resolvedBy = by;
        resolvedAt = at;
        lastActivityAt = at;
    }

    /** The decision no longer holds: the difference is open again, and its old decision stays in the audit trail. */
    public void reopen(Instant at) {
        status = status.reopen();
        decision = null;
        rationale = null;
        dissent = null;
        resolvedBy = null;
        resolvedAt = null;
        lastActivityAt = at;
    }

    private void requireUnresolved(Refusal refusal) {
        if (!status.isUnresolved()) {
            throw new Refused.State(refusal);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getTopic() {
        return topic;
    }

    public String getDescription() {
        return description;
    }

    public DifferenceStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getOptionsConsidered() {
        return optionsConsidered;
    }

    public String getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public String getDissent() {
        return dissent;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<DifferenceParty> getParties() {
        return parties;
    }
}
