package org.coalition.milestone;

import java.time.LocalDate;

/** Where a task of a milestone stands. */
public enum TaskStatus {
    TO_DO("To do"),
    IN_PROGRESS("In progress"),
    /** Waiting on someone or something outside the task owner's hands; worth raising at the next sync. */
    BLOCKED("Blocked"),
    DONE("Done");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDone() {
        return this == DONE;
    }

    /**
     * Whether a task with this status is late: its due date has passed and it is not done. A task due
     * today is not overdue yet; a task without a due date never is.
     */
    public boolean isOverdue(LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !isDone();
    }
}
