package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coalition.milestone.MilestoneService;
import org.coalition.trust.ParticipantChoice;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.SuggestedLabels;

/**
 * The dashboard's "add a task" form. View scoped: the assignee picker's suggestions come in their own requests
 * and name the chosen person after the postback, and the assignee, milestone and due date stay chosen for the
 * next task.
 */
@Named
@ViewScoped
public class TaskAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MilestoneService milestones;

    @Inject
    private CoalitionDashboardView page;

    private String newTaskTitle;
    private String newTaskAssignee;
    private final SuggestedLabels assigneeSuggestions = new SuggestedLabels();
    private Long newTaskMilestone;
    private LocalDate newTaskDue;

    public void addTask() {
        if (page.attempt(
                () -> milestones.addTask(page.getId(), newTaskMilestone, newTaskTitle, newTaskAssignee, newTaskDue),
                I18n.text("msg.taskAdded"))) {
            newTaskTitle = null;
        }
    }

    /** The assignee picker's suggestions: the usernames of at most ten sponsors and members by that name. */
    public List<String> suggestAssignees(String text) {
        return assigneeSuggestions.remember(
                milestones.suggestAssignees(page.getId(), text), ParticipantChoice::key, ParticipantChoice::label);
    }

    public String assigneeLabel(String username) {
        return username == null ? "" : assigneeSuggestions.of(username);
    }

    public String getNewTaskTitle() {
        return newTaskTitle;
    }

    public void setNewTaskTitle(String newTaskTitle) {
        this.newTaskTitle = newTaskTitle;
    }

    public String getNewTaskAssignee() {
        return newTaskAssignee;
    }

    public void setNewTaskAssignee(String newTaskAssignee) {
        this.newTaskAssignee = newTaskAssignee;
    }

    public Long getNewTaskMilestone() {
        return newTaskMilestone;
    }

    public void setNewTaskMilestone(Long newTaskMilestone) {
        this.newTaskMilestone = newTaskMilestone;
    }

    public LocalDate getNewTaskDue() {
        return newTaskDue;
    }

    public void setNewTaskDue(LocalDate newTaskDue) {
        this.newTaskDue = newTaskDue;
    }
}
