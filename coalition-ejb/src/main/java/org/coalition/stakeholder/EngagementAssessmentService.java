package org.coalition.stakeholder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.shared.Refusal;

/**
 * Current vs desired engagement (Stakeholder Circle, PMBOK's engagement assessment matrix): sponsors and members rate
 * each stakeholder's engagement now and as the change needs it ({@link CoalitionAction#ASSESS_ENGAGEMENT}), every change
 * kept in the history; everyone who may view the coalition reads the matrix, the ranked gaps and the history
 * ({@link CoalitionAction#VIEW}). Both levels live on the stakeholder row, so the stakeholder page shows them without a
 * statement of its own. Every list is paged in the database — the gaps ordered there by {@link EngagementGap}'s rule —
 * and costs the same statements whatever the coalition's size.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class EngagementAssessmentService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** The audit action of an assessment. */
    private static final String MATRIX_ROW =
            "NEW org.coalition.stakeholder.EngagementRow(s.id, s.version, s.name, s.department,"
                    + " s.influence, s.engagementCurrent, s.engagementDesired)";

    private static final String HISTORY_ROW =
            "NEW org.coalition.stakeholder.EngagementChangeRow(h.id, s.id, s.name, h.fromCurrent,"
                    + " h.toCurrent, h.fromDesired, h.toDesired, h.changedAt, h.changedBy)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /**
     * Sets a stakeholder's current and desired engagement (either may be null: not assessed) as loaded at
     * {@code loadedVersion}; a change goes into the history, the same levels again change nothing.
     */
    public Stakeholder assess(long stakeholderId, long loadedVersion, Engagement current, Engagement desired) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.ASSESS_ENGAGEMENT);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        if (stakeholder == null) {
            throw new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId);
        }
        if (stakeholder.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.STAKEHOLDER);
        }
        Engagement wasCurrent = stakeholder.getEngagementCurrent();
        Engagement wasDesired = stakeholder.getEngagementDesired();
        if (!stakeholder.assessEngagement(current, desired)) {
            return stakeholder;
        }
        em.persist(new EngagementChange(
                stakeholder,
                wasCurrent,
                wasDesired,
                current,
                desired,
                Instant.now(),
                people.current().getDisplayName()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.STAKEHOLDER);
        }
        audit.record(
                coalitionId,
                AuditAction.ENGAGEMENT_ASSESSED,
                "Stakeholder",
                stakeholderId,
                stakeholder.getName(),
                wasCurrent + " / " + wasDesired,
                current + " / " + desired);
        return stakeholder;
    }

    /** A page of the matrix: every stakeholder with their C and D, the most influential first, then by name. */
    public List<EngagementRow> matrix(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT " + MATRIX_ROW + " FROM Stakeholder s WHERE s.coalition.id = :c"
                                + " ORDER BY s.influence DESC, s.name, s.id",
                        EngagementRow.class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    /** How many rows {@link #matrix} pages through: the coalition's stakeholders. */
    public long countMatrix(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /**
     * A page of the ranked gaps: stakeholders who need to be more engaged than they are, the gap weighed by influence
     * first ({@link EngagementGap#RANKING}, applied by the database).
     */
    public List<EngagementGap> gaps(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em
                .createQuery(
                        "SELECT s.id, s.name, s.influence, s.engagementCurrent, s.engagementDesired, "
                                + EngagementGap.COLUMNS_JPQL + " FROM Stakeholder s WHERE s.coalition.id = :c AND "
                                + EngagementGap.RANKED_JPQL
                                + " ORDER BY " + EngagementGap.ORDER_JPQL,
                        Object[].class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> EngagementGap.of(
                        (Long) r[0], (String) r[1], (Integer) r[2], (Engagement) r[3], (Engagement) r[4]))
                .toList();
    }

    /** How many gaps {@link #gaps} pages through. */
    public long countGaps(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT COUNT(s) FROM Stakeholder s WHERE s.coalition.id = :c AND " + EngagementGap.RANKED_JPQL,
                        Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /** A page of the engagement history, newest first: the coalition's, or one stakeholder's when {@code stakeholderId} is given. */
    public List<EngagementChangeRow> history(
            long coalitionId, Long stakeholderId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        var query = em.createQuery(
                        "SELECT " + HISTORY_ROW
                                + " FROM EngagementChange h JOIN h.stakeholder s WHERE s.coalition.id = :c"
                                + (stakeholderId == null ? "" : " AND s.id = :s")
                                + " ORDER BY h.changedAt DESC, h.id DESC",
                        EngagementChangeRow.class)
                .setParameter("c", coalitionId);
        if (stakeholderId != null) {
            query.setParameter("s", stakeholderId);
        }
        return query.setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    /** How many changes {@link #history} pages through. */
    public long countHistory(long coalitionId, Long stakeholderId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        var query = em.createQuery(
                        "SELECT COUNT(h) FROM EngagementChange h JOIN h.stakeholder s WHERE s.coalition.id = :c"
                                + (stakeholderId == null ? "" : " AND s.id = :s"),
                        Long.class)
                .setParameter("c", coalitionId);
        if (stakeholderId != null) {
            query.setParameter("s", stakeholderId);
        }
        return query.getSingleResult();
    }

    /** A stakeholder's row of the matrix and their newest changes. */
    public record StakeholderEngagement(EngagementRow row, List<EngagementChangeRow> history) implements Serializable {}

    /** A stakeholder's current and desired engagement and their newest {@code historyShown} changes (for the API). */
    public StakeholderEngagement ofStakeholder(long stakeholderId, @Min(0) int historyShown) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.VIEW);
        EngagementRow row = em.createQuery(
                        "SELECT " + MATRIX_ROW + " FROM Stakeholder s WHERE s.id = :id", EngagementRow.class)
                .setParameter("id", stakeholderId)
                .getSingleResult();
        return new StakeholderEngagement(
                row, historyShown == 0 ? List.of() : history(coalitionId, stakeholderId, 0, historyShown));
    }
}
