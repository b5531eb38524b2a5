package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.engagement.EngagementService;
import org.coalition.health.Evidence;
import org.coalition.health.Finding;
import org.coalition.health.Pitfall;
import org.coalition.milestone.Dashboard;
import org.coalition.milestone.DashboardService;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.playbook.Ally;
import org.coalition.playbook.Retrospective;
import org.coalition.rhythm.FeedService;
import org.coalition.rhythm.SyncOccurrence;
import org.coalition.trust.ParticipantChoice;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;
import org.coalition.web.platform.SuggestedLabels;
import org.coalition.web.security.SignedInUser;

/**
 * The coalition's shared dashboard: milestones with their progress and the sponsors' decisions, the
 * tasks members update in place, and when the coalition next syncs. Its first view is one use case
 * ({@link DashboardService#firstView}); the changes go to the services that make them. The parts that are the same for
 * everyone with the same view (health, feed, wins wall) are read by {@link DashboardParts} only when the
 * shared fragment cache does not hold them.
 */
@Named
@ViewScoped
public class CoalitionDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The use case: everything the first view shows, with one access check. */
    @EJB
    private DashboardService dashboards;

    @EJB
    private MilestoneService milestones;

    @EJB
    private FeedService feed;

    @EJB
    private EngagementService engagement;

    @Inject
    private SignedInUser user;

    private Long id;
    private Dashboard dashboard;
    public static final int TASK_PAGE = 25;
    /** The tasks, a page at a time (the largest coalitions have thousands), the viewer's open ones first. */
    private final Pager pager = new Pager(TASK_PAGE);

    private transient List<TaskEditor.Row> taskPage;
    private final TaskEditor taskEditor = new TaskEditor("taskEdits:save");
    /** Records named behind each health finding; the rest are counted and linked. */
    public static final int EVIDENCE_SHOWN = 5;

    private String milestonesParam;
    /** The shown milestones and the list they were chosen from (a new load chooses again). */
    private transient List<MilestoneSummary> shownMilestones;

    private transient Dashboard shownFrom;
    private final Map<Long, String> revisedTitles = new HashMap<>();
    private final Map<Long, String> revisedDue = new HashMap<>();

    private final MilestoneDraft newMilestone = new MilestoneDraft();
    /** The sponsor's comment per milestone awaiting a decision. */
    private final Map<Long, String> comments = new HashMap<>();

    private String newTaskTitle;
    private String newTaskAssignee;
    private final SuggestedLabels assigneeSuggestions = new SuggestedLabels();
    private Long newTaskMilestone;
    private LocalDate newTaskDue;
    private String update;
    private String recognizedWho;
    private String recognizedWhat;

    public void load() {
        dashboard = dashboards.firstView(id);
        taskPage = null; // read again when the table renders
    }

    /** The rows of tasks shown (two statements: how many there are, and the page). */
    public List<TaskEditor.Row> getTaskPage() {
        if (taskPage == null) {
            taskPage = taskEditor.rows(
                    milestones.tasksMineFirst(id, pager.settle(milestones.countTasks(id)), TASK_PAGE),
                    this::isMine,
                    this::mayUpdate);
        }
        return taskPage;
    }

    public void nextPage() {
        pager.next();
        taskPage = null;
    }

    public void previousPage() {
        pager.previous();
        taskPage = null;
    }

    public Pager getPager() {
        return pager;
    }

    /** A closed coalition's retrospective, or null. */
    public Retrospective getRetrospective() {
        return dashboard.retrospective();
    }

    public List<Ally> getAllies() {
        return dashboard.allies();
    }

    public void proposeMilestone() {
        attempt(() -> milestones.propose(id, newMilestone), I18n.text("msg.milestoneProposed"));
        newMilestone.setTitle(null);
        newMilestone.setDescription(null);
        newMilestone.setDueOn(null);
    }

    public void approve(MilestoneSummary summary) {
        decide(summary, true);
    }

    public void reject(MilestoneSummary summary) {
        decide(summary, false);
    }

    private void decide(MilestoneSummary summary, boolean approve) {
        var m = summary.milestone();
        String text = comments.remove(m.getId());
        attempt(
                () -> milestones.decide(m.getId(), m.getVersion(), approve, text),
                I18n.format(approve ? "msg.approved" : "msg.rejected", m.getTitle()));
    }

    /** Revises a rejected milestone (title and due date) and puts it before the sponsors again. */
    public void revise(MilestoneSummary summary) {
        var m = summary.milestone();
        // Fields left empty keep the milestone's current title and due date.
        String typedDue = revisedDue.get(m.getId());
        LocalDate due;
        try {
            due = typedDue == null || typedDue.isBlank() ? m.getDueOn() : LocalDate.parse(typedDue.strip());
        } catch (DateTimeParseException e) {
            Messages.error(I18n.text("msg.dueDateFormat"));
            return;
        }
        String typedTitle = revisedTitles.get(m.getId());
        String title = typedTitle == null || typedTitle.isBlank() ? m.getTitle() : typedTitle;
        attempt(
                () -> milestones.revise(m.getId(), m.getVersion(), new MilestoneDraft(title, m.getDescription(), due)),
                I18n.text("msg.revised"));
    }

    public void addTask() {
        attempt(
                () -> milestones.addTask(id, newTaskMilestone, newTaskTitle, newTaskAssignee, newTaskDue),
                I18n.text("msg.taskAdded"));
        newTaskTitle = null;
    }

    /** Saves the row whose Save button was pressed (its id comes as the button's value, one form for all). */
    public void saveTask() {
        taskEditor.save(milestones, saved -> I18n.text("msg.taskUpdated"));
        load();
    }

    public void postUpdate() {
        attempt(() -> feed.postUpdate(id, update), I18n.text("msg.updatePosted"));
        update = null;
    }

    public void recognize() {
        attempt(() -> feed.recognize(id, recognizedWho, recognizedWhat), I18n.text("msg.thankYouPosted"));
        recognizedWho = null;
        recognizedWhat = null;
    }

    /**
     * The alignment finding's one-click correction: a one-on-one task for the relationship owner. The
     * stakeholder comes as the value of the pressed button ({@code healthActions:plan}), one form for all.
     */
    public void planOneOnOne() {
        String chosen = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("healthActions:plan");
        long stakeholderId;
        try {
            stakeholderId = Long.parseLong(chosen == null ? "" : chosen.strip());
        } catch (NumberFormatException e) {
            Messages.error(I18n.text("msg.chooseStakeholder"));
            return;
        }
        Messages.attempt(
                () -> {
                    Task task = engagement.planOneOnOne(stakeholderId);
                    Messages.info(I18n.format(
                            "msg.oneOnOnePlanned",
                            task.getTitle(),
                            task.getAssignee().getDisplayName(),
                            task.getDueOn()));
                },
                null);
        load();
    }

    /** Runs a change; expected refusals become messages; either way the page shows the latest state. */
    private void attempt(Runnable change, String success) {
        Messages.attempt(change, success);
        load();
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return dashboard != null && dashboard.coalition().may(action);
    }

    /** The access table's rule, as the service applies it: anyone's task with UPDATE_ANY_TASK, else one's own. */
    private boolean mayUpdate(Task task) {
        return may(CoalitionAction.UPDATE_ANY_TASK)
                || (may(CoalitionAction.UPDATE_OWN_TASK)
                        && task.getAssignee().getUsername().equals(user.getUsername()));
    }

    /** The viewer's own open task: listed first and marked. */
    private boolean isMine(Task task) {
        return task.getStatus() != TaskStatus.DONE
                && task.getAssignee().getUsername().equals(user.getUsername());
    }

    public Pitfall[] getPitfalls() {
        return Pitfall.values();
    }

    public int getEvidenceShown() {
        return EVIDENCE_SHOWN;
    }

    public List<Evidence> shownEvidence(Finding finding) {
        return finding.evidence()
                .subList(0, Math.min(EVIDENCE_SHOWN, finding.evidence().size()));
    }

    public String getMilestonesParam() {
        return milestonesParam;
    }

    public void setMilestonesParam(String milestonesParam) {
        this.milestonesParam = milestonesParam;
        this.shownMilestones = null;
    }

    /** The milestones shown, as a timeline by due date (chosen once per load: the page asks for them often). */
    public List<MilestoneSummary> getShownMilestones() {
        if (shownMilestones == null || shownFrom != dashboard) {
            shownFrom = dashboard;
            shownMilestones = dashboard.timeline("all".equals(milestonesParam));
        }
        return shownMilestones;
    }

    /** Whether today's mark goes before this milestone: the first one shown that is due today or later. */
    public boolean isFirstUpcoming(MilestoneSummary summary) {
        LocalDate today = LocalDate.now();
        return getShownMilestones().stream()
                .filter(ms -> ms.milestone().getDueOn() != null
                        && !ms.milestone().getDueOn().isBefore(today))
                .findFirst()
                .map(ms -> ms == summary)
                .orElse(false);
    }

    public boolean isPastDue(MilestoneSummary summary) {
        return summary.milestone().getDueOn() != null
                && summary.milestone().getDueOn().isBefore(LocalDate.now());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Map<Long, String> getRevisedTitles() {
        return revisedTitles;
    }

    public Map<Long, String> getRevisedDue() {
        return revisedDue;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CoalitionOverview getCoalition() {
        return dashboard == null ? null : dashboard.coalition();
    }

    public List<MilestoneSummary> getMilestones() {
        return dashboard.milestones();
    }

    /** The assignee picker's suggestions: the usernames of at most ten sponsors and members by that name. */
    public List<String> suggestAssignees(String text) {
        return assigneeSuggestions.remember(
                milestones.suggestAssignees(id, text), ParticipantChoice::key, ParticipantChoice::label);
    }

    public String assigneeLabel(String username) {
        return username == null ? "" : assigneeSuggestions.of(username);
    }

    public SyncOccurrence getNextSync() {
        return dashboard.nextSync();
    }

    public MilestoneDraft getNewMilestone() {
        return newMilestone;
    }

    public Map<Long, String> getComments() {
        return comments;
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

    public String getUpdate() {
        return update;
    }

    public void setUpdate(String update) {
        this.update = update;
    }

    public String getRecognizedWho() {
        return recognizedWho;
    }

    public void setRecognizedWho(String recognizedWho) {
        this.recognizedWho = recognizedWho;
    }

    public String getRecognizedWhat() {
        return recognizedWhat;
    }

    public void setRecognizedWhat(String recognizedWhat) {
        this.recognizedWhat = recognizedWhat;
    }
}
