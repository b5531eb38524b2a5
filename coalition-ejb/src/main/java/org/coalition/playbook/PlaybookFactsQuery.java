package org.coalition.playbook;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coalition.audit.AuditAction;
import org.coalition.coalition.Phase;
import org.coalition.health.HealthThresholds;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.SyncCadence;
import org.coalition.stakeholder.Engagement;
import org.coalition.stakeholder.EngagementGap;

/**
 * Reads what the playbook checklist needs to know about one coalition ({@link PlaybookFacts}) with a fixed set of
 * aggregate queries, never one per stakeholder. A query with several answers hands them over as a small record named
 * for what it counts (a JPQL constructor expression), so the facts are put together by name rather than by position
 * in a row. Each record has a public constructor of boxed values for its {@code SELECT NEW}: EclipseLink looks among
 * the public constructors for one taking what the query gives, and COUNT and SUM give a {@code Long} (SUM a null over
 * no rows).
 *
 * <p>Not a bean, like {@link org.coalition.health.FactsQuery}: {@link PlaybookService} uses it inside its own call,
 * after its own access check, and nothing can reach it around that check.
 */
final class PlaybookFactsQuery {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    /** The interval of the weekly cadence a coalition has until one is set. */
    private static final int DEFAULT_CADENCE_DAYS = 7;

    private final EntityManager em;

    PlaybookFactsQuery(EntityManager em) {
        this.em = em;
    }

    /** A COUNT or SUM as a number of things; SUM is null when nothing was summed. */
    private static int asInt(Long value) {
        return value == null ? 0 : value.intValue();
    }

    /**
     * The coalition's stakeholders: all of them, the key ones (influence at the cut-off or above), the key ones without a
     * recent one-on-one (none within the verification window, or none since their stance last changed), and the doubters
     * (skeptics and opponents).
     */
    record Stakeholders(int all, int key, int keyWithoutRecentOneOnOne, int doubters) {

        /** For {@code SELECT NEW}. */
        public Stakeholders(Long all, Long key, Long keyWithoutRecentOneOnOne, Long doubters) {
            this(asInt(all), asInt(key), asInt(keyWithoutRecentOneOnOne), asInt(doubters));
        }
    }

    /** The syncs held: how many, and the day of the latest (null for none). */
    record Syncs(int held, LocalDate lastOn) {

        /** For {@code SELECT NEW}. */
        public Syncs(Long held, LocalDate lastOn) {
            this(asInt(held), lastOn);
        }
    }

    /** The approved milestones and the tasks on them that are not done. */
    record ApprovedWork(int milestones, int openTasks) {

        /** For {@code SELECT NEW}. */
        public ApprovedWork(Long milestones, Long openTasks) {
            this(asInt(milestones), asInt(openTasks));
        }
    }

    /** The differences ever named, those not resolved, and those of them without activity since the stale threshold. */
    record Differences(int ever, int open, int stale) {

        /** For {@code SELECT NEW}. */
        public Differences(Long ever, Long open, Long stale) {
            this(asInt(ever), asInt(open), asInt(stale));
        }
    }

    /** The feed posts of one kind: how many, and when the latest was posted. */
    record Posts(FeedPost.Kind kind, int count, Instant latestAt) {

        /** A kind the feed has no post of (the grouped query has no row for it). */
        static final Posts NONE = new Posts(null, 0, null);

        /** For {@code SELECT NEW}. */
        public Posts(FeedPost.Kind kind, Long count, Instant latestAt) {
            this(kind, asInt(count), latestAt);
        }

        /** The day of the latest post, or null for none. */
        LocalDate latestOn() {
            return latestAt == null ? null : latestAt.atZone(ZONE).toLocalDate();
        }
    }

