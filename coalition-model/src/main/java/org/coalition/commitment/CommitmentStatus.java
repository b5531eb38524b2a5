package org.coalition.commitment;

import java.time.LocalDate;

/**
 * Where a promise stands on a given day. Open until its due date has passed; overdue from the day after it (a
 * promise due today is not overdue yet); kept or broken once someone said so, whatever the date.
 */
public enum CommitmentStatus {
    OVERDUE("Overdue"),
    OPEN("Open"),
    BROKEN("Broken"),
    KEPT("Kept");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status on {@code today} of a promise due on {@code dueOn} with this outcome (null while open). */
    public static CommitmentStatus of(CommitmentOutcome outcome, LocalDate dueOn, LocalDate today) {
        if (outcome != null) {
            return outcome == CommitmentOutcome.KEPT ? KEPT : BROKEN;
        }
        return isOverdue(dueOn, today) ? OVERDUE : OPEN;
    }

    /** An open promise is overdue once its due date lies before today. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(today);
    }

    /** Whether this counts against the relational bank account: broken, or still open after its date. */
    public boolean withdraws() {
        return this == OVERDUE || this == BROKEN;
    }
}
