package org.coalition.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.commitment.CommitmentRow;
import org.coalition.commitment.CommitmentService;
import org.coalition.coverage.Coverage;
import org.coalition.coverage.CoverageService;
import org.coalition.coverage.Quality;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskOrder;
import org.coalition.milestone.TaskStatus;
import org.coalition.network.InfluenceLinkRow;
import org.coalition.network.InfluenceService;
import org.coalition.people.Person;
import org.coalition.rating.RatingService;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Engagement;
import org.coalition.stakeholder.EngagementGap;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.Verification;
import org.coalition.trust.QuickWin;
import org.coalition.work.MyWorkService;

/**
 * The coalition's records as tables for download, exactly as the caller may see them: the same access
 * check as the page each comes from, and private fields only for those who may read notes
 * ({@link CoalitionAction#VIEW_NOTES}, the rule the stakeholder page follows): an observer's register
 * has no notes column.
 * <p>
 * No export holds all its rows: each is read {@value #PAGE} rows at a time and written to the
 * {@link TableWriter} as it goes (a file being streamed to the browser), and the persistence context is
 * cleared after every page. The header is written only once access is granted, so a refusal comes
 * before the first byte.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class ExportService {

    /** Rows read per query. */
    static final int PAGE = 500;

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private MyWorkService myWork;

    @EJB
    private InfluenceService influence;

    @EJB
    private CommitmentService commitments;

    @EJB
    private AuditTrail audit;

    @EJB
    private RatingService ratings;

    @EJB
    private CoverageService coverage;

    /**
     * The stakeholder register. Its first columns carry the import's header names, so an export can be
     * edited and read back in.
     */
    public void stakeholders(long coalitionId, @NotNull TableWriter out) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean notes = allowed.contains(CoalitionAction.VIEW_NOTES);
        List<String> header = new ArrayList<>(List.of(
                StakeholderField.NAME.header(),
                StakeholderField.TITLE.header(),
                StakeholderField.LEVEL.header(),
                StakeholderField.DEPARTMENT.header(),
                StakeholderField.INFLUENCE.header(),
                StakeholderField.INTEREST.header(),
                StakeholderField.RESOURCES.header(),
                StakeholderField.STANCE.header(),
                StakeholderField.RELATIONSHIP_OWNER.header(),
                StakeholderField.SSO_USERNAME.header()));
        if (notes) {
            header.add(StakeholderField.NOTES.header());
        }
        header.addAll(List.of("Stance since", "Stance verified", "Last one-on-one"));
        header.addAll(List.of("Engagement now", "Engagement needed", "Engagement gap"));
        out.header(header);
        if (notes) {
            // the private notes leave in a file: audited as a reading of them, like the stakeholder page
            audit.recordOncePerDay(
                    coalitionId,
                    AuditAction.NOTES_READ,
                    "StakeholderRegister",
                    coalitionId,
                    Said.of("said.audit.registerExported"));
        }
        Verification rule = stakeholders.verification();
        LocalDate today = LocalDate.now();
        // notes are selected only for those who may read them
        String select = "SELECT s.name, s.title, s.level, s.department, s.influence, s.interest, s.resources, s.stance,"
                + " o.username, s.ssoUsername, s.stanceSince, s.lastConversationOn" + (notes ? ", s.notes" : "")
                + ", s.engagementCurrent, s.engagementDesired FROM Stakeholder s LEFT JOIN s.relationshipOwner o WHERE s.coalition.id = :c ORDER BY s.name, s.id";
        inPages(
                first -> em.createQuery(select, Object[].class)
                        .setParameter("c", coalitionId)
                        .setFirstResult(first)
                        .setMaxResults(PAGE)
                        .getResultList(),
                r -> {
                    @SuppressWarnings("unchecked")
                    Set<Resource> resources = (Set<Resource>) r[6];
                    LocalDate since = (LocalDate) r[10];
                    LocalDate last = (LocalDate) r[11];
                    List<Object> cells = new ArrayList<>(List.of(
                            r[0],
                            text(r[1]),
                            ((Level) r[2]).label(),
                            r[3],
                            r[4],
                            r[5],
                            resources == null
                                    ? ""
                                    : resources.stream()
                                            .sorted()
                                            .map(Resource::label)
                                            .collect(Collectors.joining("; ")),
                            ((Stance) r[7]).label(),
                            text(r[8]),
                            text(r[9])));
                    if (notes) {
                        cells.add(text(r[12]));
                    }
                    cells.add(since);
                    cells.add(rule.isVerified(last, since, today) ? "verified" : "assumed");
                    cells.add(last == null ? "" : last);
                    Engagement now = (Engagement) r[notes ? 13 : 12];
                    Engagement needed = (Engagement) r[notes ? 14 : 13];
                    Integer gap = EngagementGap.steps(now, needed);
                    cells.add(now == null ? "" : now.label());
                    cells.add(needed == null ? "" : needed.label());
                    cells.add(gap == null ? "" : gap);
                    out.row(cells.toArray());
                });
    }

    /** The coalition's tasks, soonest due first, as the dashboard lists them. */
    public void tasks(long coalitionId, @NotNull TableWriter out) {
        access.require(coalitionId, CoalitionAction.VIEW);
        out.header(List.of("Task", "Milestone", "Assignee", "Due", "Status", "Progress notes"));
        this.<Task>afterEach(
                last -> TaskOrder.bind(
                                em.createQuery(
                                        "SELECT t FROM Task t JOIN FETCH t.assignee LEFT JOIN FETCH t.milestone"
                                                + " WHERE t.coalition.id = :c" + TaskOrder.after(last)
                                                + TaskOrder.ORDER,
                                        Task.class),
                                last)
                        .setParameter("c", coalitionId)
                        .setMaxResults(PAGE)
                        .getResultList(),
                t -> out.row(
                        t.getTitle(),
                        t.getMilestone() == null ? "" : t.getMilestone().getTitle(),
                        t.getAssignee().getDisplayName(),
                        t.getDueOn(),
                        t.getStatus().label(),
                        text(t.getProgressNotes())));
    }

    /** The caller's open tasks across their coalitions, as "My work" lists them (and limited as it is). */
    public void myTasks(@NotNull TableWriter out) {
        out.header(List.of("Coalition", "Task", "Milestone", "Due", "Status", "Progress notes"));
        this.<Task>afterEach(
                last -> myWork.tasksAfter(last, PAGE),
                t -> out.row(
                        t.getCoalition().getName(),
                        t.getTitle(),
                        t.getMilestone() == null ? "" : t.getMilestone().getTitle(),
                        t.getDueOn(),
                        t.getStatus().label(),
                        text(t.getProgressNotes())));
    }

    /** The coalition's milestones with the progress of their tasks (counted by the database) and the decision. */
    public void milestones(long coalitionId, @NotNull TableWriter out) {
        access.require(coalitionId, CoalitionAction.VIEW);
        out.header(List.of(
                "Milestone",
                "Description",
                "Due",
                "Status",
                "Tasks done",
                "Tasks",
                "Proposed by",
                "Decided by",
                "Decided at",
                "Decision comment"));
        inPages(
                first -> {
                    List<Milestone> page = em.createQuery(
                                    "SELECT m FROM Milestone m WHERE m.coalition.id = :c ORDER BY m.dueOn, m.id",
                                    Milestone.class)
                            .setParameter("c", coalitionId)
                            .setFirstResult(first)
                            .setMaxResults(PAGE)
                            .getResultList();
                    if (page.isEmpty()) {
                        return List.<Object[]>of();
                    }
                    Map<Long, long[]> doneAndTotal = new HashMap<>();
                    em.createQuery("""
                            SELECT t.milestone.id, t.status, COUNT(t) FROM Task t
                            WHERE t.milestone.id IN :ids GROUP BY t.milestone.id, t.status""", Object[].class)
                            .setParameter(
                                    "ids", page.stream().map(Milestone::getId).toList())
                            .getResultList()
                            .forEach(row -> {
                                long[] counts = doneAndTotal.computeIfAbsent((Long) row[0], k -> new long[2]);
                                long n = ((Number) row[2]).longValue();
                                counts[0] += row[1] == TaskStatus.DONE ? n : 0;
                                counts[1] += n;
                            });
                    return page.stream()
                            .map(m -> new Object[] {m, doneAndTotal.getOrDefault(m.getId(), new long[2])})
                            .toList();
                },
                pair -> {
                    Milestone m = (Milestone) pair[0];
                    long[] counts = (long[]) pair[1];
                    out.row(
                            m.getTitle(),
                            text(m.getDescription()),
                            m.getDueOn(),
                            m.getStatus().label(),
                            counts[0],
                            counts[1],
                            m.getProposedBy(),
                            text(m.getDecidedBy()),
                            m.getDecidedAt() == null ? "" : AT.format(m.getDecidedAt()),
                            text(m.getDecisionComment()));
                });
    }

    /** The coalition's quick wins with who took part: a page of ids, then those wins with their participants. */
    public void quickWins(long coalitionId, @NotNull TableWriter out) {
        access.require(coalitionId, CoalitionAction.VIEW);
        out.header(List.of(
                "Quick win",
                "Kind",
                "Due",
                "Status",
                "Success criteria",
                "Outcome",
                "Completed on",
                "Stakeholders",
                "Members"));
        inPages(
                first -> {
                    List<Long> ids = em.createQuery(
                                    "SELECT q.id FROM QuickWin q WHERE q.coalition.id = :c ORDER BY q.dueOn, q.id",
                                    Long.class)
                            .setParameter("c", coalitionId)
                            .setFirstResult(first)
                            .setMaxResults(PAGE)
                            .getResultList();
                    return ids.isEmpty()
                            ? List.<QuickWin>of()
                            : em.createQuery("""
                            SELECT DISTINCT q FROM QuickWin q LEFT JOIN FETCH q.stakeholders LEFT JOIN FETCH q.members
                            WHERE q.id IN :ids ORDER BY q.dueOn, q.id""", QuickWin.class)
                                    .setParameter("ids", ids)
                                    .getResultList();
                },
                win -> out.row(
                        win.getTitle(),
                        win.getKind().label(),
                        win.getDueOn(),
                        win.getStatus().label(),
                        text(win.getSuccessCriteria()),
                        text(win.getOutcome()),
                        win.getCompletedOn(),
                        win.getStakeholders().stream()
                                .map(s -> s.getName())
                                .sorted()
                                .collect(Collectors.joining("; ")),
                        win.getMembers().stream()
                                .map(Person::getDisplayName)
                                .sorted(Comparator.naturalOrder())
                                .collect(Collectors.joining("; "))));
    }

    /** The whole audit trail, latest first (sponsors and administrators, like the audit page). */
    public void audit(long coalitionId, @NotNull TableWriter out) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        out.header(List.of("When", "Who", "Action", "Record", "Summary", "Old value", "New value"));
        inPages(
                first -> em.createQuery(
                                "SELECT a FROM AuditEntry a WHERE a.coalitionId = :c ORDER BY a.at DESC, a.id DESC",
                                AuditEntry.class)
                        .setParameter("c", coalitionId)
                        .setFirstResult(first)
                        .setMaxResults(PAGE)
                        .getResultList(),
                a -> out.row(
                        AT.format(a.getAt()),
                        a.getActor(),
                        a.getAction(),
                        a.getSubjectType() + (a.getSubjectId() == null ? "" : " " + a.getSubjectId()),
                        text(a.getSummary()),
                        text(a.getOldValue()),
                        text(a.getNewValue())));
    }

    /**
     * The commitments register, overdue first, through the same service (and rules) as the pages; what was promised only
     * for those who may read notes, and then audited as a reading of them. Text cells go through the formula guard.
     */
    public void commitments(long coalitionId, @NotNull TableWriter out) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean notes = allowed.contains(CoalitionAction.VIEW_NOTES);
        List<String> header = new ArrayList<>(List.of("Status", "Promised by", "Promised to", "Stakeholder or member"));
        if (notes) {
            header.add("What");
        }
        header.addAll(List.of("Made on", "Due by", "Outcome", "Marked on", "From a one-on-one"));
        out.header(header);
        if (notes) {
            audit.recordOncePerDay(
                    coalitionId, AuditAction.NOTES_READ, "Commitments", coalitionId, "Commitments export");
        }
        this.<CommitmentRow>afterEach(last -> commitments.listAfter(coalitionId, last, PAGE), k -> {
            List<Object> cells = new ArrayList<>(List.of(
                    k.status().label(),
                    text(k.promisedByName()),
                    text(k.toName()),
                    k.toMember() ? "member" : "stakeholder"));
            if (notes) {
                cells.add(text(k.what()));
            }
            cells.addAll(List.of(
                    text(k.madeOn()),
                    text(k.dueOn()),
                    k.outcome() == null ? "" : k.outcome().label(),
                    text(k.settledOn()),
                    k.conversationId() == null ? "no" : "yes"));
            out.row(cells.toArray());
        });
    }

    /**
     * The closed blind rating rounds, newest first, through the same service (and blindness) as the pages: each
     * stakeholder's outcome, and for those who may read notes one row per rating with its rater. Open rounds are left out.
     */
    public void ratings(long coalitionId, @NotNull TableWriter out) {
        boolean notes =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed().contains(CoalitionAction.VIEW_NOTES);
        List<String> header = new ArrayList<>(List.of(
                "Round",
                "Closed on",
                "Stakeholder",
                "Recorded stance",
                "Ratings",
                "Lowest",
                "Highest",
                "Spread",
                "Median",
                "Flagged"));
        if (notes) {
            header.addAll(List.of("Rater", "Rating", "Rated at"));
        }
        out.header(header);
        inPages(first -> ratings.closedRatings(coalitionId, first, PAGE), r -> {
            var o = r.outcome();
            String median = o.medianLow() == null
                    ? ""
                    : o.medianLow() == o.medianHigh()
                            ? o.medianLow().label()
                            : o.medianLow().label() + "\u2013" + o.medianHigh().label();
            List<Object> cells = new ArrayList<>(List.of(
                    r.roundId(),
                    text(r.closedOn()),
                    text(r.stakeholderName()),
                    o.recorded() == null ? "" : o.recorded().label(),
                    o.ratings(),
                    o.lowest() == null ? "" : o.lowest().label(),
                    o.highest() == null ? "" : o.highest().label(),
                    o.spread(),
                    median,
                    o.flagged() ? "yes" : "no"));
            if (notes) {
                cells.addAll(List.of(
                        text(r.raterName()),
                        r.stance() == null ? "" : r.stance().label(),
                        text(r.ratedAt())));
            }
            out.row(cells.toArray());
        });
    }

    /**
     * The coverage grid through the same service (and rules) as its page: a row per touched department and level with
     * how many supporters sit there and how many of them bring each quality, and whether the department is covered.
     */
    public void coverage(long coalitionId, @NotNull TableWriter out) {
        Coverage grid = coverage.report(coalitionId).coverage();
        List<String> header = new ArrayList<>(List.of("Department", "Support needed from", "Level", "Supporters"));
        for (Quality q : Quality.values()) {
            header.add(q.label());
        }
        header.add("Department covered");
        out.header(header);
        for (Coverage.Row row : grid.rows()) {
            for (Coverage.Cell cell : row.cells()) {
                List<Object> cells = new ArrayList<>(List.of(
                        text(row.department().name()),
                        row.department().needed().label(),
                        cell.level().label(),
                        cell.supporters()));
                for (Quality q : Quality.values()) {
                    cells.add(cell.carrying(q));
                }
                cells.add(row.covered() ? "yes" : "no");
                out.row(cells.toArray());
            }
        }
    }

    /**
     * Who has whose ear: every influence link, as recorded, through the same service (and rules) as the pages;
     * notes only for those who may read them, and then audited as a reading of them.
     */
    public void influenceLinks(long coalitionId, @NotNull TableWriter out) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean notes = allowed.contains(CoalitionAction.VIEW_NOTES);
        List<String> header =
                new ArrayList<>(List.of("Who", "Member or stakeholder", "Has the ear of", "Kind", "Strength"));
        if (notes) {
            header.add("Note");
        }
        header.addAll(List.of("Recorded by", "Recorded at"));
        out.header(header);
        if (notes) {
            audit.recordOncePerDay(
                    coalitionId, AuditAction.NOTES_READ, "InfluenceLinks", coalitionId, "Influence links export");
        }
        this.<InfluenceLinkRow>afterEach(last -> influence.linksAfter(coalitionId, last, PAGE), l -> {
            List<Object> cells = new ArrayList<>(List.of(
                    l.fromName(),
                    l.fromMember() ? "member" : "stakeholder",
                    l.toStakeholderName(),
                    l.kind().label(),
                    l.strength()));
            if (notes) {
                cells.add(text(l.note()));
            }
            cells.add(text(l.recordedBy()));
            cells.add(l.recordedAt() == null ? "" : AT.format(l.recordedAt()));
            out.row(cells.toArray());
        });
    }

    /** The coalition's name, for file names and titles (whoever may view it). */
    public String coalitionName(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.find(Coalition.class, coalitionId).getName();
    }

    /**
     * Reads page after page ({@code page} gets the first row's position) and hands each row on, until a
     * page comes back short; entities read are let go after each page.
     */
    private <T> void inPages(IntFunction<List<T>> page, Consumer<T> each) {
        for (int first = 0; ; first += PAGE) {
            List<T> rows = page.apply(first);
            rows.forEach(each);
            em.clear();
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    /**
     * Reads page after page, each after the last row of the one before ({@code pageAfter} gets null first),
     * and hands each row on until a page comes back short; entities read are let go after each page.
     */
    private <T> void afterEach(Function<T, List<T>> pageAfter, Consumer<T> each) {
        T last = null;
        while (true) {
            List<T> rows = pageAfter.apply(last);
            rows.forEach(each);
            em.clear();
            if (rows.size() < PAGE) {
                return;
            }
            last = rows.get(rows.size() - 1);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
