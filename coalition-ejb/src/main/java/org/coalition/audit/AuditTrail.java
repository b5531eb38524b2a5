package org.coalition.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.shared.Said;

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
    public void record(
            long coalitionId,
            AuditAction action,
            String subjectType,
            Long subjectId,
            String summary,
            String oldValue,
            String newValue) {
        em.persist(new AuditEntry(
                coalitionId,
                Instant.now(),
                access.username(),
                action,
                subjectType,
                subjectId,
                summary,
                oldValue,
                newValue));
    }

    /** Records what the caller just did, with a summary the system words (kept as key and values). */
    public void record(
            long coalitionId,
            AuditAction action,
            String subjectType,
            Long subjectId,
            Said summary,
            String oldValue,
            String newValue) {
        em.persist(new AuditEntry(
                coalitionId,
                Instant.now(),
                access.username(),
                action,
                subjectType,
                subjectId,
                summary,
                oldValue,
                newValue));
    }

    /**
     * Records that the caller read something private in a coalition, once per caller, subject and day: a
     * member who opens a stakeholder ten times a day leaves one entry, so the trail stays readable. One
     * query per view, and an insert on the first view of the day.
     */
    public void recordOncePerDay(
            long coalitionId, AuditAction action, String subjectType, long subjectId, String summary) {
        recordOncePerDay(coalitionId, action, subjectType, subjectId, Said.asSaid(summary));
    }

    /** As {@link #recordOncePerDay(long, AuditAction, String, long, String)}, with a summary the system words. */
    public void recordOncePerDay(
            long coalitionId, AuditAction action, String subjectType, long subjectId, Said summary) {
        String me = access.username();
        Instant startOfDay =
                LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant();
        boolean recorded = !em.createQuery("""
                        SELECT a.id FROM AuditEntry a WHERE a.subjectId = :s AND a.action = :a AND a.actor = :me
                        AND a.at >= :since AND a.subjectType = :t""", Long.class)
                .setParameter("s", subjectId)
                .setParameter("a", action.code())
                .setParameter("me", me)
                .setParameter("since", startOfDay)
                .setParameter("t", subjectType)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!recorded) {
            em.persist(
                    summary.key().equals(Said.AS_SAID)
                            ? new AuditEntry(
                                    coalitionId,
                                    Instant.now(),
                                    me,
                                    action,
                                    subjectType,
                                    subjectId,
                                    summary.english(),
                                    null,
                                    null)
                            : new AuditEntry(
                                    coalitionId,
                                    Instant.now(),
                                    me,
                                    action,
                                    subjectType,
                                    subjectId,
                                    summary,
                                    null,
                                    null));
        }
    }

    /** Records what an administrator did that concerns no single coalition (exporting or erasing a person's data). */
    @RolesAllowed(Roles.ADMIN)
    public void recordOutsideCoalitions(AuditAction action, String subjectType, Long subjectId, String summary) {
        em.persist(new AuditEntry(
                null, Instant.now(), access.username(), action, subjectType, subjectId, summary, null, null));
    }

    /** As {@link #recordOutsideCoalitions(AuditAction, String, Long, String)}, with a summary the system words. */
    @RolesAllowed(Roles.ADMIN)
    public void recordOutsideCoalitions(AuditAction action, String subjectType, Long subjectId, Said summary) {
        em.persist(new AuditEntry(
                null, Instant.now(), access.username(), action, subjectType, subjectId, summary, null, null));
    }

    /** The entries that concern no single coalition, latest first: administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> listOutsideCoalitions(@Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.coalitionId IS NULL ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long countOutsideCoalitions() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.coalitionId IS NULL", Long.class)
                .getSingleResult();
    }

    /** The latest entries first. */
    public List<AuditEntry> list(long coalitionId, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.coalitionId = :c ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW_AUDIT);
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.coalitionId = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }
}
