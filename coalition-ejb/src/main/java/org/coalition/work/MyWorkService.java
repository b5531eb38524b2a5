package org.coalition.work;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskOrder;
import org.coalition.platform.PagedQueries;
import org.coalition.rhythm.SyncCadence;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.Verification;

/**
 * A member's work across every coalition where they are a member or sponsor, a page at a time: each
 * list is a paged query and a count in the database, whatever the number of coalitions, tasks or
 * stakeholders. Archived coalitions are left out: nothing in them can change any more.
 * <p>
 * No {@link AccessGuard#require} per coalition: every query is limited to coalitions where the caller
 * is a member or sponsor, who may see and update all of this.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class MyWorkService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** The caller's working coalitions, as a subquery over {@code :u}. */
    private static final String MINE = """
            (SELECT m.coalition.id FROM Membership m WHERE m.person.username = :u
             AND m.role IN (org.coalition.coalition.CoalitionRole.MEMBER, org.coalition.coalition.CoalitionRole.SPONSOR)
             AND m.coalition.phase <> org.coalition.coalition.Phase.CLOSED)""";

    /**
     * The caller's open tasks in their working coalitions, given as {@code :mine} ({@link #mine}: read first, in a
     * statement of its own). Written from the task's side and with the coalitions as a list of ids, PostgreSQL walks
     * the caller's tasks in due-date order ({@code ix_task_assignee_due}) and stops at the page's end: a member of 50
     * coalitions with 5,900 open tasks, 0.3 ms a page. With the coalitions as a subquery it joined them first (it
     * guesses one working coalition per person) and ordered all 5,900 tasks: 5 ms a page.
     */
    private static final String OPEN_TASKS = " WHERE t.assigneeId = (SELECT p.id FROM Person p WHERE p.username = :u)"
            + " AND t.status <> org.coalition.milestone.TaskStatus.DONE AND t.coalitionId IN :mine";

    /** Stakeholders the caller owns whose stance is only assumed: the register's rule, in the query. */
    private static final String DUE = " FROM Stakeholder s JOIN s.relationshipOwner o JOIN s.coalition c"
            + " WHERE o.username = :u AND " + Verification.ASSUMED_JPQL + " AND c.id IN " + MINE;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private StakeholderService stakeholders;

    /**
     * A page of the caller's tasks not done yet (coalition and milestone fetched): soonest due first, so
     * the overdue ones lead; tasks without a due date last.
     */
    public List<Task> tasks(@Min(0) int first, @Min(1) int pageSize) {
        List<Long> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        return PagedQueries.page(
                        em,
                        "SELECT t FROM Task t JOIN FETCH t.coalition LEFT JOIN FETCH t.milestone" + OPEN_TASKS
                                + TaskOrder.ORDER,
                        Task.class,
                        first,
                        Math.min(pageSize, MAX_PAGE))
                .setParameter("u", access.username())
                .setParameter("mine", mine)
                .getResultList();
    }

    /**
     * The caller's open tasks after {@code last} (null: from the start), in the order of {@link #tasks}: for
     * reading all of them page after page (the export) without an ever larger OFFSET.
     */
    public List<Task> tasksAfter(Task last, @Min(1) int pageSize) {
        List<Long> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        return TaskOrder.bind(
                        em.createQuery(
                                "SELECT t FROM Task t JOIN FETCH t.coalition LEFT JOIN FETCH t.milestone" + OPEN_TASKS
                                        + TaskOrder.after(last) + TaskOrder.ORDER,
                                Task.class),
                        last)
                .setParameter("u", access.username())
                .setParameter("mine", mine)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    public long countTasks() {
        List<Long> mine = mine();
        if (mine.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(t) FROM Task t" + OPEN_TASKS, Long.class)
                .setParameter("u", access.username())
                .setParameter("mine", mine)
                .getSingleResult();
    }

    /** The ids of the caller's working coalitions (a member or sponsor, not closed): one narrow statement. */
    private List<Long> mine() {
        return em.createQuery("SELECT c.id FROM Coalition c WHERE c.id IN " + MINE, Long.class)
                .setParameter("u", access.username())
                .getResultList();
    }

    /**
     * A page of the stakeholders whose relationship the caller owns and whose stance is not verified:
     * never spoken to first, then the longest since the last conversation.
     */
    public List<ConversationDue> conversationsDue(@Min(0) int first, @Min(1) int pageSize) {
        Verification rule = stakeholders.verification();
        LocalDate today = LocalDate.now();
        return PagedQueries.page(
                        em,
                        """
                        SELECT s.id, s.name, s.title, s.level, s.department, s.influence, s.interest, s.resources, s.stance,
                        s.stanceSince, s.lastConversationOn, o.displayName, c.id, c.name""" + DUE + " ORDER BY s.lastConversationOn ASC NULLS FIRST, s.name, s.id",
                        Object[].class,
                        first,
                        Math.min(pageSize, MAX_PAGE))
                .setParameter("u", access.username())
                .setParameter("recentSince", rule.recentSince(today))
                .getResultList()
                .stream()
                .map(r -> new ConversationDue((Long) r[12], (String) r[13], row(r).withVerification(rule, today)))
                .toList();
    }

    public long countConversationsDue() {
        return em.createQuery("SELECT COUNT(s)" + DUE, Long.class)
                .setParameter("u", access.username())
                .setParameter("recentSince", stakeholders.verification().recentSince(LocalDate.now()))
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static StakeholderRow row(Object[] r) {
        return new StakeholderRow(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                (Level) r[3],
                (String) r[4],
                ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(),
                (Set<Resource>) r[7],
                (Stance) r[8],
                (LocalDate) r[9],
                (LocalDate) r[10],
                (String) r[11]);
    }

    /**
     * The next sync of the caller's coalitions, soonest first, at most {@code limit} of them. When each
     * meets is computed from its cadence, so the ordering is done here: from one narrow row per
     * coalition (id, name, creation time) and their stored cadences, two queries whatever the number.
     */
    public List<NextSync> nextSyncs(@Min(1) int limit) {
        List<Object[]> coalitions = em.createQuery(
                        "SELECT c.id, c.name, c.createdAt FROM Coalition c WHERE c.id IN " + MINE, Object[].class)
                .setParameter("u", access.username())
                .getResultList();
        if (coalitions.isEmpty()) {
            return List.of();
        }
        Map<Long, SyncCadence> stored = em
                .createQuery("SELECT s FROM SyncCadence s WHERE s.coalitionId IN " + MINE, SyncCadence.class)
                .setParameter("u", access.username())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SyncCadence::getCoalitionId, Function.identity()));
        Instant now = Instant.now();
        return coalitions.stream()
                .map(c -> {
                    long id = (Long) c[0];
                    SyncCadence cadence = stored.get(id);
                    // coalitions without a stored cadence follow the default, as in RhythmService
                    var effective = cadence != null ? cadence.toCadence() : SyncCadence.defaultFor((Instant) c[2]);
                    return new NextSync(
                            id, (String) c[1], effective.upcoming(now, 1).get(0));
                })
                .sorted(Comparator.comparing(
                                (NextSync n) -> n.occurrence().start().toInstant())
                        .thenComparing(NextSync::coalitionName))
                .limit(Math.min(limit, MAX_PAGE))
                .toList();
    }

    /** How many coalitions the caller works in (and so how many next syncs there are). */
    public long countCoalitions() {
        return em.createQuery("SELECT COUNT(c) FROM Coalition c WHERE c.id IN " + MINE, Long.class)
                .setParameter("u", access.username())
                .getSingleResult();
    }
}
