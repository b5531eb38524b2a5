package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.health.Evidence;
import org.coalition.health.Finding;
import org.coalition.health.Pitfall;
import org.coalition.milestone.Dashboard;
import org.coalition.milestone.DashboardService;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.playbook.Ally;
import org.coalition.playbook.Retrospective;
import org.coalition.rhythm.SyncOccurrence;
import org.coalition.shared.ChangeStamp;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;
import org.coalition.web.security.SignedInUser;

/**
 * The coalition's shared dashboard: milestones with their progress and the sponsors' decisions, the
 * tasks members update in place, and when the coalition next syncs. Its first view is one use case
 * ({@link DashboardService#firstView}). Each form on it is a small bean of its own, named for its use case
 * ({@link MilestoneProposal}, {@link MilestoneDecision}, {@link TaskAssignment}, {@link OneOnOnePlanning}, and the
 * feed's {@code FeedUpdate} and {@code Recognition}): it calls the service that makes the change and has this page
 * read its first view again, so this bean stays the page's and short. The parts that are the same for everyone
 * with the same view (health, feed, wins wall) are read by {@link DashboardParts} only when the shared fragment
 * cache does not hold them; the milestone timeline, read with the first view, is rendered once for them too.
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

    /** The change stamp read before the first view: the shared timeline rendered from it is keyed by it. */
    private long loadedStamp;

    public void load() {
        loadedStamp = ChangeStamp.current();
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

    /** Saves the row whose Save button was pressed (its id comes as the button's value, one form for all). */
    public void saveTask() {
        taskEditor.save(milestones, saved -> I18n.text("msg.taskUpdated"));
        load();
    }

    /**
     * Runs a change one of the page's forms asks for; expected refusals become messages; either way the page shows
     * the latest state. The form clears what was typed only when the change was made, so a refusal loses nothing.
     */
    public boolean attempt(Runnable change, String success) {
        Messages.Outcome outcome = Messages.attempt(change, success);
        load();
        return outcome == Messages.Outcome.DONE;
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

    /**
     * The timeline's name in the shared fragment cache: besides what every key holds (coalition, what the viewer may
     * do, language, date, change stamp), the timeline depends on whether all milestones are shown.
     */
    public String getTimelinePart() {
        return "all".equals(milestonesParam) ? "timeline-all" : "timeline";
    }

    public long getLoadedStamp() {
        return loadedStamp;
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

    public SyncOccurrence getNextSync() {
        return dashboard.nextSync();
    }
}
