package org.coalition.web.work;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;
import org.coalition.work.ConversationDue;
import org.coalition.work.MyWorkService;
import org.coalition.work.NextSync;

/**
 * A member's page across coalitions: their open tasks, updated in place; the stakeholders they owe a
 * conversation; when each of their coalitions next meets. Every list is a page from the database: the
 * tasks and conversations in lazy tables, the next syncs a few at a time with "show more".
 */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Next syncs shown at first, and added by each "show more". */
    static final int SYNCS_STEP = 10;

    @EJB
    private MyWorkService myWork;

    @EJB
    private MilestoneService milestones;

    /** Per task id of the page shown: the chosen status. Faces writes the submitted text into the map, hence Object. */
    private final Map<Long, Object> taskStatus = new HashMap<>();

    private final Map<Long, String> taskNotes = new HashMap<>();

    private final PagedModel<Task> tasks = new PagedModel<>(
            () -> myWork.countTasks(),
            (first, pageSize, sortBy) -> editing(myWork.tasks(first, pageSize)),
            Task::getId);

    private final PagedModel<ConversationDue> conversations = new PagedModel<>(
            () -> myWork.countConversationsDue(),
            (first, pageSize, sortBy) -> myWork.conversationsDue(first, pageSize),
            due -> due.stakeholder().id());

    private int syncsShown = SYNCS_STEP;
    private List<NextSync> nextSyncs;

    public void load() {
        // one more than shown tells whether there are more
        nextSyncs = myWork.nextSyncs(syncsShown + 1);
    }

    /** The editors hold the statuses and notes of the rows on the page, as stored. */
    private List<Task> editing(List<Task> page) {
        taskStatus.clear();
        taskNotes.clear();
        page.forEach(t -> {
            taskStatus.put(t.getId(), t.getStatus());
            taskNotes.put(t.getId(), t.getProgressNotes());
        });
        return page;
    }

    public void saveTask(Task task) {
        Object chosen = taskStatus.get(task.getId());
        TaskStatus status = chosen instanceof TaskStatus known ? known : TaskStatus.valueOf(String.valueOf(chosen));
        Messages.attempt(
                () -> milestones.updateTask(task.getId(), task.getVersion(), status, taskNotes.get(task.getId())),
                I18n.format("msg.taskUpdatedNamed", task.getTitle()));
        // the table loads its page again as it renders
    }

    public void showMoreSyncs() {
        syncsShown += SYNCS_STEP;
        load();
    }

    public boolean isOverdue(Task task) {
        return task.isOverdue(LocalDate.now());
    }

    public TaskStatus[] getTaskStatuses() {
        return TaskStatus.values();
    }

    public PagedModel<Task> getTasks() {
        return tasks;
    }

    public PagedModel<ConversationDue> getConversations() {
        return conversations;
    }

    public List<NextSync> getNextSyncs() {
        return nextSyncs.size() > syncsShown ? nextSyncs.subList(0, syncsShown) : nextSyncs;
    }

    public boolean isMoreSyncs() {
        return nextSyncs.size() > syncsShown;
    }

    public Map<Long, Object> getTaskStatus() {
        return taskStatus;
    }

    public Map<Long, String> getTaskNotes() {
        return taskNotes;
    }
}
