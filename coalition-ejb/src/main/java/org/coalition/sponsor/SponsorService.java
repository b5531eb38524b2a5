package org.coalition.sponsor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.coalition.Coalition;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneProgress;
import org.coalition.milestone.TaskStatus;
import org.coalition.rhythm.FeedPost;

/**
 * The executive sponsor's view across coalitions. Built with five queries whatever the number of
 * coalitions: each aggregates over all of them, grouped by coalition, and Java puts the rows together.
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

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @jakarta.inject.Inject
    private org.coalition.platform.FactsCache cache;

    @jakarta.inject.Inject
    private org.coalition.health.HealthSettings settings;

    /** The coalitions the caller sponsors, in the overview's order (one statement). */
    public List<Long> sponsoredIds() {
        return em.createQuery("""
                        SELECT c.id FROM Membership m JOIN m.coalition c
                        WHERE m.person.username = :u AND m.role = org.coalition.coalition.CoalitionRole.SPONSOR
                        ORDER BY c.name, c.id""", Long.class)
                .setParameter("u", access.username()).getResultList();
    }

    public SponsorOverview overview() {
        List<Coalition> sponsored = em.createQuery("""
                        SELECT c FROM Membership m JOIN m.coalition c
                        WHERE m.person.username = :u AND m.role = org.coalition.coalition.CoalitionRole.SPONSOR
                        ORDER BY c.name, c.id""", Coalition.class)
                .setParameter("u", access.username()).getResultList();
        if (sponsored.isEmpty()) {
            return new SponsorOverview(List.of(), List.of());
        }
        List<Long> ids = sponsored.stream().map(Coalition::getId).toList();

        Map<Long, Map<TaskStatus, Integer>> taskCounts = new HashMap<>();
        em.createQuery("""
                        SELECT t.coalition.id, t.status, COUNT(t) FROM Task t
                        WHERE t.coalition.id IN :ids AND t.milestone IS NOT NULL
                        GROUP BY t.coalition.id, t.status""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> taskCounts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(TaskStatus.class))
                        .put((TaskStatus) row[1], ((Number) row[2]).intValue()));

        Map<Long, Long> openDifferences = new HashMap<>();
        em.createQuery("""
                        SELECT d.coalition.id, COUNT(d) FROM Difference d
                        WHERE d.coalition.id IN :ids AND d.status <> org.coalition.difference.DifferenceStatus.RESOLVED
                        GROUP BY d.coalition.id""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> openDifferences.put((Long) row[0], ((Number) row[1]).longValue()));

        List<Milestone> awaiting = em.createQuery("""
                        SELECT m FROM Milestone m JOIN FETCH m.coalition
                        WHERE m.coalition.id IN :ids AND m.status = org.coalition.milestone.MilestoneStatus.PROPOSED
                        ORDER BY m.dueOn, m.id""", Milestone.class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(m -> !m.getCoalition().isArchived())
                .toList();

        // All wins of these coalitions, newest first; trimmed per coalition below
        Map<Long, List<FeedPost>> wins = new HashMap<>();
        em.createQuery("""
                        SELECT p FROM FeedPost p WHERE p.coalitionId IN :ids
                        AND p.kind IN (org.coalition.rhythm.FeedPost.Kind.CELEBRATION, org.coalition.rhythm.FeedPost.Kind.RECOGNITION)
                        ORDER BY p.postedAt DESC, p.id DESC""", FeedPost.class)
                .setParameter("ids", ids).getResultList()
                .forEach(post -> {
                    List<FeedPost> latest = wins.computeIfAbsent(post.getCoalitionId(), k -> new ArrayList<>());
                    if (latest.size() < RECENT_WINS) {
                        latest.add(post);
                    }
                });

        // The health trend: the daily snapshots of the last TREND_DAYS days, oldest first, for all of them at once
        Map<Long, List<Integer>> trends = new HashMap<>();
        em.createQuery("""
                        SELECT s.coalitionId, s.score FROM HealthSnapshot s WHERE s.coalitionId IN :ids AND s.takenOn >= :from
                        ORDER BY s.coalitionId, s.takenOn""", Object[].class)
                .setParameter("ids", ids).setParameter("from", java.time.LocalDate.now().minusDays(TREND_DAYS)).getResultList()
                .forEach(row -> trends.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));

        List<SponsoredCoalition> coalitions = sponsored.stream()
                .map(c -> new SponsoredCoalition(c.getId(), c.getName(), c.getPhase(),
                        progress(taskCounts.getOrDefault(c.getId(), Map.of())),
                        openDifferences.getOrDefault(c.getId(), 0L),
                        List.copyOf(wins.getOrDefault(c.getId(), List.of())),
                        List.copyOf(trends.getOrDefault(c.getId(), List.of())),
                        health(c.getId())))
                .toList();
        return new SponsorOverview(coalitions, awaiting);
    }

    /** Today's health, from the same cached facts the dashboard uses; sponsoring is the access here. */
    private org.coalition.health.HealthAssessment health(long coalitionId) {
        var facts = cache.get("health", coalitionId, () -> new org.coalition.health.FactsQuery(em).read(coalitionId));
        return new org.coalition.health.HealthRules(settings.thresholds()).assess(facts, java.time.LocalDate.now());
    }

    private static MilestoneProgress progress(Map<TaskStatus, Integer> counts) {
        return new MilestoneProgress(counts.getOrDefault(TaskStatus.TO_DO, 0), counts.getOrDefault(TaskStatus.IN_PROGRESS, 0),
                counts.getOrDefault(TaskStatus.BLOCKED, 0), counts.getOrDefault(TaskStatus.DONE, 0));
    }
}
