package org.coalition.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskStatusTest {

    @ParameterizedTest(name = "due {0}, today {1}, {2}: overdue={3}")
    @CsvSource({
        "2025-03-10, 2025-03-11, TO_DO,       true",
        "2025-03-10, 2025-03-11, IN_PROGRESS, true",
        "2025-03-10, 2025-03-11, BLOCKED,     true",
        "2025-03-10, 2025-03-11, DONE,        false", // done late is still done
        "2025-03-11, 2025-03-11, TO_DO,       false", // due today: not late yet
        "2025-03-12, 2025-03-11, TO_DO,       false",
        "2024-12-31, 2025-01-01, IN_PROGRESS, true", // across the year end
        "2024-02-29, 2024-03-01, BLOCKED,     true", // leap day
        "          , 2025-03-11, TO_DO,       false", // no due date, never overdue
    })
    void should_flag_a_task_past_its_due_date_that_is_not_done(
            LocalDate due, LocalDate today, TaskStatus status, boolean overdue) {
        assertEquals(overdue, status.isOverdue(due, today));
    }

    @ParameterizedTest(name = "{0} is labelled {1}")
    @CsvSource({
        "TO_DO,       To do",
        "IN_PROGRESS, In progress",
        "BLOCKED,     Blocked",
        "DONE,        Done",
    })
    void should_have_a_label_for_people(TaskStatus status, String label) {
        assertEquals(label, status.label());
    }

    @ParameterizedTest
    @EnumSource(value = TaskStatus.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
    void should_count_only_done_as_done(TaskStatus status) {
        assertFalse(status.isDone());
    }
}
