package org.coalition.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditEntry;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.people.Person;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Verification;
import org.coalition.trust.QuickWin;
import org.coalition.trust.QuickWinService;
import org.coalition.work.MyWorkService;

/**
 * The coalition's records as tables for download, exactly as the caller may see them: the same access
 * check as the page each comes from, and private fields only for those who may read notes
 * ({@link CoalitionAction#VIEW_NOTES}, the rule the stakeholder page follows): an observer's register
 * has no notes column. Each table is read with one query (two for milestones: their tasks' progress).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class ExportService {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private MilestoneService milestones;

    @EJB
    private QuickWinService quickWins;

    @EJB
    private MyWorkService myWork;

    /**
     * The stakeholder register. Its first columns carry the import's header names, so an export can be
     * edited and read back in.
     */
    public Table stakeholders(long coalitionId) {
        Set<CoalitionAction> allowed = access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean notes = allowed.contains(CoalitionAction.VIEW_NOTES);
        List<String> header = new java.util.ArrayList<>(List.of(StakeholderField.NAME.header(), StakeholderField.TITLE.header(),
                StakeholderField.LEVEL.header(), StakeholderField.DEPARTMENT.header(), StakeholderField.INFLUENCE.header(),
                StakeholderField.INTEREST.header(), StakeholderField.RESOURCES.header(), StakeholderField.STANCE.header(),
                StakeholderField.RELATIONSHIP_OWNER.header(), StakeholderField.SSO_USERNAME.header()));
        if (notes) {
            header.add(StakeholderField.NOTES.header());
        }
        header.addAll(List.of("Stance since", "Stance verified", "Last one-on-one"));
        Table.Builder table = new Table.Builder(header);
        Verification rule = stakeholders.verification();
        LocalDate today = LocalDate.now();
        List<Object[]> rows = em.createQuery("""
                        SELECT s.name, s.title, s.level, s.department, s.influence, s.interest, s.resources, s.stance,
                        o.username, s.ssoUsername, s.notes, s.stanceSince, s.lastConversationOn
                        FROM Stakeholder s LEFT JOIN s.relationshipOwner o
                        WHERE s.coalition.id = :c ORDER BY s.name, s.id""", Object[].class)
                .setParameter("c", coalitionId).getResultList();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            Set<Resource> resources = (Set<Resource>) r[6];
            LocalDate since = (LocalDate) r[11];
            LocalDate last = (LocalDate) r[12];
            List<Object> cells = new java.util.ArrayList<>(List.of(r[0], text(r[1]), ((Level) r[2]).label(), r[3], r[4], r[5],
                    resources == null ? "" : resources.stream().sorted().map(Resource::label).collect(Collectors.joining("; ")),
                    ((Stance) r[7]).label(), text(r[8]), text(r[9])));
            if (notes) {
                cells.add(text(r[10]));
            }
            cells.add(since);
            cells.add(rule.isVerified(last, since, today) ? "verified" : "assumed");
            cells.add(last == null ? "" : last);
            table.row(cells.toArray());
        }
        return table.build();
    }

    /** The coalition's tasks, soonest due first, as the dashboard lists them. */
    public Table tasks(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        Table.Builder table = new Table.Builder("Task", "Milestone", "Assignee", "Due", "Status", "Progress notes");
        em.createQuery("""
                        SELECT t FROM Task t JOIN FETCH t.assignee LEFT JOIN FETCH t.milestone
                        WHERE t.coalition.id = :c ORDER BY t.dueOn, t.id""", Task.class)
                .setParameter("c", coalitionId).getResultList()
                .forEach(t -> table.row(t.getTitle(), t.getMilestone() == null ? "" : t.getMilestone().getTitle(),
                        t.getAssignee().getDisplayName(), t.getDueOn(), t.getStatus().label(), text(t.getProgressNotes())));
        return table.build();
    }

    /** The caller's open tasks across their coalitions, as "My work" lists them. */
    public Table myTasks() {
        Table.Builder table = new Table.Builder("Coalition", "Task", "Milestone", "Due", "Status", "Progress notes");
        myWork.overview().tasks().forEach(t -> table.row(t.getCoalition().getName(), t.getTitle(),
                t.getMilestone() == null ? "" : t.getMilestone().getTitle(), t.getDueOn(), t.getStatus().label(),
                text(t.getProgressNotes())));
        return table.build();
    }

    /** The coalition's milestones with the progress of their tasks and the decision. */
    public Table milestones(long coalitionId) {
        Table.Builder table = new Table.Builder("Milestone", "Description", "Due", "Status", "Tasks done", "Tasks",
                "Proposed by", "Decided by", "Decided at", "Decision comment");
        for (MilestoneSummary summary : milestones.milestones(coalitionId)) {
            var m = summary.milestone();
            table.row(m.getTitle(), text(m.getDescription()), m.getDueOn(), m.getStatus().label(),
                    summary.progress().count(TaskStatus.DONE), summary.progress().total(), m.getProposedBy(),
                    text(m.getDecidedBy()), m.getDecidedAt() == null ? "" : AT.format(m.getDecidedAt()), text(m.getDecisionComment()));
        }
        return table.build();
    }

    /** The coalition's quick wins with who took part. */
    public Table quickWins(long coalitionId) {
        Table.Builder table = new Table.Builder("Quick win", "Kind", "Due", "Status", "Success criteria", "Outcome",
                "Completed on", "Stakeholders", "Members");
        for (QuickWin win : quickWins.list(coalitionId)) {
            table.row(win.getTitle(), win.getKind().label(), win.getDueOn(), win.getStatus().label(), text(win.getSuccessCriteria()),
                    text(win.getOutcome()), win.getCompletedOn(),
                    win.getStakeholders().stream().map(s -> s.getName()).sorted().collect(Collectors.joining("; ")),
                    win.getMembers().stream().map(Person::getDisplayName).sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ")));
        }
        return table.build();
    }

    /** The whole audit trail, latest first (sponsors and administrators, like the audit page). */
    public Table audit(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        Table.Builder table = new Table.Builder("When", "Who", "Action", "Record", "Summary", "Old value", "New value");
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.coalitionId = :c ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setParameter("c", coalitionId).getResultList()
                .forEach(a -> table.row(AT.format(a.getAt()), a.getActor(), a.getAction(),
                        a.getSubjectType() + (a.getSubjectId() == null ? "" : " " + a.getSubjectId()), text(a.getSummary()),
                        text(a.getOldValue()), text(a.getNewValue())));
        return table.build();
    }

    /** The coalition's name, for file names and titles (whoever may view it). */
    public String coalitionName(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.find(org.coalition.coalition.Coalition.class, coalitionId).getName();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
