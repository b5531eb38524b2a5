package org.coalition.health;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.coalition.coalition.Coalition;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.MemberFact;
import org.coalition.health.CoalitionFacts.QuickWinFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.rhythm.Cadence;
import org.coalition.rhythm.SyncCadence;
import org.coalition.stakeholder.Stance;

/**
 * Reads what the health and reminder rules need about coalitions. {@link #health} counts in the database what
 * the health rules need, for any number of coalitions at once, so what is kept of it does not grow with the
 * data; {@link #read} gives the reminder job one coalition's rows, with one query per area — never one per
 * stakeholder. Not a bean: the services and the reminder job use it inside their own calls, after their own
 * access decisions.
 */
public final class FactsQuery {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final EntityManager em;

    public FactsQuery(EntityManager em) {
        this.em = em;
    }

    /** The local day of an instant; scalar subqueries hand it back unconverted, as a timestamp. */
    private static LocalDate day(Object instant) {
        return instant == null ? null : instant(instant).atZone(ZONE).toLocalDate();
    }

    /** A date; scalar subqueries hand it back unconverted. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** A stance's score in JPQL (see {@link Stance#score()}), for the stance expression given. */
    private static String score(String stance) {
        // a sum of one-WHEN CASEs, not one CASE of five WHENs: see CommitmentService.RANK (EclipseLink's shared CASE
        // operator)
        StringJoiner cases = new StringJoiner(" + ", "(", ")");
        for (Stance each : Stance.values()) {
            cases.add("CASE WHEN " + stance + " = org.coalition.stakeholder.Stance." + each.name() + " THEN "
                    + each.score() + " ELSE 0 END");
        }
        return cases.toString();
    }

    /** The local day of an instant column, as {@link #day} gives it (timestamps are stored in the server's zone). */
    private static String dayOf(String instant) {
        return "SQL('CAST(? AS DATE)', " + instant + ")";
    }

    /** Conditions on the stakeholder {@code s}. */
    private static final String KEY = "s.influence >= :cut";

    private static final String ASSUMED = org.coalition.stakeholder.Verification.ASSUMED_JPQL;
    private static final String DOUBTER =
            "s.stance IN (org.coalition.stakeholder.Stance.SKEPTIC, org.coalition.stakeholder.Stance.OPPONENT)";
    /**
     * The silent drift of {@link HealthFacts#silentDrift}, on the stance change {@code h} of the stakeholder {@code s}:
     * the latest change with a former stance is a fall, with neither a conversation nor a disagreement since its day.
     */
    private static final String LATEST_FALL = """
            h.stakeholder = s AND h.from IS NOT NULL
            AND NOT EXISTS (SELECT n FROM StanceChange n WHERE n.stakeholder = s AND n.from IS NOT NULL
                AND (n.changedAt > h.changedAt OR (n.changedAt = h.changedAt AND n.id > h.id)))
            AND %s > %s
            AND (s.lastConversationOn IS NULL OR s.lastConversationOn < %s)
            AND NOT EXISTS (SELECT p FROM DifferenceParty p JOIN p.difference d WHERE p.stakeholder = s AND %s >= %s)""".formatted(
            score("h.from"), score("s.stance"), dayOf("h.changedAt"), dayOf("d.lastActivityAt"), dayOf("h.changedAt"));

