package org.coalition.commitment;

/** How a promise ended: kept or broken. An open promise has no outcome yet. */
public enum CommitmentOutcome {
    KEPT("Kept"),
    BROKEN("Broken");

    private final String label;

    CommitmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
