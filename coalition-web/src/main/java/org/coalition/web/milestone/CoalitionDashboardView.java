package org.coalition.web.milestone;

import org.coalition.web.platform.I18n;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.people.Person;
import org.coalition.rhythm.FeedService;
import org.coalition.rhythm.RhythmService;
import org.coalition.rhythm.SyncOccurrence;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;
import org.coalition.web.security.SignedInUser;

/**
 * The coalition's shared dashboard: milestones with their progress and the sponsors' decisions, the
 * tasks members update in place, and when the coalition next syncs. The parts that are the same for
 * everyone with the same view (health, feed, wins wall) are read by {@link DashboardParts} only when the
 * shared fragment cache does not hold them.
 */
@Named
@ViewScoped
public class CoalitionDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private MilestoneService milestones;

    @EJB
    private FeedService feed;

    @EJB
    private org.coalition.engagement.EngagementService engagement;

    @EJB
    private org.coalition.playbook.PlaybookService playbooks;

    private org.coalition.playbook.Retrospective retrospective;
    private List<org.coalition.playbook.Ally> allies = List.of();

    @EJB
    private RhythmService rhythm;

    @jakarta.inject.Inject
    private SignedInUser user;

    private Long id;
    private CoalitionOverview coalition;
    private List<MilestoneSummary> milestoneList;
    /** The tasks, a page at a time as the table asks (the largest coalitions have thousands), the viewer's open ones first. */
    private final PagedModel<Task> tasks = new PagedModel<>(() -> milestones.countTasks(id),
            (first, pageSize, sortBy) -> editing(milestones.tasksMineFirst(id, first, pageSize)), Task::getId);
    public static final int TASK_PAGE = 25;
    /** Milestones the dashboard shows unless all are asked for: those awaiting a decision first, then by due date. */
    public static final int MILESTONES_SHOWN = 8;
    /** Records named behind each health finding; the rest are counted and linked. */
    public static final int EVIDENCE_SHOWN = 5;

    private String milestonesParam;
    /** The shown milestones and the list they were chosen from (a new load chooses again). */
    private transient List<MilestoneSummary> shownMilestones;
    private transient List<MilestoneSummary> shownFrom;
    private final Map<Long, String> revisedTitles = new HashMap<>();
    private final Map<Long, String> revisedDue = new HashMap<>();
    private List<org.coalition.coalition.MemberListing> workers;
    private SyncOccurrence nextSync;

    private final MilestoneDraft newMilestone = new MilestoneDraft();
    /** The sponsor's comment per milestone awaiting a decision. */
    private final Map<Long, String> comments = new HashMap<>();
    /** Per task: the chosen status. Faces writes the submitted text into the map, hence Object. */
    private final Map<Long, Object> taskStatus = new HashMap<>();
    private final Map<Long, String> taskNotes = new HashMap<>();
    private String newTaskTitle;
    private String newTaskAssignee;
    private Long newTaskMilestone;
    private LocalDate newTaskDue;
    private String update;
    private String recognizedWho;
    private String recognizedWhat;

    public void load() {
        coalition = coalitions.open(id);
        if (coalition.coalition().isArchived()) {
            retrospective = playbooks.retrospective(id).orElse(null);
            allies = playbooks.allies(id);
        }
        milestoneList = milestones.milestones(id);
        // who can take a task: the sponsors and members (already read with the coalition)
        workers = coalition.people().stream().filter(m -> m.role() != org.coalition.coalition.CoalitionRole.OBSERVER).toList();
        nextSync = rhythm.nextSync(id);
        // the task table loads its page again as it renders
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

    /** A closed coalition's retrospective, or null. */
    public org.coalition.playbook.Retrospective getRetrospective() {
        return retrospective;
    }

    public List<org.coalition.playbook.Ally> getAllies() {
        return allies;
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
        attempt(() -> milestones.decide(m.getId(), m.getVersion(), approve, text),
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
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error(I18n.text("msg.dueDateFormat"));
            return;
        }
        String typedTitle = revisedTitles.get(m.getId());
        String title = typedTitle == null || typedTitle.isBlank() ? m.getTitle() : typedTitle;
        attempt(() -> milestones.revise(m.getId(), m.getVersion(), new MilestoneDraft(title, m.getDescription(), due)),
                I18n.text("msg.revised"));
    }

    public void addTask() {
        attempt(() -> milestones.addTask(id, newTaskMilestone, newTaskTitle, newTaskAssignee, newTaskDue), I18n.text("msg.taskAdded"));
        newTaskTitle = null;
    }

    public void saveTask(Task task) {
        Object chosen = taskStatus.get(task.getId());
        TaskStatus status = chosen instanceof TaskStatus known ? known : TaskStatus.valueOf(String.valueOf(chosen));
        attempt(() -> milestones.updateTask(task.getId(), task.getVersion(), status, taskNotes.get(task.getId())),
                I18n.text("msg.taskUpdated"));
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
        String chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("healthActions:plan");
        long stakeholderId;
        try {
            stakeholderId = Long.parseLong(chosen == null ? "" : chosen.strip());
        } catch (NumberFormatException e) {
            Messages.error(I18n.text("msg.chooseStakeholder"));
            return;
        }
        Messages.attempt(() -> {
            Task task = engagement.planOneOnOne(stakeholderId);
            Messages.info(I18n.format("msg.oneOnOnePlanned", task.getTitle(), task.getAssignee().getDisplayName(), task.getDueOn()));
        }, null);
        load();
    }

    /** Runs a change; expected refusals become messages; either way the page shows the latest state. */
    private void attempt(Runnable change, String success) {
        Messages.attempt(change, success);
        load();
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    /** The access table's rule, as the service applies it: anyone's task with UPDATE_ANY_TASK, else one's own. */
    public boolean mayUpdate(Task task) {
        return coalition != null && (coalition.may(CoalitionAction.UPDATE_ANY_TASK)
                || (coalition.may(CoalitionAction.UPDATE_OWN_TASK) && task.getAssignee().getUsername().equals(user.getUsername())));
    }

    /** The viewer's own open task: listed first and marked. */
    public boolean isMine(Task task) {
        return task.getStatus() != TaskStatus.DONE && task.getAssignee().getUsername().equals(user.getUsername());
    }

    public boolean isOverdue(Task task) {
        return task.isOverdue(LocalDate.now());
    }

    public TaskStatus[] getTaskStatuses() { return TaskStatus.values(); }
    public org.coalition.health.Pitfall[] getPitfalls() { return org.coalition.health.Pitfall.values(); }
    public int getEvidenceShown() { return EVIDENCE_SHOWN; }

    public List<org.coalition.health.Evidence> shownEvidence(org.coalition.health.Finding finding) {
        return finding.evidence().subList(0, Math.min(EVIDENCE_SHOWN, finding.evidence().size()));
    }
    public String getMilestonesParam() { return milestonesParam; }
    public void setMilestonesParam(String milestonesParam) {
        this.milestonesParam = milestonesParam;
        this.shownMilestones = null;
    }

    /**
     * The milestones shown, as a timeline by due date: all when asked for or few; otherwise the most pressing
     * ones (chosen and sorted once per load).
     */
    public List<MilestoneSummary> getShownMilestones() {
        if (shownMilestones == null || shownFrom != milestoneList) {
            shownFrom = milestoneList;
            shownMilestones = pressingMilestones().stream()
                    .sorted(java.util.Comparator.comparing((MilestoneSummary ms) -> ms.milestone().getDueOn(),
                            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                            .thenComparing(ms -> ms.milestone().getId()))
                    .toList();
        }
        return shownMilestones;
    }

    /** Whether today's mark goes before this milestone: the first one shown that is due today or later. */
    public boolean isFirstUpcoming(MilestoneSummary summary) {
        LocalDate today = LocalDate.now();
        return getShownMilestones().stream()
                .filter(ms -> ms.milestone().getDueOn() != null && !ms.milestone().getDueOn().isBefore(today))
                .findFirst().map(ms -> ms == summary).orElse(false);
    }

    public boolean isPastDue(MilestoneSummary summary) {
        return summary.milestone().getDueOn() != null && summary.milestone().getDueOn().isBefore(LocalDate.now());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    private List<MilestoneSummary> pressingMilestones() {
        if ("all".equals(milestonesParam) || milestoneList.size() <= MILESTONES_SHOWN) {
            return milestoneList;
        }
        return milestoneList.stream()
                .sorted(java.util.Comparator.comparingInt((MilestoneSummary ms) -> switch (ms.milestone().getStatus()) {
                    case PROPOSED -> 0;
                    case REJECTED -> 1;
                    default -> 2;
                }).thenComparing(ms -> ms.milestone().getDueOn()))
                .limit(MILESTONES_SHOWN).toList();
    }

    public int getTaskPageSize() { return TASK_PAGE; }
    public Map<Long, String> getRevisedTitles() { return revisedTitles; }
    public Map<Long, String> getRevisedDue() { return revisedDue; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
    public List<MilestoneSummary> getMilestones() { return milestoneList; }
    public PagedModel<Task> getTasks() { return tasks; }
    public List<org.coalition.coalition.MemberListing> getWorkers() { return workers; }
    public SyncOccurrence getNextSync() { return nextSync; }
    public MilestoneDraft getNewMilestone() { return newMilestone; }
    public Map<Long, String> getComments() { return comments; }
    public Map<Long, Object> getTaskStatus() { return taskStatus; }
    public Map<Long, String> getTaskNotes() { return taskNotes; }
    public String getNewTaskTitle() { return newTaskTitle; }
    public void setNewTaskTitle(String newTaskTitle) { this.newTaskTitle = newTaskTitle; }
    public String getNewTaskAssignee() { return newTaskAssignee; }
    public void setNewTaskAssignee(String newTaskAssignee) { this.newTaskAssignee = newTaskAssignee; }
    public Long getNewTaskMilestone() { return newTaskMilestone; }
    public void setNewTaskMilestone(Long newTaskMilestone) { this.newTaskMilestone = newTaskMilestone; }
    public LocalDate getNewTaskDue() { return newTaskDue; }
    public void setNewTaskDue(LocalDate newTaskDue) { this.newTaskDue = newTaskDue; }
    public String getUpdate() { return update; }
    public void setUpdate(String update) { this.update = update; }
    public String getRecognizedWho() { return recognizedWho; }
    public void setRecognizedWho(String recognizedWho) { this.recognizedWho = recognizedWho; }
    public String getRecognizedWhat() { return recognizedWhat; }
    public void setRecognizedWhat(String recognizedWhat) { this.recognizedWhat = recognizedWhat; }
}
