package org.coalition.web.work;

import org.coalition.web.platform.I18n;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.web.platform.Messages;
import org.coalition.work.MyWork;
import org.coalition.work.MyWorkService;

/**
 * A member's page across coalitions: their open tasks, updated in place; the stakeholders they owe a
 * conversation; when each of their coalitions next meets.
 */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyWorkService myWork;

    @EJB
    private MilestoneService milestones;

    private MyWork work;
    /** Per task id: the chosen status. Faces writes the submitted text into the map, hence Object. */
    private final Map<Long, Object> taskStatus = new HashMap<>();
    private final Map<Long, String> taskNotes = new HashMap<>();

    public void load() {
        work = myWork.overview();
        taskStatus.clear();
        taskNotes.clear();
        work.tasks().forEach(t -> {
            taskStatus.put(t.getId(), t.getStatus());
            taskNotes.put(t.getId(), t.getProgressNotes());
        });
    }

    public void saveTask(Task task) {
        Object chosen = taskStatus.get(task.getId());
        TaskStatus status = chosen instanceof TaskStatus known ? known : TaskStatus.valueOf(String.valueOf(chosen));
        Messages.attempt(() -> milestones.updateTask(task.getId(), task.getVersion(), status, taskNotes.get(task.getId())),
                I18n.format("msg.taskUpdatedNamed", task.getTitle()));
        load();
    }

    public boolean isOverdue(Task task) {
        return task.isOverdue(LocalDate.now());
    }

    public TaskStatus[] getTaskStatuses() { return TaskStatus.values(); }
    public MyWork getWork() { return work; }
    public Map<Long, Object> getTaskStatus() { return taskStatus; }
    public Map<Long, String> getTaskNotes() { return taskNotes; }
}
