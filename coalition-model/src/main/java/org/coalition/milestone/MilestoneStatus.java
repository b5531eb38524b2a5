package org.coalition.milestone;

import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;

/**
 * Where a milestone stands with its sponsor. Members propose, the sponsor decides once; a rejected
 * milestone can be reworked and proposed again, an approved one is settled.
 */
public enum MilestoneStatus {
    PROPOSED("Proposed"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a proposed milestone awaits a decision. */
    public boolean mayBeDecided() {
        return this == PROPOSED;
    }

    /** Only a rejected milestone can be revised and proposed again. */
    public boolean mayBeRevised() {
        return this == REJECTED;
    }

    /** @throws IllegalStateException with a message for the user when the milestone is not proposed */
    public MilestoneStatus approve() {
        requireDecidable();
        return APPROVED;
    }

    /** @throws IllegalStateException with a message for the user when the milestone is not proposed */
    public MilestoneStatus reject() {
        requireDecidable();
        return REJECTED;
    }

    /** @throws IllegalStateException with a message for the user when the milestone was not rejected */
    public MilestoneStatus revise() {
        if (!mayBeRevised()) {
            throw new Refused.State(this == APPROVED ? Refusal.MILESTONE_APPROVED_NOTHING : Refusal.MILESTONE_WAITING);
        }
        return PROPOSED;
    }

    private void requireDecidable() {
        if (!mayBeDecided()) {
            throw new Refused.State(Refusal.MILESTONE_ALREADY_DECIDED, this);
        }
    }
}
