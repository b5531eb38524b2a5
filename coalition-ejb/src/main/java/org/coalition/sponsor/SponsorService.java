package org.coalition.sponsor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.coalition.Coalition;
import org.coalition.health.FactsQuery;
import org.coalition.health.HealthFacts;
import org.coalition.health.HealthRules;
import org.coalition.health.HealthSettings;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneProgress;
import org.coalition.milestone.TaskStatus;
import org.coalition.platform.FactsCache;
import org.coalition.platform.PagedQueries;
import org.coalition.rhythm.FeedPost;

/**
 * The executive sponsor's view across coalitions, a page of coalitions at a time. Built with eight queries
 * whatever the number of coalitions, milestones or wins (six, and two for the health of those the facts
 * cache does not hold): each aggregates over the page's coalitions,
 * grouped by coalition, and Java puts the rows together; the milestones awaiting a decision are the
 * soonest due few across every coalition sponsored.
 * <p>
 * No {@link AccessGuard#require} per coalition: every query is limited to coalitions where the caller
 * holds the sponsor role, which lets them see everything shown here.
 */
@Stateless
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
public class SponsorService {

    /** How many wins each coalition shows. */
    public static final int RECENT_WINS = 3;

    /** How many days of health history the trend shows. */
    public static final int TREND_DAYS = 90;

    /** No page of coalitions is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** How many milestones awaiting a decision are shown at once: deciding one brings in the next. */
    public static final int AWAITING_SHOWN = 25;

    /** The coalitions the caller sponsors, as a subquery over {@code :u}. */
    private static final String SPONSORED = """
            (SELECT s.coalition.id FROM Membership s WHERE s.person.username = :u
             AND s.role = org.coalition.coalition.CoalitionRole.SPONSOR)""";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @Inject
    private FactsCache cache;

    @Inject
    private HealthSettings settings;

    /** The coalitions the caller sponsors, in the overview's order (one statement). */
    public List<Long> sponsoredIds() {
        return em.createQuery("""
                        SELECT c.id FROM Membership m JOIN m.coalition c
                        WHERE m.person.username = :u AND m.role = org.coalition.coalition.CoalitionRole.SPONSOR
                        ORDER BY c.name, c.id""", Long.class)
                .setParameter("u", access.username())
                .getResultList();
    }