    private static final String DRIFT = "EXISTS (SELECT h FROM StanceChange h WHERE " + LATEST_FALL + ")";
    private static final String COMPLETED = "q.status = org.coalition.trust.QuickWinStatus.COMPLETED";
    /** {@link HealthFacts#brokenPromise}: the stakeholder {@code s} holds a promise overdue, or broken since :recentSince. */
    private static final String LET_DOWN = """
            EXISTS (SELECT k FROM Commitment k WHERE k.toStakeholder = s
              AND ((k.outcome IS NULL AND k.dueOn < :today)
                OR (k.outcome = org.coalition.commitment.CommitmentOutcome.BROKEN AND k.settledOn >= :recentSince)))""";
    /** The milestone {@code m} awaits its decision. */
    private static final String PENDING = "m.status = org.coalition.milestone.MilestoneStatus.PROPOSED";
    /** The pending milestone {@code m} names an approver or veto holder (the stakeholder {@code s}) whose stance is assumed. */
    private static final String ASSUMING =
            "EXISTS (SELECT d FROM MilestoneDecider d JOIN d.stakeholder s WHERE d.milestone = m AND " + ASSUMED + ")";
    /** {@link HealthFacts#engagementUnknown}: the stakeholder {@code s} has a desired engagement but no current one. */
    private static final String ENGAGEMENT_UNKNOWN = "s.engagementDesired IS NOT NULL AND s.engagementCurrent IS NULL";
    /**
     * {@link HealthFacts#ratedAssumed}: the stakeholder {@code s}, whose stance a recent one-on-one backs, was flagged by
     * their latest closed rating round, and no one-on-one was held since the day it closed.
     */
    private static final String RATED = "NOT " + ASSUMED + " AND " + """
            EXISTS (SELECT o FROM RatedStakeholder o WHERE o.stakeholder = s AND o.verdict = org.coalition.rating.RatingVerdict.ASSUMED
              AND s.lastConversationOn < o.closedOn
              AND NOT EXISTS (SELECT o2 FROM RatedStakeholder o2 WHERE o2.stakeholder = s AND o2.closedOn IS NOT NULL
                AND (o2.closedOn > o.closedOn OR (o2.closedOn = o.closedOn AND o2.id > o.id))))""";
    /** The coverage tag {@code t} (of the coalition {@code c}) is a supporter's: a sponsor's or member's, or a supportive stakeholder's. */
    static final String SUPPORTER_TAG = """
            (EXISTS (SELECT st FROM Stakeholder st WHERE st = t.stakeholder
                AND st.stance IN (org.coalition.stakeholder.Stance.CHAMPION, org.coalition.stakeholder.Stance.SUPPORTER))
              OR EXISTS (SELECT mt FROM Membership mt WHERE mt.coalition = c AND mt.person = t.member
                AND mt.role <> org.coalition.coalition.CoalitionRole.OBSERVER))""";

    private static final String STALE = "d.status <> org.coalition.difference.DifferenceStatus.RESOLVED AND "
            + dayOf("d.lastActivityAt") + " < :staleBefore";

