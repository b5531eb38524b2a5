package org.coalition.web.milestone;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The status and notes editors of a page of tasks, as plain inputs of one form: each row's inputs are named after
 * its task ({@code task-<id>:status}, {@code :notes}, {@code :version}) and belong to the form through HTML's
 * {@code form} attribute; its save button sends the task's id as the value of the form's one command button. So a
 * page of editable rows renders as text, with no component, converter or validator per row, and the form's view
 * state still protects the submission. An edit the service refused is shown again as typed, so nothing is lost.
 */
public final class TaskEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A task's submitted status and notes, against the version the page showed. */
    public record Edit(long taskId, long version, TaskStatus status, String notes) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * A task as its row shows it, worked out once per page rather than by expressions in every cell: whether it is
     * the viewer's own open task, overdue, editable by the viewer, and the status and notes its editor shows (as
     * stored, or as typed when the service refused them).
     */
    public record Row(Task task, boolean mine, boolean overdue, boolean editable, TaskStatus status, String notes)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The task's id, which names the row's inputs (eleven times a row). */
        public long id() {
            return task.getId();
        }
    }

    private final String saveButton;
    /** The last edit the service refused, shown in its row until saved. */
    private Edit unsaved;

    /** @param saveButton the client id of the form's command button the rows' save buttons press */
    public TaskEditor(String saveButton) {
        this.saveButton = saveButton;
    }

    /**
     * Saves the edit of the row whose save button was pressed. A refused or invalid edit becomes a message and
     * stays in its row as typed.
     */
    public void save(MilestoneService milestones, Function<Task, String> success) {
        Optional<Edit> submitted = submitted();
        if (submitted.isEmpty()) {
            Messages.error(I18n.text("msg.chooseTask"));
            return;
        }
        Edit edit = submitted.get();
        Task[] saved = new Task[1];
        Messages.Outcome outcome = Messages.attempt(
                () -> saved[0] = milestones.updateTask(edit.taskId(), edit.version(), edit.status(), edit.notes()),
                null);
        if (outcome == Messages.Outcome.DONE) {
            unsaved = null;
            Messages.info(success.apply(saved[0]));
        } else {
            unsaved = edit;
        }
    }

    private Optional<Edit> submitted() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            long taskId = Long.parseLong(parameters.getOrDefault(saveButton, "").strip());
            String row = "task-" + taskId + ":";
            return Optional.of(new Edit(
                    taskId,
                    Long.parseLong(parameters.getOrDefault(row + "version", "").strip()),
                    TaskStatus.valueOf(parameters.getOrDefault(row + "status", "")),
                    parameters.get(row + "notes")));
        } catch (IllegalArgumentException notAnEdit) { // also NumberFormatException
            return Optional.empty();
        }
    }

    /**
     * The rows of a page of tasks.
     *
     * @param mine whether a task is the viewer's own open task
     * @param editable whether the viewer may update a task (the access table's rule, as the service applies it)
     */
    public List<Row> rows(List<Task> tasks, Predicate<Task> mine, Predicate<Task> editable) {
        LocalDate today = LocalDate.now();
        return tasks.stream()
                .map(task -> new Row(
                        task,
                        mine.test(task),
                        task.isOverdue(today),
                        editable.test(task),
                        isUnsaved(task) ? unsaved.status() : task.getStatus(),
                        isUnsaved(task) ? unsaved.notes() : task.getProgressNotes()))
                .toList();
    }

    private boolean isUnsaved(Task task) {
        return unsaved != null && task.getId() == unsaved.taskId();
    }
}
