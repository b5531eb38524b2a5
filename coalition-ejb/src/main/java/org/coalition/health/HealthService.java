package org.coalition.health;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;

/**
 * The coalition health advisor: gathers the facts with one query per area (never one per stakeholder)
 * and lets the pure {@link HealthRules} find the pitfalls and score them. Thresholds are configuration.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class HealthService {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @Inject
    private HealthSettings settings;

    @Inject
    private org.coalition.platform.FactsCache cache;

    public HealthThresholds thresholds() {
        return settings.thresholds();
    }

    public HealthAssessment assess(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        CoalitionFacts facts = cache.get("health", coalitionId, () -> facts(coalitionId));
        return new HealthRules(thresholds()).assess(facts, LocalDate.now(ZONE));
    }

    /**
     * The daily snapshot: every coalition that is not closed gets today's health once. The timer is not
     * persistent, so each server of a cluster fires it; the unique (coalition, day) constraint and the
     * check before inserting make the second one record nothing.
     */
    @jakarta.ejb.Schedule(hour = "1", minute = "30", persistent = false, info = "daily health snapshots")
    @jakarta.annotation.security.PermitAll // the container calls it, with no caller
    void daily() {
        snapshotAll();
    }

    /** Takes today's snapshot of every open coalition that has none yet; returns how many were taken. */
    @RolesAllowed(Roles.ADMIN)
    public int takeSnapshots() {
        return snapshotAll();
    }

    private int snapshotAll() {
        LocalDate today = LocalDate.now(ZONE);
        java.util.Set<Long> done = new java.util.HashSet<>(em.createQuery(
                        "SELECT s.coalitionId FROM HealthSnapshot s WHERE s.takenOn = :d", Long.class)
                .setParameter("d", today).getResultList());
        HealthRules rules = new HealthRules(thresholds());
        int taken = 0;
        for (Long id : em.createQuery("SELECT c.id FROM Coalition c WHERE c.phase <> org.coalition.coalition.Phase.CLOSED", Long.class)
                .getResultList()) {
            if (done.add(id)) {
                em.persist(new HealthSnapshot(id, today, rules.assess(facts(id), today)));
                taken++;
            }
        }
        return taken;
    }

    /** The snapshots of the last {@code days} days, oldest first: the trend sponsors follow. */
    public List<HealthSnapshot> trend(long coalitionId, @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(366) int days) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("""
                        SELECT s FROM HealthSnapshot s WHERE s.coalitionId = :c AND s.takenOn >= :from ORDER BY s.takenOn""",
                        HealthSnapshot.class)
                .setParameter("c", coalitionId).setParameter("from", LocalDate.now(ZONE).minusDays(days)).getResultList();
    }

    CoalitionFacts facts(long coalitionId) {
        return new FactsQuery(em).read(coalitionId);
    }
}
