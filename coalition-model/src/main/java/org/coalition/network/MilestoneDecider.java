package org.coalition.network;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.coalition.milestone.Milestone;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/** A decision maker (approver or veto holder) a milestone's decision needs. One per milestone and stakeholder. */
@Entity
@Table(
        name = "milestone_decider",
        uniqueConstraints = @UniqueConstraint(columnNames = {"milestone_id", "stakeholder_id"}))
public class MilestoneDecider extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    protected MilestoneDecider() {
        // for JPA
    }

    public MilestoneDecider(Milestone milestone, Stakeholder stakeholder) {
        this.milestone = milestone;
        this.stakeholder = stakeholder;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }
}
