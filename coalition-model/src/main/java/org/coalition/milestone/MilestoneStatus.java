package org.coalition.milestone;

import java.util.Locale;

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
            throw new IllegalStateException(this == APPROVED
                    ? "This milestone has been approved; there is nothing to revise."
                    : "This milestone is still waiting for a decision; it can be revised once it has been rejected.");
        }
        return PROPOSED;
    }

    private void requireDecidable() {
        if (!mayBeDecided()) {
            throw new IllegalStateException("This milestone has already been " + label.toLowerCase(Locale.ROOT)
                    + ". Only a proposed milestone can be approved or rejected.");
        }
    }
}