    /** The facts of the coalition {@code c} on {@code today}, with the health advisor's thresholds {@code t}. */
    PlaybookFacts read(long c, HealthThresholds t, LocalDate today) {
        int cut = t.influenceCutOff();
        Phase phase = single("SELECT x.phase FROM Coalition x WHERE x.id = :c", Phase.class, c);

        Stakeholders stakeholders = em.createQuery("""
                        SELECT NEW org.coalition.playbook.PlaybookFactsQuery.Stakeholders(
                               COUNT(s),
                               SUM(CASE WHEN s.influence >= :cut THEN 1 ELSE 0 END),
                               SUM(CASE WHEN s.influence >= :cut AND (s.lastConversationOn IS NULL OR s.lastConversationOn < :since
                                        OR s.lastConversationOn < s.stanceSince) THEN 1 ELSE 0 END),
                               SUM(CASE WHEN s.stance IN (org.coalition.stakeholder.Stance.SKEPTIC, org.coalition.stakeholder.Stance.OPPONENT)
                                        THEN 1 ELSE 0 END))
                        FROM Stakeholder s WHERE s.coalition.id = :c""", Stakeholders.class)
                .setParameter("c", c)
                .setParameter("cut", cut)
                .setParameter("since", today.minusDays(t.verificationDays()))
                .getSingleResult();
        int keyWithMotivations = countKey("""
                SELECT COUNT(DISTINCT m.stakeholder.id) FROM Motivation m
                WHERE m.stakeholder.coalition.id = :c AND m.stakeholder.influence >= :cut""", c, cut);
        int keySignedOn = countKey("""
                SELECT COUNT(DISTINCT f.stakeholder.id) FROM Framing f WHERE f.stakeholder.coalition.id = :c
                AND f.stakeholder.influence >= :cut AND f.signOn = org.coalition.commonground.SignOnStatus.SIGNED_ON""", c, cut);
        int sponsors = count(
                "SELECT COUNT(m) FROM Membership m WHERE m.coalition.id = :c"
                        + " AND m.role = org.coalition.coalition.CoalitionRole.SPONSOR",
                c);
        int purposeRevisions = count("SELECT COUNT(p) FROM PurposeStatement p WHERE p.coalition.id = :c", c);
        int completedQuickWins = count(
                "SELECT COUNT(q) FROM QuickWin q WHERE q.coalition.id = :c"
                        + " AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED",
                c);
        int completedQuickWinsWithKey = countKey("""
                SELECT COUNT(DISTINCT q.id) FROM QuickWin q JOIN q.stakeholders k WHERE q.coalition.id = :c
                AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED AND k.influence >= :cut""", c, cut);

        int cadenceIntervalDays = em.createQuery(
                        "SELECT sc FROM SyncCadence sc WHERE sc.coalitionId = :c", SyncCadence.class)
                .setParameter("c", c)
                .getResultStream()
                .findFirst()
                .map(sc -> sc.toCadence().intervalDays())
                .orElse(DEFAULT_CADENCE_DAYS);
        // The feed token alone stores a default cadence row: only a deliberate setting counts as agreed.
        boolean cadenceSet = em.createQuery(
                                "SELECT COUNT(a) FROM AuditEntry a WHERE a.coalitionId = :c AND a.action = :a",
                                Long.class)
                        .setParameter("c", c)
                        .setParameter("a", AuditAction.CADENCE_SET.code())
                        .getSingleResult()
                > 0;
        Syncs syncs = single("""
                SELECT NEW org.coalition.playbook.PlaybookFactsQuery.Syncs(COUNT(n), MAX(n.heldOn))
                FROM SyncNote n WHERE n.coalitionId = :c""", Syncs.class, c);

        ApprovedWork approved = single("""
                SELECT NEW org.coalition.playbook.PlaybookFactsQuery.ApprovedWork(
                       COUNT(DISTINCT m.id),
                       SUM(CASE WHEN t.id IS NOT NULL AND t.status <> org.coalition.milestone.TaskStatus.DONE THEN 1 ELSE 0 END))
                FROM Milestone m LEFT JOIN Task t ON t.milestone = m
                WHERE m.coalition.id = :c AND m.status = org.coalition.milestone.MilestoneStatus.APPROVED""", ApprovedWork.class, c);

        Instant staleBefore =
                today.minusDays(t.staleDifferenceDays()).atStartOfDay(ZONE).toInstant();
        Differences differences = em.createQuery("""
                        SELECT NEW org.coalition.playbook.PlaybookFactsQuery.Differences(
                               COUNT(d),
                               SUM(CASE WHEN d.status <> org.coalition.difference.DifferenceStatus.RESOLVED THEN 1 ELSE 0 END),
                               SUM(CASE WHEN d.status <> org.coalition.difference.DifferenceStatus.RESOLVED
                                        AND d.lastActivityAt < :staleBefore THEN 1 ELSE 0 END))
                        FROM Difference d WHERE d.coalition.id = :c""", Differences.class)
                .setParameter("c", c)
                .setParameter("staleBefore", staleBefore)
                .getSingleResult();

        Map<FeedPost.Kind, Posts> posts = em.createQuery("""
                        SELECT NEW org.coalition.playbook.PlaybookFactsQuery.Posts(p.kind, COUNT(p), MAX(p.postedAt))
                        FROM FeedPost p WHERE p.coalitionId = :c
                        AND p.kind IN (org.coalition.rhythm.FeedPost.Kind.RECOGNITION, org.coalition.rhythm.FeedPost.Kind.CELEBRATION)
                        GROUP BY p.kind""", Posts.class)
                .setParameter("c", c)
                .getResultStream()
                .collect(Collectors.toMap(Posts::kind, Function.identity()));
        LocalDate lastRecognitionOn =
                posts.getOrDefault(FeedPost.Kind.RECOGNITION, Posts.NONE).latestOn();
        int celebrations =
                posts.getOrDefault(FeedPost.Kind.CELEBRATION, Posts.NONE).count();

        boolean retrospectiveWritten = count("SELECT COUNT(r) FROM Retrospective r WHERE r.coalitionId = :c", c) > 0;
        int allies = count("SELECT COUNT(a) FROM Ally a WHERE a.coalitionId = :c", c);

        return new PlaybookFacts(
                phase,
                stakeholders.all(),
                stakeholders.key(),
                stakeholders.keyWithoutRecentOneOnOne(),
                keyWithMotivations,
                sponsors,
                purposeRevisions,
                keySignedOn,
                completedQuickWins,
                completedQuickWinsWithKey,
                cadenceSet,
                cadenceIntervalDays,
                syncs.held(),
                syncs.lastOn(),
                approved.milestones(),
                approved.openTasks(),
                differences.ever(),
                differences.open(),
                differences.stale(),
                stakeholders.doubters(),
                lastRecognitionOn,
                celebrations,
                retrospectiveWritten,
                allies,
                widestKeyGap(c, cut));
    }

