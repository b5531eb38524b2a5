package org.coalition.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import org.coalition.access.Roles;
import org.coalition.shared.ChangeStamp;

/**
 * The retention job: once a day it redacts private notes about people that are older than the retention
 * period ({@link NoteRetention}). A one-on-one loses its questions, its notes and its motivations' words,
 * and keeps that it happened, when, who held it, and its motivations' categories and strengths (so the
 * motivation profiles and the health advisor's facts stay as they were). A stakeholder's private notes are
 * cleared once they have not been rewritten for the period.
 * <p>
 * Bounded: a batch of {@link #BATCH} ids at a time, each batch two bulk updates in its own transaction; no
 * entity is loaded. Safe on a cluster: every server fires the timer, and the updates only touch rows not yet
 * redacted, so a second run (or a second server) finds nothing left to do.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Roles.ADMIN)
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private PrivacySettings settings;

    /** What one run redacted. */
    public record Outcome(int conversations, int stakeholderNotes) {
    }

    /** The retention period in force, for pages that explain why older notes are gone. */
    @RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
    public NoteRetention retention() {
        return settings.retention();
    }

    /** The daily run ({@link org.coalition.health.ScheduledJobs}). */
    @PermitAll // the container's timer calls it, with no caller
    public Outcome redactScheduled() {
        return redact(LocalDate.now());
    }

    /** Redacts what is past the retention period now (administrators; the daily job does the same). */
    public Outcome redactExpiredNotes() {
        return redact(LocalDate.now());
    }

    private Outcome redact(LocalDate today) {
        LocalDate oldestKept = settings.retention().oldestKept(today);
        int conversations = 0;
        int notes = 0;
        for (int done = BATCH; done > 0; conversations += done) {
            done = inTransaction(() -> redactConversations(oldestKept, today));
        }
        for (int done = BATCH; done > 0; notes += done) {
            done = inTransaction(() -> redactStakeholderNotes(oldestKept, today));
        }
        if (conversations + notes > 0) {
            ChangeStamp.changed(); // bulk updates bypass the entity callbacks
        }
        Outcome outcome = new Outcome(conversations, notes);
        LOG.info(() -> "Note retention (" + settings.retention().days() + " days): redacted " + outcome.conversations()
                + " one-on-ones and the private notes of " + outcome.stakeholderNotes() + " stakeholders held or written before " + oldestKept);
        return outcome;
    }

    /** One batch: returns how many this server redacted (0 when none are left). */
    private int redactConversations(LocalDate oldestKept, LocalDate today) {
        List<Long> ids = em.createQuery("""
                        SELECT c.id FROM Conversation c WHERE c.heldOn < :kept AND c.redactedOn IS NULL ORDER BY c.id""", Long.class)
                .setParameter("kept", oldestKept).setMaxResults(BATCH).getResultList();
        return ids.isEmpty() ? 0 : redactConversations(em, ids, today);
    }

    /** Clears the texts of these conversations and of their motivations; returns how many conversations changed. */
    static int redactConversations(EntityManager em, List<Long> ids, LocalDate today) {
        em.createQuery("""
                        UPDATE Motivation m SET m.description = :marker, m.version = m.version + 1
                        WHERE m.conversation.id IN :ids AND m.description <> :marker""")
                .setParameter("marker", Redaction.MARKER).setParameter("ids", ids).executeUpdate();
        return em.createQuery("""
                        UPDATE Conversation c SET c.questions = NULL, c.notes = NULL, c.redactedOn = :today, c.version = c.version + 1
                        WHERE c.id IN :ids AND c.redactedOn IS NULL""")
                .setParameter("today", today).setParameter("ids", ids).executeUpdate();
    }

    private int redactStakeholderNotes(LocalDate oldestKept, LocalDate today) {
        List<Long> ids = em.createQuery("""
                        SELECT s.id FROM Stakeholder s WHERE s.notes IS NOT NULL AND s.notesWrittenOn < :kept ORDER BY s.id""", Long.class)
                .setParameter("kept", oldestKept).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        UPDATE Stakeholder s SET s.notes = NULL, s.notesRedactedOn = :today, s.version = s.version + 1
                        WHERE s.id IN :ids AND s.notes IS NOT NULL""")
                .setParameter("today", today).setParameter("ids", ids).executeUpdate();
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        try {
            transaction.begin();
            int done = work.getAsInt();
            transaction.commit();
            em.clear();
            return done;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Note retention stopped: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back a retention batch", e);
        }
    }
}
