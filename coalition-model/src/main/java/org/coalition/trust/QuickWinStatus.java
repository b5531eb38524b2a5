package org.coalition.trust;

/** Where a quick win stands. Only completed ones count as trust built. */
public enum QuickWinStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    ABANDONED("Abandoned");

    private final String label;

    QuickWinStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == ABANDONED;
    }
}
