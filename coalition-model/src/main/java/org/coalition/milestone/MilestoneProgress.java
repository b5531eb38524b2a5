package org.coalition.milestone;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

/**
 * How far a milestone has come, computed from its tasks' statuses only. The percentage is rounded
 * down, so a milestone shows 100 % only when every task is done.
 */
public record MilestoneProgress(int toDo, int inProgress, int blocked, int done) implements Serializable {

    public MilestoneProgress {
        if (toDo < 0 || inProgress < 0 || blocked < 0 || done < 0) {
            throw new IllegalArgumentException("Task counts must not be negative");
        }
    }

    public static MilestoneProgress of(Collection<TaskStatus> taskStatuses) {
        int toDo = 0;
        int inProgress = 0;
        int blocked = 0;
        int done = 0;
        for (TaskStatus status : taskStatuses) {
            switch (Objects.requireNonNull(status, "task status")) {
                case TO_DO -> toDo++;
                case IN_PROGRESS -> inProgress++;
                case BLOCKED -> blocked++;
                case DONE -> done++;
            }
        }
        return new MilestoneProgress(toDo, inProgress, blocked, done);
    }

    public int total() {
        return toDo + inProgress + blocked + done;
    }

    public int count(TaskStatus status) {
        return switch (status) {
            case TO_DO -> toDo;
            case IN_PROGRESS -> inProgress;
            case BLOCKED -> blocked;
            case DONE -> done;
        };
    }

    /** Percent of tasks done, 0 to 100, rounded down; 0 for a milestone without tasks. */
    public int percentDone() {
        int total = total();
        return total == 0 ? 0 : (int) (done * 100L / total);
    }

    public boolean isComplete() {
        return total() > 0 && done == total();
    }
}
