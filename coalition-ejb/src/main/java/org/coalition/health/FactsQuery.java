package org.coalition.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.coalition.coalition.Coalition;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.MemberFact;
import org.coalition.health.CoalitionFacts.QuickWinFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.rhythm.Cadence;
import org.coalition.rhythm.SyncCadence;
import org.coalition.stakeholder.Stance;

/**
 * Reads what the health and reminder rules need about one coalition, with one query per area — never one
 * per stakeholder. Not a bean: the health service and the reminder job use it inside their own calls,
 * after their own access decisions.
 */
public final class FactsQuery {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final EntityManager em;

    public FactsQuery(EntityManager em) {
        this.em = em;
    }

    private static LocalDate day(Object instant) {
        return instant == null ? null : ((Instant) instant).atZone(ZONE).toLocalDate();
    }

    public CoalitionFacts read(long c) {
        Coalition coalition = em.find(Coalition.class, c);

        // Alignment and drift: stakeholders, their latest stance change, their latest difference.
        Map<Long, Object[]> lastChange = new HashMap<>();
        em.createQuery("""
                        SELECT h.stakeholder.id, h.from, h.changedAt FROM StanceChange h
                        WHERE h.stakeholder.coalition.id = :c AND h.from IS NOT NULL ORDER BY h.changedAt DESC, h.id DESC""",
                        Object[].class)
                .setParameter("c", c).getResultList().forEach(row -> lastChange.putIfAbsent((Long) row[0], row));
        Map<Long, LocalDate> lastDifference = new HashMap<>();
        em.createQuery("""
                        SELECT p.stakeholder.id, MAX(d.lastActivityAt) FROM DifferenceParty p JOIN p.difference d
                        WHERE d.coalition.id = :c AND p.stakeholder IS NOT NULL GROUP BY p.stakeholder.id""", Object[].class)
                .setParameter("c", c).getResultList().forEach(row -> lastDifference.put((Long) row[0], day(row[1])));
        List<StakeholderFact> stakeholders = em.createQuery("""
                        SELECT s.id, s.name, s.influence, s.stance, s.stanceSince, s.lastConversationOn
                        FROM Stakeholder s WHERE s.coalition.id = :c""", Object[].class)
                .setParameter("c", c).getResultList().stream()
                .map(row -> {
                    Object[] change = lastChange.get((Long) row[0]);
                    return new StakeholderFact((Long) row[0], (String) row[1], (Integer) row[2], (Stance) row[3],
                            (LocalDate) row[4], (LocalDate) row[5], change == null ? null : (Stance) change[1],
                            change == null ? null : day(change[2]), lastDifference.get((Long) row[0]));
                }).toList();

        // Trust: completed quick wins and who took part.
        Map<Long, QuickWinFact> wins = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT q.id, q.title, s.id FROM QuickWin q LEFT JOIN q.stakeholders s
                        WHERE q.coalition.id = :c AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED""", Object[].class)
                .setParameter("c", c).getResultList().forEach(row -> {
                    QuickWinFact win = wins.computeIfAbsent((Long) row[0], id -> new QuickWinFact(id, (String) row[1], new ArrayList<>()));
                    if (row[2] != null) {
                        win.stakeholderIds().add((Long) row[2]);
                    }
                });

        // Communication: cadence, syncs held, last update, each member's latest activity.
        Cadence cadence = em.createQuery("SELECT sc FROM SyncCadence sc WHERE sc.coalitionId = :c", SyncCadence.class)
                .setParameter("c", c).getResultStream().findFirst().map(SyncCadence::toCadence)
                .orElseGet(() -> SyncCadence.defaultFor(coalition.getCreatedAt()));
        List<LocalDate> syncs = em.createQuery("SELECT n.heldOn FROM SyncNote n WHERE n.coalitionId = :c ORDER BY n.heldOn", LocalDate.class)
                .setParameter("c", c).getResultList();
        LocalDate lastUpdate = day(em.createQuery("""
                        SELECT MAX(p.postedAt) FROM FeedPost p WHERE p.coalitionId = :c
                        AND p.kind = org.coalition.rhythm.FeedPost.Kind.UPDATE""", Instant.class)
                .setParameter("c", c).getSingleResult());
        Map<String, LocalDate> lastActivity = new HashMap<>();
        em.createQuery("SELECT a.actor, MAX(a.at) FROM AuditEntry a WHERE a.coalitionId = :c GROUP BY a.actor", Object[].class)
                .setParameter("c", c).getResultList().forEach(row -> lastActivity.put((String) row[0], day(row[1])));
        List<MemberFact> members = em.createQuery("""
                        SELECT p.id, p.displayName, p.username FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER""", Object[].class)
                .setParameter("c", c).getResultList().stream()
                .map(row -> new MemberFact((Long) row[0], (String) row[1], lastActivity.get((String) row[2]))).toList();

        // Differences: the open ones, and whether any was ever recorded.
        List<Object[]> differences = em.createQuery("""
                        SELECT d.id, d.topic, d.lastActivityAt, d.status FROM Difference d WHERE d.coalition.id = :c""", Object[].class)
                .setParameter("c", c).getResultList();
        List<DifferenceFact> open = differences.stream()
                .filter(row -> row[3] != org.coalition.difference.DifferenceStatus.RESOLVED)
                .map(row -> new DifferenceFact((Long) row[0], (String) row[1], day(row[2]))).toList();

        // Decisions awaited: proposed milestones and the approvers and veto holders they name.
        Map<Long, CoalitionFacts.DecisionFact> decisions = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT m.id, m.title, d.stakeholder.id FROM MilestoneDecider d JOIN d.milestone m
                        WHERE m.coalition.id = :c AND m.status = org.coalition.milestone.MilestoneStatus.PROPOSED
                        ORDER BY m.id""", Object[].class)
                .setParameter("c", c).getResultList().forEach(row -> decisions.computeIfAbsent((Long) row[0],
                        id -> new CoalitionFacts.DecisionFact(id, (String) row[1], new ArrayList<>())).deciderIds().add((Long) row[2]));

        return new CoalitionFacts(coalition.getPhase(), stakeholders, List.copyOf(wins.values()), cadence, syncs,
                syncs.isEmpty() ? null : syncs.get(syncs.size() - 1), lastUpdate, members, open, differences.size(),
                List.copyOf(decisions.values()));
    }
}
