package org.coalition.milestone;

import static org.coalition.milestone.TaskStatus.BLOCKED;
import static org.coalition.milestone.TaskStatus.DONE;
import static org.coalition.milestone.TaskStatus.IN_PROGRESS;
import static org.coalition.milestone.TaskStatus.TO_DO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneProgressTest {

    private static List<TaskStatus> tasks(int toDo, int inProgress, int blocked, int done) {
        List<TaskStatus> tasks = new ArrayList<>();
        tasks.addAll(Collections.nCopies(toDo, TO_DO));
        tasks.addAll(Collections.nCopies(inProgress, IN_PROGRESS));
        tasks.addAll(Collections.nCopies(blocked, BLOCKED));
        tasks.addAll(Collections.nCopies(done, DONE));
        Collections.shuffle(tasks, new java.util.Random(42));
        return tasks;
    }

    @ParameterizedTest(name = "to do {0}, in progress {1}, blocked {2}, done {3}: {4} %")
    @CsvSource({
        "0,   0, 0, 0,   0", // no tasks yet: nothing to show, not a division by zero
        "1,   0, 0, 0,   0",
        "0,   0, 0, 1,   100",
        "0,   0, 0, 12,  100", // all done
        "1,   0, 0, 1,   50",
        "2,   0, 0, 1,   33", // 33.3 rounds down
        "1,   0, 0, 2,   66", // 66.7 rounds down, not up
        "0,   1, 1, 1,   33", // in progress and blocked count as not done
        "199, 0, 0, 1,   0", // 0.5 % is still 0
        "1,   0, 0, 199, 99", // 99.5 % is not yet 100
        "0,   0, 3, 0,   0",
    })
    void should_count_the_percentage_of_done_tasks_rounded_down(
            int toDo, int inProgress, int blocked, int done, int percent) {
        MilestoneProgress progress = MilestoneProgress.of(tasks(toDo, inProgress, blocked, done));

        assertEquals(percent, progress.percentDone());
        assertEquals(toDo + inProgress + blocked + done, progress.total());
    }

    @Test
    void should_count_tasks_per_status() {
        MilestoneProgress progress = MilestoneProgress.of(tasks(4, 3, 2, 1));

        assertEquals(new MilestoneProgress(4, 3, 2, 1), progress);
        assertEquals(4, progress.count(TO_DO));
        assertEquals(3, progress.count(IN_PROGRESS));
        assertEquals(2, progress.count(BLOCKED));
        assertEquals(1, progress.count(DONE));
    }

    @ParameterizedTest(name = "to do {0}, done {1}: complete={2}")
    @CsvSource({
        "0, 0, false",
        "0, 3, true",
        "1, 3, false",
    })
    void should_be_complete_only_when_there_are_tasks_and_all_are_done(int toDo, int done, boolean complete) {
        assertEquals(complete, MilestoneProgress.of(tasks(toDo, 0, 0, done)).isComplete());
    }

    @Test
    void should_refuse_negative_counts() {
        assertThrows(IllegalArgumentException.class, () -> new MilestoneProgress(0, -1, 0, 0));
    }

    @Test
    void should_refuse_a_task_without_status() {
        List<TaskStatus> tasks = new ArrayList<>(List.of(DONE));
        tasks.add(null);
        assertThrows(NullPointerException.class, () -> MilestoneProgress.of(tasks));
    }

    @Test
    void should_show_zero_percent_and_no_counts_for_an_empty_milestone() {
        MilestoneProgress progress = MilestoneProgress.of(List.of());

        assertEquals(0, progress.percentDone());
        assertFalse(progress.isComplete());
        for (TaskStatus status : TaskStatus.values()) {
            assertEquals(0, progress.count(status));
        }
        assertTrue(progress.total() == 0);
    }
}