    /**
     * The health facts of each coalition on {@code today}: one statement counts everything for all of them, one
     * more reads their members' latest activity; with {@code evidence}, one more per coalition reads the first
     * {@link HealthFacts#SAMPLE} records behind each count (the dashboard's single coalition), else they are only counted.
     */
    public Map<Long, HealthFacts> health(Collection<Long> ids, LocalDate today, HealthThresholds t, boolean evidence) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate staleBefore = HealthFacts.staleBefore(t, today);
        LocalDate recentSince = new org.coalition.stakeholder.Verification(t.verificationDays()).recentSince(today);
        List<Object[]> rows = em.createQuery(
                        """
                        SELECT c.id, c.phase, c.createdAt, sc,
                          (SELECT MAX(n.heldOn) FROM SyncNote n WHERE n.coalitionId = c.id),
                          (SELECT MAX(n.heldOn) FROM SyncNote n WHERE n.coalitionId = c.id AND n.heldOn <= :today),
                          (SELECT MAX(p.postedAt) FROM FeedPost p WHERE p.coalitionId = c.id AND p.kind = org.coalition.rhythm.FeedPost.Kind.UPDATE),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %1$s),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %1$s AND %2$s),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %3$s),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %4$s),
                          (SELECT COUNT(q) FROM QuickWin q WHERE q.coalition = c AND %5$s),
                          (SELECT COUNT(q) FROM QuickWin q JOIN q.stakeholders s WHERE q.coalition = c AND %5$s AND %1$s),
                          (SELECT COUNT(d) FROM Difference d WHERE d.coalition = c AND %6$s),
                          (SELECT COUNT(d) FROM Difference d WHERE d.coalition = c),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %1$s AND %7$s),
                          (SELECT COUNT(m) FROM Milestone m WHERE m.coalition = c AND %8$s
                            AND EXISTS (SELECT d FROM MilestoneDecider d WHERE d.milestone = m)),
                          (SELECT COUNT(m) FROM Milestone m WHERE m.coalition = c AND %8$s AND %9$s),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %1$s AND %10$s),
                          (SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition = c AND %1$s AND %11$s),
                          (SELECT COUNT(t) FROM CoverageTag t WHERE t.coalition = c),
                          (SELECT COUNT(DISTINCT t.quality) FROM CoverageTag t WHERE t.coalition = c AND %12$s)
                        FROM Coalition c LEFT JOIN SyncCadence sc ON sc.coalitionId = c.id WHERE c.id IN :ids""".formatted(
                                        KEY,
                                        ASSUMED,
                                        DRIFT,
                                        DOUBTER,
                                        COMPLETED,
                                        STALE,
                                        LET_DOWN,
                                        PENDING,
                                        ASSUMING,
                                        ENGAGEMENT_UNKNOWN,
                                        RATED,
                                        SUPPORTER_TAG),
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("today", today)
                .setParameter("cut", t.influenceCutOff())
                .setParameter("recentSince", recentSince)
                .setParameter("staleBefore", staleBefore)
                .getResultList();
        Map<Long, Cadence> cadences = new HashMap<>();
        rows.forEach(row -> cadences.put(
                (Long) row[0],
                row[3] == null ? SyncCadence.defaultFor(instant(row[2])) : ((SyncCadence) row[3]).toCadence()));

        // members and their latest activity: a row per member (never per stakeholder), kept as two counts
        Map<Long, int[]> memberCounts = new HashMap<>();
        Map<Long, List<Evidence>> inactive = new HashMap<>();
        em.createQuery("""
                        SELECT m.coalition.id, p.id, p.displayName,
                          (SELECT MAX(a.at) FROM AuditEntry a WHERE a.coalitionId = m.coalition.id AND a.actor = p.username)
                        FROM Membership m JOIN m.person p
                        WHERE m.coalition.id IN :ids AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        ORDER BY m.coalition.id, p.id""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> {
                    long c = (Long) row[0];
                    LocalDate lastActivity = day(row[3]);
                    int[] counts = memberCounts.computeIfAbsent(c, k -> new int[2]);
                    counts[0]++;
                    if (lastActivity == null
                            || lastActivity.isBefore(HealthFacts.activeSince(cadences.get(c), t, today))) {
                        counts[1]++;
                        List<Evidence> shown = inactive.computeIfAbsent(c, k -> new ArrayList<>());
                        if (evidence && shown.size() < HealthFacts.SAMPLE) {
                            shown.add(new Evidence("member", (Long) row[1], (String) row[2]));
                        }
                    }
                });

        Map<Long, HealthFacts> facts = new HashMap<>();
        for (Object[] row : rows) {
            long c = (Long) row[0];
            int[] members = memberCounts.getOrDefault(c, new int[2]);
            Map<String, List<Evidence>> samples = new HashMap<>();
            List<HealthFacts.AssumingDecision> decisions = new ArrayList<>();
            if (evidence) {
                samples(c, t, recentSince, staleBefore, today, samples, decisions);
            }
            facts.put(
                    c,
                    new HealthFacts(
                            (org.coalition.coalition.Phase) row[1],
                            cadences.get(c),
                            date(row[4]),
                            date(row[5]),
                            day(row[6]),
                            count(row[7]),
                            sample(row[8], samples, "assumed"),
                            sample(row[9], samples, "drift"),
                            sample(row[10], samples, "doubter"),
                            sample(row[11], samples, "win"),
                            count(row[12]) > 0,
                            members[0],
                            new HealthFacts.Sample(members[1], inactive.getOrDefault(c, List.of())),
                            sample(row[13], samples, "stale"),
                            count(row[14]),
                            sample(row[15], samples, "promise"),
                            count(row[16]),
                            new HealthFacts.Decisions(count(row[17]), decisions),
                            sample(row[18], samples, "engagement"),
                            sample(row[19], samples, "rated"),
                            count(row[20]),
                            count(row[21])));
        }
        return facts;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** A stance's score in SQL, for the stance column given. */
    private static String sqlScore(String stance) {
        StringBuilder cases = new StringBuilder("CASE");
        for (Stance each : Stance.values()) {
            cases.append(" WHEN ")
                    .append(stance)
                    .append(" = '")
                    .append(each.name())
                    .append("' THEN ")
                    .append(each.score());
        }
        return cases.append(" ELSE 0 END").toString();
    }

    /**
     * The first {@link HealthFacts#SAMPLE} records behind each count of one coalition, in one statement (one
     * branch per count, each limited on its own; JPQL cannot limit a branch): the same conditions as the counts'
     * JPQL above, in SQL; a decision's row carries how many of its deciders are assumed. Parameters: 1 coalition,
     * 2 influence cut-off, 3 recent since, 4 stale before, 5 today.
     */
    private static final String SAMPLES =
            """
            (SELECT 'assumed' AS kind, s.id, s.name, NULL AS was, NULL AS now FROM stakeholder s
              WHERE s.coalition_id = ?1 AND s.influence >= ?2
              AND (s.last_conversation_on IS NULL OR s.last_conversation_on < ?3 OR s.last_conversation_on < s.stance_since)
              ORDER BY s.id LIMIT %1$d)
            UNION ALL
            (SELECT 'drift', s.id, s.name, h.from_stance, s.stance FROM stakeholder s JOIN stance_change h ON h.stakeholder_id = s.id
              WHERE s.coalition_id = ?1 AND h.from_stance IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM stance_change n WHERE n.stakeholder_id = s.id AND n.from_stance IS NOT NULL
                  AND (n.changed_at > h.changed_at OR (n.changed_at = h.changed_at AND n.id > h.id)))
              AND %2$s > %3$s
              AND (s.last_conversation_on IS NULL OR s.last_conversation_on < CAST(h.changed_at AS DATE))
              AND NOT EXISTS (SELECT 1 FROM difference_party p JOIN difference d ON d.id = p.difference_id
                  WHERE p.stakeholder_id = s.id AND CAST(d.last_activity_at AS DATE) >= CAST(h.changed_at AS DATE))
              ORDER BY s.id LIMIT %1$d)
            UNION ALL
            (SELECT 'doubter', s.id, s.name, NULL, NULL FROM stakeholder s
              WHERE s.coalition_id = ?1 AND s.stance IN ('SKEPTIC', 'OPPONENT') ORDER BY s.id LIMIT %1$d)
            UNION ALL
            (SELECT 'win', q.id, q.title, NULL, NULL FROM quick_win q
              WHERE q.coalition_id = ?1 AND q.status = 'COMPLETED' ORDER BY q.id LIMIT %1$d)
            UNION ALL
            (SELECT 'stale', d.id, d.topic, NULL, NULL FROM difference d
              WHERE d.coalition_id = ?1 AND d.status <> 'RESOLVED' AND CAST(d.last_activity_at AS DATE) < ?4 ORDER BY d.id LIMIT %1$d)
            UNION ALL
            (SELECT 'promise', s.id, s.name, NULL, NULL FROM stakeholder s
              WHERE s.coalition_id = ?1 AND s.influence >= ?2
              AND EXISTS (SELECT 1 FROM commitment k WHERE k.to_stakeholder_id = s.id
                  AND ((k.outcome IS NULL AND k.due_on < ?5) OR (k.outcome = 'BROKEN' AND k.settled_on >= ?3)))
              ORDER BY s.id LIMIT %1$d)
            UNION ALL
            (SELECT 'decision', m.id, m.title, CAST(COUNT(*) AS VARCHAR(20)), NULL FROM milestone m
              JOIN milestone_decider md ON md.milestone_id = m.id JOIN stakeholder s ON s.id = md.stakeholder_id
              WHERE m.coalition_id = ?1 AND m.status = 'PROPOSED'
              AND (s.last_conversation_on IS NULL OR s.last_conversation_on < ?3 OR s.last_conversation_on < s.stance_since)
              GROUP BY m.id, m.title ORDER BY m.id LIMIT %1$d)
            UNION ALL
            (SELECT 'engagement', s.id, s.name, NULL, NULL FROM stakeholder s
              WHERE s.coalition_id = ?1 AND s.influence >= ?2 AND s.engagement_desired IS NOT NULL AND s.engagement_current IS NULL
              ORDER BY s.id LIMIT %1$d)
            UNION ALL
            (SELECT 'rated', s.id, s.name, NULL, NULL FROM stakeholder s
              WHERE s.coalition_id = ?1 AND s.influence >= ?2
              AND NOT (s.last_conversation_on IS NULL OR s.last_conversation_on < ?3 OR s.last_conversation_on < s.stance_since)
              AND EXISTS (SELECT 1 FROM rated_stakeholder o WHERE o.stakeholder_id = s.id AND o.verdict = 'ASSUMED'
                  AND s.last_conversation_on < o.closed_on
                  AND NOT EXISTS (SELECT 1 FROM rated_stakeholder o2 WHERE o2.stakeholder_id = s.id AND o2.closed_on IS NOT NULL
                      AND (o2.closed_on > o.closed_on OR (o2.closed_on = o.closed_on AND o2.id > o.id))))
              ORDER BY s.id LIMIT %1$d)""".formatted(HealthFacts.SAMPLE, sqlScore("h.from_stance"), sqlScore("s.stance"));

    /** The records behind one coalition's counts, by kind, and the decisions assuming alignment (see {@link #SAMPLES}). */
    private void samples(
            long coalitionId,
            HealthThresholds t,
            LocalDate recentSince,
            LocalDate staleBefore,
            LocalDate today,
            Map<String, List<Evidence>> samples,
            List<HealthFacts.AssumingDecision> decisions) {
        for (Object row : em.createNativeQuery(SAMPLES)
                .setParameter(1, coalitionId)
                .setParameter(2, t.influenceCutOff())
                .setParameter(3, java.sql.Date.valueOf(recentSince))
                .setParameter(4, java.sql.Date.valueOf(staleBefore))
                .setParameter(5, java.sql.Date.valueOf(today))
                .getResultList()) {
            Object[] r = (Object[]) row;
            String kind = ((String) r[0]).strip(); // a union may pad the literals to one width
            long id = ((Number) r[1]).longValue();
            if (kind.equals("decision")) {
                decisions.add(new HealthFacts.AssumingDecision(
                        id, (String) r[2], Integer.parseInt(r[3].toString().strip())));
                continue;
            }
            String label = kind.equals("drift")
                    ? HealthFacts.driftLabel(
                            (String) r[2],
                            Stance.valueOf(r[3].toString().strip()),
                            Stance.valueOf(r[4].toString().strip()))
                    : (String) r[2];
            String evidenceKind = switch (kind) {
                case "win" -> "quick-win";
                case "stale" -> "difference";
                default -> "stakeholder";
            };
            samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Evidence(evidenceKind, id, label));
        }
        // the union's branches come back in any order; each one's records by id
        decisions.sort(java.util.Comparator.comparingLong(HealthFacts.AssumingDecision::milestoneId));
    }

    private static HealthFacts.Sample sample(Object count, Map<String, List<Evidence>> samples, String kind) {
        return new HealthFacts.Sample(count(count), samples.getOrDefault(kind, List.of()));
    }

    /** One coalition's rows, for the reminder job (which walks every stakeholder anyway). */
    public CoalitionFacts read(long c) {
        Coalition coalition = em.find(Coalition.class, c);

        // Alignment and drift: stakeholders, their latest stance change, their latest difference.
        Map<Long, Object[]> lastChange = new HashMap<>();
        em.createQuery("""
                        SELECT h.stakeholder.id, h.from, h.changedAt FROM StanceChange h
                        WHERE h.stakeholder.coalition.id = :c AND h.from IS NOT NULL ORDER BY h.changedAt DESC, h.id DESC""", Object[].class)
                .setParameter("c", c)
                .getResultList()
                .forEach(row -> lastChange.putIfAbsent((Long) row[0], row));
        Map<Long, LocalDate> lastDifference = new HashMap<>();
        em.createQuery("""
                        SELECT p.stakeholder.id, MAX(d.lastActivityAt) FROM DifferenceParty p JOIN p.difference d
                        WHERE d.coalition.id = :c AND p.stakeholder IS NOT NULL GROUP BY p.stakeholder.id""", Object[].class)
                .setParameter("c", c)
                .getResultList()
                .forEach(row -> lastDifference.put((Long) row[0], day(row[1])));
        List<StakeholderFact> stakeholders =
                em.createQuery("""
                        SELECT s.id, s.name, s.influence, s.stance, s.stanceSince, s.lastConversationOn, s.engagementCurrent,
                          s.engagementDesired
                        FROM Stakeholder s WHERE s.coalition.id = :c ORDER BY s.id""", Object[].class).setParameter("c", c).getResultList().stream()
                        .map(row -> {
                            Object[] change = lastChange.get((Long) row[0]);
                            return new StakeholderFact(
                                    (Long) row[0],
                                    (String) row[1],
                                    (Integer) row[2],
                                    (Stance) row[3],
                                    (LocalDate) row[4],
                                    (LocalDate) row[5],
                                    change == null ? null : (Stance) change[1],
                                    change == null ? null : day(change[2]),
                                    lastDifference.get((Long) row[0]),
                                    (org.coalition.stakeholder.Engagement) row[6],
                                    (org.coalition.stakeholder.Engagement) row[7]);
                        })
                        .toList();

        // Trust: completed quick wins and who took part.
        Map<Long, QuickWinFact> wins = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT q.id, q.title, s.id FROM QuickWin q LEFT JOIN q.stakeholders s
                        WHERE q.coalition.id = :c AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED ORDER BY q.id""", Object[].class).setParameter("c", c).getResultList().forEach(row -> {
            QuickWinFact win =
                    wins.computeIfAbsent((Long) row[0], id -> new QuickWinFact(id, (String) row[1], new ArrayList<>()));
            if (row[2] != null) {
                win.stakeholderIds().add((Long) row[2]);
            }
        });