    /**
     * Where the next one-on-one should go: the first of the ranked engagement gaps among key stakeholders, or null.
     * Not a constructor expression: the ranking orders by the gap and weight it selects under their names
     * ({@link EngagementGap#ORDER_JPQL}), and the items of a constructor expression have none. Not a {@code Tuple}
     * either: EclipseLink ignores the result class of a JPQL string and answers arrays. Its result-type hint answers
     * each row as a map from those names instead.
     */
    private EngagementGap widestKeyGap(long c, int cut) {
        return em.createQuery(
                        "SELECT s.id AS stakeholderId, s.name AS stakeholderName, s.influence AS stakeholderInfluence,"
                                + " s.engagementCurrent AS currentLevel, s.engagementDesired AS desiredLevel, "
                                + EngagementGap.COLUMNS_JPQL
                                + " FROM Stakeholder s WHERE s.coalition.id = :c AND s.influence >= :cut AND "
                                + EngagementGap.RANKED_JPQL + " ORDER BY " + EngagementGap.ORDER_JPQL,
                        Map.class)
                .setHint("eclipselink.result-type", "Map")
                .setParameter("c", c)
                .setParameter("cut", cut)
                .setMaxResults(1)
                .getResultStream()
                .map(gap -> EngagementGap.of(
                        (Long) gap.get("stakeholderId"),
                        (String) gap.get("stakeholderName"),
                        (Integer) gap.get("stakeholderInfluence"),
                        (Engagement) gap.get("currentLevel"),
                        (Engagement) gap.get("desiredLevel")))
                .findFirst()
                .orElse(null);
    }

    /** The one answer of a query over the coalition {@code :c}. */
    private <T> T single(String jpql, Class<T> type, long c) {
        return em.createQuery(jpql, type).setParameter("c", c).getSingleResult();
    }

    /** A COUNT over the coalition {@code :c}. */
    private int count(String jpql, long c) {
        return asInt(single(jpql, Long.class, c));
    }

    /** A COUNT over the key stakeholders (influence {@code :cut} or above) of the coalition {@code :c}. */
    private int countKey(String jpql, long c, int cut) {
        return asInt(em.createQuery(jpql, Long.class)
                .setParameter("c", c)
                .setParameter("cut", cut)
                .getSingleResult());
    }
}
