package org.coalition.api.milestone;

import java.time.LocalDate;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;

/** A task with who does it and the milestone it serves, if any. */
public record TaskRepresentation(
        long id,
        long version,
        long coalitionId,
        Long milestoneId,
        String milestoneTitle,
        String title,
        String assignee,
        String assigneeName,
        LocalDate dueOn,
        TaskStatus status,
        String progressNotes,
        boolean overdue) {

    static TaskRepresentation of(Task t) {
        return new TaskRepresentation(
                t.getId(),
                t.getVersion(),
                t.getCoalition().getId(),
                t.getMilestone() == null ? null : t.getMilestone().getId(),
                t.getMilestone() == null ? null : t.getMilestone().getTitle(),
                t.getTitle(),
                t.getAssignee().getUsername(),
                t.getAssignee().getDisplayName(),
                t.getDueOn(),
                t.getStatus(),
                t.getProgressNotes(),
                t.isOverdue(LocalDate.now()));
    }
}
