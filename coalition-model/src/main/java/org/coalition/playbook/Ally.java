package org.coalition.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stance;

/**
 * Someone a closed coalition could count on — a champion or supporter among its stakeholders, or one of
 * its sponsors and members — kept for the next initiative (the ally network). A copy, not a link: the
 * coalition's own records stay as they were.
 */
@Entity
@Table(name = "ally")
public class Ally extends BaseEntity {

    public enum Source {
        STAKEHOLDER("Stakeholder"),
        MEMBER("Member"),
        SPONSOR("Sponsor");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "coalition_id", nullable = false, updatable = false)
    private long coalitionId;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false)
    private String name;

    @Size(max = 150)
    private String title;

    @Size(max = 100)
    private String department;

    /** The person's user name, when they have one (members always; stakeholders with an SSO user name). */
    @Size(max = 100)
    private String username;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    /** A stakeholder's stance when the coalition closed; null for members and sponsors. */
    @Enumerated(EnumType.STRING)
    @Column(name = "final_stance")
    private Stance finalStance;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Ally() {
        // for JPA
    }

    public Ally(
            long coalitionId,
            String name,
            String title,
            String department,
            String username,
            Source source,
            Stance finalStance,
            Instant recordedAt) {
        this.coalitionId = coalitionId;
        this.name = name;
        this.title = title;
        this.department = department;
        this.username = username;
        this.source = source;
        this.finalStance = finalStance;
        this.recordedAt = recordedAt;
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getDepartment() {
        return department;
    }

    public String getUsername() {
        return username;
    }

    public Source getSource() {
        return source;
    }

    public Stance getFinalStance() {
        return finalStance;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