        // Communication: cadence, syncs held, last update, each member's latest activity.
        Cadence cadence = em.createQuery("SELECT sc FROM SyncCadence sc WHERE sc.coalitionId = :c", SyncCadence.class)
                .setParameter("c", c)
                .getResultStream()
                .findFirst()
                .map(SyncCadence::toCadence)
                .orElseGet(() -> SyncCadence.defaultFor(coalition.getCreatedAt()));
        List<LocalDate> syncs = em.createQuery(
                        "SELECT n.heldOn FROM SyncNote n WHERE n.coalitionId = :c ORDER BY n.heldOn", LocalDate.class)
                .setParameter("c", c)
                .getResultList();
        LocalDate lastUpdate =
                day(em.createQuery("""
                        SELECT MAX(p.postedAt) FROM FeedPost p WHERE p.coalitionId = :c
                        AND p.kind = org.coalition.rhythm.FeedPost.Kind.UPDATE""", Instant.class).setParameter("c", c).getSingleResult());
        Map<String, LocalDate> lastActivity = new HashMap<>();
        em.createQuery(
                        "SELECT a.actor, MAX(a.at) FROM AuditEntry a WHERE a.coalitionId = :c GROUP BY a.actor",
                        Object[].class)
                .setParameter("c", c)
                .getResultList()
                .forEach(row -> lastActivity.put((String) row[0], day(row[1])));
        List<MemberFact> members = em.createQuery("""
                        SELECT p.id, p.displayName, p.username FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER ORDER BY p.id""", Object[].class).setParameter("c", c).getResultList().stream()
                .map(row -> new MemberFact((Long) row[0], (String) row[1], lastActivity.get((String) row[2])))
                .toList();

