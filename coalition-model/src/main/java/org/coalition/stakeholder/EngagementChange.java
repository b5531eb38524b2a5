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
import java.time.Instant;
import org.coalition.shared.BaseEntity;

/**
 * One step in a stakeholder's engagement history, like {@link StanceChange}: when, who, and the current and desired
 * levels before and after (null: not assessed).
 */
@Entity
@Table(name = "engagement_change")
public class EngagementChange extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_current")
    private Engagement fromCurrent;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_current")
    private Engagement toCurrent;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_desired")
    private Engagement fromDesired;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_desired")
    private Engagement toDesired;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @NotNull
    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected EngagementChange() {
        // for JPA
    }

    public EngagementChange(
            Stakeholder stakeholder,
            Engagement fromCurrent,
            Engagement fromDesired,
            Engagement toCurrent,
            Engagement toDesired,
            Instant changedAt,
            String changedBy) {
        this.stakeholder = stakeholder;
        this.fromCurrent = fromCurrent;
        this.fromDesired = fromDesired;
        this.toCurrent = toCurrent;
        this.toDesired = toDesired;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Engagement getFromCurrent() {
        return fromCurrent;
    }

    public Engagement getToCurrent() {
        return toCurrent;
    }

    public Engagement getFromDesired() {
        return fromDesired;
    }

    public Engagement getToDesired() {
        return toDesired;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
