package org.coalition.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;

/**
 * The record of every creation, change and decision in a coalition. Services write to it inside their
 * own transaction (so a rolled-back change leaves no entry); sponsors and admins read it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    /** Records what the caller just did. Called by services only, after their own access check. */
    public void record(long coalitionId, String action, String subjectType, Long subjectId, String summary,
                       String oldValue, String newValue) {
        em.persist(new AuditEntry(coalitionId, Instant.now(), access.username(), action, subjectType, subjectId,
                summary, oldValue, newValue));
    }

    /** The latest entries first. */
    public List<AuditEntry> list(long coalitionId, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.coalitionId = :c ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setParameter("c", coalitionId).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.coalitionId = :c", Long.class)
                .setParameter("c", coalitionId).getSingleResult();
    }
}