        // Differences: the open ones, and whether any was ever recorded.
        List<Object[]> differences =
                em.createQuery("""
                        SELECT d.id, d.topic, d.lastActivityAt, d.status FROM Difference d WHERE d.coalition.id = :c ORDER BY d.id""", Object[].class).setParameter("c", c).getResultList();
        List<DifferenceFact> open = differences.stream()
                .filter(row -> row[3] != org.coalition.difference.DifferenceStatus.RESOLVED)
                .map(row -> new DifferenceFact((Long) row[0], (String) row[1], day(row[2])))
                .toList();

        // Decisions awaited: proposed milestones and the approvers and veto holders they name.
        Map<Long, CoalitionFacts.DecisionFact> decisions = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT m.id, m.title, d.stakeholder.id FROM MilestoneDecider d JOIN d.milestone m
                        WHERE m.coalition.id = :c AND m.status = org.coalition.milestone.MilestoneStatus.PROPOSED
                        ORDER BY m.id""", Object[].class)
                .setParameter("c", c)
                .getResultList()
                .forEach(row -> decisions
                        .computeIfAbsent(
                                (Long) row[0],
                                id -> new CoalitionFacts.DecisionFact(id, (String) row[1], new ArrayList<>()))
                        .deciderIds()
                        .add((Long) row[2]));

        // Promises: those still open and those broken (kept ones neither remind nor withdraw).
        List<CoalitionFacts.PromiseFact> promises =
                em.createQuery("""
                        SELECT k.id, p.username, s.id, s.name, m.displayName, k.dueOn, k.outcome, k.settledOn
                        FROM Commitment k JOIN k.promisedBy p LEFT JOIN k.toStakeholder s LEFT JOIN k.toMember m
                        WHERE k.coalition.id = :c AND (k.outcome IS NULL OR k.outcome = org.coalition.commitment.CommitmentOutcome.BROKEN)
                        ORDER BY k.dueOn, k.id""", Object[].class).setParameter("c", c).getResultList().stream()
                        .map(row -> new CoalitionFacts.PromiseFact(
                                (Long) row[0],
                                (String) row[1],
                                (Long) row[2],
                                row[2] != null ? (String) row[3] : (String) row[4],
                                (LocalDate) row[5],
                                (org.coalition.commitment.CommitmentOutcome) row[6],
                                (LocalDate) row[7]))
                        .toList();

        // Blind rating rounds: each stakeholder's latest closed round (whether it flagged them, and when).
        Map<Long, CoalitionFacts.RatingFlagFact> flags = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT o.stakeholder.id, o.verdict, o.closedOn FROM RatedStakeholder o
                        WHERE o.round.coalition.id = :c AND o.closedOn IS NOT NULL ORDER BY o.closedOn DESC, o.id DESC""", Object[].class)
                .setParameter("c", c)
                .getResultList()
                .forEach(row -> flags.putIfAbsent(
                        (Long) row[0],
                        new CoalitionFacts.RatingFlagFact(
                                (Long) row[0], row[1] == org.coalition.rating.RatingVerdict.ASSUMED, (LocalDate)
                                        row[2])));

        // Coverage: how many tags, and the qualities the supporters carry.
        long tags = em.createQuery("SELECT COUNT(t) FROM CoverageTag t WHERE t.coalition.id = :c", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        java.util.Set<org.coalition.coverage.Quality> carried =
                java.util.EnumSet.noneOf(org.coalition.coverage.Quality.class);
        carried.addAll(em.createQuery(
                        "SELECT DISTINCT t.quality FROM CoverageTag t JOIN t.coalition c WHERE c.id = :c AND "
                                + SUPPORTER_TAG,
                        org.coalition.coverage.Quality.class)
                .setParameter("c", c)
                .getResultList());

        return new CoalitionFacts(
                coalition.getPhase(),
                stakeholders,
                List.copyOf(wins.values()),
                cadence,
                syncs,
                syncs.isEmpty() ? null : syncs.get(syncs.size() - 1),
                lastUpdate,
                members,
                open,
                differences.size(),
                List.copyOf(decisions.values()),
                promises,
                List.copyOf(flags.values()),
                new CoalitionFacts.CoverageFact((int) tags, carried));
    }
}
