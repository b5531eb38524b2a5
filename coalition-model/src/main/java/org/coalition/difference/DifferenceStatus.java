package org.coalition.difference;

import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;

/**
 * Where a difference stands. It is opened when someone names it, discussed with the parties, and
 * resolved with a decision and its rationale; a resolved difference can be reopened when the
 * decision stops holding.
 */
public enum DifferenceStatus {
    OPEN("Open"),
    IN_DISCUSSION("In discussion"),
    RESOLVED("Resolved");

    private final String label;

    DifferenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open and in-discussion differences still need attention; a resolved one is settled. */
    public boolean isUnresolved() {
        return this != RESOLVED;
    }

    /** @throws IllegalStateException with a message for the user unless the difference is open */
    public DifferenceStatus startDiscussion() {
        if (this != OPEN) {
            throw new Refused.State(
                    this == IN_DISCUSSION ? Refusal.DIFFERENCE_IN_DISCUSSION : Refusal.DIFFERENCE_RESOLVED_REOPEN);
        }
        return IN_DISCUSSION;
    }

    /** @throws IllegalStateException with a message for the user when the difference is already resolved */
    public DifferenceStatus resolve() {
        if (!isUnresolved()) {
            throw new Refused.State(Refusal.DIFFERENCE_ALREADY_RESOLVED);
        }
        return RESOLVED;
    }

    /** @throws IllegalStateException with a message for the user unless the difference is resolved */
    public DifferenceStatus reopen() {
        if (isUnresolved()) {
            throw new Refused.State(Refusal.DIFFERENCE_UNRESOLVED);
        }
        return OPEN;
    }
}
