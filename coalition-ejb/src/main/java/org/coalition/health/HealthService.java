package org.coalition.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.platform.FactsCache;

/**
 * The coalition health advisor: counts the facts in the database ({@link FactsQuery#health}, a few statements
 * whatever the coalition's size) and lets the pure {@link HealthRules} find the pitfalls and score them.
 * Thresholds are configuration.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class HealthService {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @Inject
    private HealthSettings settings;

    @Inject
    private FactsCache cache;

    @Resource
    private SessionContext context;

    public HealthThresholds thresholds() {
        return settings.thresholds();
    }

    public HealthAssessment assess(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        LocalDate today = LocalDate.now(ZONE);
        // counts of the day (the rules compare dates with today), with the first records behind each finding
        HealthFacts facts = cache.get("health:" + today, coalitionId, () -> facts(coalitionId, today, true));
        return new HealthRules(thresholds()).assess(facts, today);
    }

    /**
     * The daily snapshot (run by {@link ScheduledJobs}): every coalition that is not closed gets today's
     * health once. The timer is not persistent, so each server of a cluster fires it at the same moment;
     * each snapshot is inserted in its own transaction and the unique (coalition, day) constraint decides,
     * so the server that loses the race for a coalition records nothing for it and goes on with the next.
     */
    @PermitAll // the container's timer calls it, with no caller
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int takeScheduledSnapshots() {
        return snapshotAll();
    }

    /** Takes today's snapshot of every open coalition that has none yet; returns how many were taken. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int takeSnapshots() {
        return snapshotAll();
    }

    private int snapshotAll() {
        LocalDate today = LocalDate.now(ZONE);
        Set<Long> done = new HashSet<>(
                em.createQuery("SELECT s.coalitionId FROM HealthSnapshot s WHERE s.takenOn = :d", Long.class)
                        .setParameter("d", today)
                        .getResultList());
        HealthService self = context.getBusinessObject(HealthService.class);
        int taken = 0;
        for (Long id : em.createQuery(
                        "SELECT c.id FROM Coalition c WHERE c.phase <> org.coalition.coalition.Phase.CLOSED",
                        Long.class)
                .getResultList()) {
            if (done.add(id) && self.snapshot(id, today)) {
                taken++;
            }
        }
        return taken;
    }

    /**
     * Records one coalition's snapshot of the day in its own transaction; false when another server
     * recorded it first (the unique constraint refused this one, which is rolled back quietly).
     */
    @PermitAll // only reachable through the two methods above
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean snapshot(long coalitionId, LocalDate day) {
        try {
            em.persist(new HealthSnapshot(
                    coalitionId, day, new HealthRules(thresholds()).assess(facts(coalitionId, day, false), day)));
            em.flush(); // the unique (coalition, day) key decides here, not at commit
            return true;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            LOG.log(Level.FINE, "Coalition {0} already has the snapshot of {1}", new Object[] {coalitionId, day});
            return false;
        }
    }

    /** The snapshots of the last {@code days} days, oldest first: the trend sponsors follow. */
    public List<HealthSnapshot> trend(long coalitionId, @Min(1) @Max(366) int days) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("""
                        SELECT s FROM HealthSnapshot s WHERE s.coalitionId = :c AND s.takenOn >= :from ORDER BY s.takenOn""", HealthSnapshot.class)
                .setParameter("c", coalitionId)
                .setParameter("from", LocalDate.now(ZONE).minusDays(days))
                .getResultList();
    }

    HealthFacts facts(long coalitionId, LocalDate day, boolean evidence) {
        return new FactsQuery(em)
                .health(List.of(coalitionId), day, thresholds(), evidence)
                .get(coalitionId);
    }
}