    /**
     * A page of the coalitions the caller sponsors (by name) with their progress, and the milestones
     * awaiting the caller's decision across all of them.
     */
    public SponsorOverview overview(@Min(0) int first, @Min(1) int pageSize) {
        int size = Math.min(pageSize, MAX_PAGE);
        // one more than asked for tells whether there are more
        List<Coalition> page = PagedQueries.page(em, """
                        SELECT c FROM Membership m JOIN m.coalition c
                        WHERE m.person.username = :u AND m.role = org.coalition.coalition.CoalitionRole.SPONSOR
                        ORDER BY c.name, c.id""", Coalition.class, first, size + 1)
                .setParameter("u", access.username())
                .getResultList();
        if (page.isEmpty() && first == 0) {
            return new SponsorOverview(List.of(), false, List.of(), false);
        }
        boolean moreCoalitions = page.size() > size;
        List<Coalition> sponsored = moreCoalitions ? page.subList(0, size) : page;

        List<Milestone> awaiting = PagedQueries.page(em, """
                        SELECT m FROM Milestone m JOIN FETCH m.coalition c
                        WHERE c.id IN""" + SPONSORED + """
                         AND m.status = org.coalition.milestone.MilestoneStatus.PROPOSED
                         AND c.phase <> org.coalition.coalition.Phase.CLOSED
                        ORDER BY m.dueOn, m.id""", Milestone.class, 0, AWAITING_SHOWN + 1)
                .setParameter("u", access.username())
                .getResultList();
        boolean moreAwaiting = awaiting.size() > AWAITING_SHOWN;
        awaiting = List.copyOf(moreAwaiting ? awaiting.subList(0, AWAITING_SHOWN) : awaiting);
        if (sponsored.isEmpty()) {
            return new SponsorOverview(List.of(), false, awaiting, moreAwaiting);
        }
        List<Long> ids = sponsored.stream().map(Coalition::getId).toList();

        Map<Long, Map<TaskStatus, Integer>> taskCounts = new HashMap<>();
        em.createQuery("""
                        SELECT t.coalition.id, t.status, COUNT(t) FROM Task t
                        WHERE t.coalition.id IN :ids AND t.milestone IS NOT NULL
                        GROUP BY t.coalition.id, t.status""", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> taskCounts
                        .computeIfAbsent((Long) row[0], k -> new EnumMap<>(TaskStatus.class))
                        .put((TaskStatus) row[1], ((Number) row[2]).intValue()));

        Map<Long, Long> openDifferences = new HashMap<>();
        em.createQuery("""
                        SELECT d.coalition.id, COUNT(d) FROM Difference d
                        WHERE d.coalition.id IN :ids AND d.status <> org.coalition.difference.DifferenceStatus.RESOLVED
                        GROUP BY d.coalition.id""", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> openDifferences.put((Long) row[0], ((Number) row[1]).longValue()));

        // The newest RECENT_WINS wins of each coalition, newest first, numbered per coalition by the database. (A
        // correlated count of the newer wins, as JPQL would have it, compares every pair of a coalition's wins: a
        // million rows for the largest coalition at ten times the benchmark's data.)
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 4);
        }
        var recent = em.createNativeQuery(
                        "SELECT p.* FROM feed_post p JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY coalition_id"
                                + " ORDER BY posted_at DESC, id DESC) AS n FROM feed_post WHERE coalition_id IN (" + in
                                + ")"
                                + " AND kind IN (?2, ?3)) newest ON newest.id = p.id WHERE newest.n <= ?1"
                                + " ORDER BY p.posted_at DESC, p.id DESC",
                        FeedPost.class)
                .setParameter(1, RECENT_WINS)
                .setParameter(2, FeedPost.Kind.CELEBRATION.name())
                .setParameter(3, FeedPost.Kind.RECOGNITION.name());
        for (int i = 0; i < ids.size(); i++) {
            recent.setParameter(i + 4, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<FeedPost> posts = recent.getResultList();
        Map<Long, List<FeedPost>> wins = new HashMap<>();
        posts.forEach(post -> wins.computeIfAbsent(post.getCoalitionId(), k -> new ArrayList<>())
                .add(post));

        // The health trend: the daily snapshots of the last TREND_DAYS days, oldest first, for all of them at once
        Map<Long, List<Integer>> trends = new HashMap<>();
        em.createQuery("""
                        SELECT s.coalitionId, s.score FROM HealthSnapshot s WHERE s.coalitionId IN :ids AND s.takenOn >= :from
                        ORDER BY s.coalitionId, s.takenOn""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", LocalDate.now().minusDays(TREND_DAYS))
                .getResultList()
                .forEach(row -> trends.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Integer) row[1]));

        // today's health of all of them: their counts, read together for those the cache does not hold
        LocalDate today = LocalDate.now();
        var thresholds = settings.thresholds();
        Map<Long, HealthFacts> facts = cache.getAll(
                "health-scores:" + today, ids, missing -> new FactsQuery(em).health(missing, today, thresholds, false));
        var rules = new HealthRules(thresholds);

        List<SponsoredCoalition> coalitions = sponsored.stream()
                .map(c -> new SponsoredCoalition(
                        c.getId(),
                        c.getName(),
                        c.getPhase(),
                        progress(taskCounts.getOrDefault(c.getId(), Map.of())),
                        openDifferences.getOrDefault(c.getId(), 0L),
                        List.copyOf(wins.getOrDefault(c.getId(), List.of())),
                        List.copyOf(trends.getOrDefault(c.getId(), List.of())),
                        rules.assess(facts.get(c.getId()), today)))
                .toList();
        return new SponsorOverview(coalitions, moreCoalitions, awaiting, moreAwaiting);
    }

    private static MilestoneProgress progress(Map<TaskStatus, Integer> counts) {
        return new MilestoneProgress(
                counts.getOrDefault(TaskStatus.TO_DO, 0),
                counts.getOrDefault(TaskStatus.IN_PROGRESS, 0),
                counts.getOrDefault(TaskStatus.BLOCKED, 0),
                counts.getOrDefault(TaskStatus.DONE, 0));
    }
}
