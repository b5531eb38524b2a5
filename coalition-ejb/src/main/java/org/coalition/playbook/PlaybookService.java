package org.coalition.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.coalition.Phase;
import org.coalition.health.Finding;
import org.coalition.health.HealthService;
import org.coalition.health.HealthThresholds;
import org.coalition.platform.FactsCache;

/**
 * The guided playbook: where a coalition stands in the method and its next best step (the health advisor's
 * correction first). The checklist's facts come from a fixed set of aggregate queries ({@link
 * PlaybookFactsQuery}, never one per stakeholder), kept per coalition and day; the rules are plain Java ({@link
 * PlaybookRules}). Starting a coalition is {@link LaunchService}'s, ending one {@link ClosingService}'s.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class PlaybookService {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    private FactsCache cache;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private HealthService health;

    /** The playbook panel: every phase's checklist and the next best step (the health advisor's correction first). */
    public Playbook playbook(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        LocalDate today = LocalDate.now(ZONE);
        HealthThresholds thresholds = health.thresholds();
        PlaybookFacts facts = cache.get(
                "playbook:" + today,
                coalitionId,
                () -> new PlaybookFactsQuery(em).read(coalitionId, thresholds, today));
        List<Finding> findings = facts.phase() == Phase.CLOSED
                ? List.of()
                : health.assess(coalitionId).findings();
        return new PlaybookRules(thresholds).assess(facts, findings, today);
    }
}
