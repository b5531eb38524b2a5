package org.coalition.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.shared.BaseEntity;

/** One step in a stakeholder's stance history: when, who changed it, from what to what, and why. */
@Entity
@Table(name = "stance_change")
public class StanceChange extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stance")
    private Stance from;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stance", nullable = false)
    private Stance to;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @NotNull
    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Size(max = 500)
    private String reason;

    protected StanceChange() {
        // for JPA
    }

    /** @param from null for the stance a stakeholder was first recorded with */
    public StanceChange(
            Stakeholder stakeholder, Stance from, Stance to, Instant changedAt, String changedBy, String reason) {
        this.stakeholder = stakeholder;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Stance getFrom() {
        return from;
    }

    public Stance getTo() {
        return to;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }
}
