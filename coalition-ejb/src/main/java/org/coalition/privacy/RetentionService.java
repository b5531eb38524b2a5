package org.coalition.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.shared.ChangeStamp;

/**
 * The retention job: once a day it redacts private notes about people that are older than the retention
 * period ({@link NoteRetention}). A one-on-one loses its questions, its notes and its motivations' words,
 * and keeps that it happened, when, who held it, and its motivations' categories and strengths (so the
 * motivation profiles and the health advisor's facts stay as they were). A stakeholder's private notes are
 * cleared once they have not been rewritten for the period.
 * <p>
 * Audited: a run that redacts something in a coalition writes one entry to that coalition's trail
 * ({@link AuditAction#NOTES_REDACTED}, with how many one-on-ones and stakeholders' notes, the period and the cut-off date), in the
 * same transaction as the redaction, by {@link #JOB} (the daily run) or the administrator who ran it.
 * <p>
 * Bounded: one coalition at a time (found a page of {@link #BATCH} at a time), each in its own transaction of
 * three bulk updates and the audit entry; no entity is loaded. Safe on a cluster: every server fires the timer,
 * and the updates only touch rows not yet redacted, so a second run (or a second server) finds nothing left to
 * do and writes no entry.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Roles.ADMIN)
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    static final int BATCH = 500;

    /** Who the audit trail names for the daily run, which has no caller (not a user name: those have no spaces). */
    public static final String JOB = "note retention job";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private SessionContext context;

    @Inject
    private PrivacySettings settings;

    /** What one run redacted. */
    public record Outcome(int conversations, int stakeholderNotes) {

        Outcome plus(Outcome other) {
            return new Outcome(conversations + other.conversations, stakeholderNotes + other.stakeholderNotes);
        }

        boolean nothing() {
            return conversations + stakeholderNotes == 0;
        }
    }

    /** The retention period in force, for pages that explain why older notes are gone. */
    @RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
    public NoteRetention retention() {
        return settings.retention();
    }

    /** The daily run ({@link org.coalition.health.ScheduledJobs}). */
    @PermitAll // the container's timer calls it, with no caller
    public Outcome redactScheduled() {
        return redact(LocalDate.now(), JOB);
    }

    /** Redacts what is past the retention period now (administrators; the daily job does the same). */
    public Outcome redactExpiredNotes() {
        return redact(LocalDate.now(), context.getCallerPrincipal().getName());
    }

    private Outcome redact(LocalDate today, String actor) {
        NoteRetention retention = settings.retention();
        LocalDate oldestKept = retention.oldestKept(today);
        Outcome total = new Outcome(0, 0);
        int coalitions = 0;
        for (long after = 0; ; ) {
            long from = after;
            List<Long> page = inTransaction(() -> coalitionsWithExpiredNotes(oldestKept, from));
            if (page.isEmpty()) {
                break;
            }
            for (long coalitionId : page) {
                Outcome done = inTransaction(() -> redactIn(coalitionId, retention, oldestKept, today, actor));
                total = total.plus(done);
                coalitions += done.nothing() ? 0 : 1;
            }
            after = page.get(page.size() - 1);
        }
        if (!total.nothing()) {
            ChangeStamp.changed(); // bulk updates bypass the entity callbacks
        }
        Outcome outcome = total;
        int touched = coalitions;
        LOG.info(() -> "Note retention (" + retention.days() + " days): redacted " + outcome.conversations()
                + " one-on-ones and the private notes of " + outcome.stakeholderNotes()
                + " stakeholders held or written before "
                + oldestKept + ", in " + touched + " coalitions");
        return outcome;
    }

    /** A page of the coalitions (by id, after {@code after}) with a one-on-one or private notes past the period. */
    private List<Long> coalitionsWithExpiredNotes(LocalDate oldestKept, long after) {
        return em.createQuery("""
                        SELECT DISTINCT s.coalition.id FROM Stakeholder s WHERE s.coalition.id > :after
                        AND ((s.notes IS NOT NULL AND s.notesWrittenOn < :kept)
                             OR EXISTS (SELECT c.id FROM Conversation c WHERE c.stakeholder = s AND c.heldOn < :kept AND c.redactedOn IS NULL))
                        ORDER BY s.coalition.id""", Long.class)
                .setParameter("after", after)
                .setParameter("kept", oldestKept)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Redacts one coalition's expired one-on-ones (their motivations' words first, while the one-on-ones are still
     * unredacted) and private notes, and audits what this server redacted.
     */
    private Outcome redactIn(
            long coalitionId, NoteRetention retention, LocalDate oldestKept, LocalDate today, String actor) {
        em.createQuery("""
                        UPDATE Motivation m SET m.description = :marker, m.version = m.version + 1
                        WHERE m.description <> :marker AND m.conversation.id IN (
                            SELECT c.id FROM Conversation c WHERE c.stakeholder.coalition.id = :coalition
                            AND c.heldOn < :kept AND c.redactedOn IS NULL)""")
                .setParameter("marker", Redaction.MARKER)
                .setParameter("coalition", coalitionId)
                .setParameter("kept", oldestKept)
                .executeUpdate();
        int conversations = em.createQuery("""
                        UPDATE Conversation c SET c.questions = NULL, c.notes = NULL, c.redactedOn = :today, c.version = c.version + 1
                        WHERE c.heldOn < :kept AND c.redactedOn IS NULL
                        AND c.stakeholder.id IN (SELECT s.id FROM Stakeholder s WHERE s.coalition.id = :coalition)""")
                .setParameter("today", today)
                .setParameter("kept", oldestKept)
                .setParameter("coalition", coalitionId)
                .executeUpdate();
        int notes = em.createQuery("""
                        UPDATE Stakeholder s SET s.notes = NULL, s.notesRedactedOn = :today, s.version = s.version + 1
                        WHERE s.coalition.id = :coalition AND s.notes IS NOT NULL AND s.notesWrittenOn < :kept""")
                .setParameter("today", today)
                .setParameter("kept", oldestKept)
                .setParameter("coalition", coalitionId)
                .executeUpdate();
        Outcome done = new Outcome(conversations, notes);
        if (!done.nothing()) {
            em.persist(new AuditEntry(
                    coalitionId,
                    Instant.now(),
                    actor,
                    AuditAction.NOTES_REDACTED,
                    "Coalition",
                    coalitionId,
                    "Notes past the retention period of " + retention.days() + " days (held or written before "
                            + oldestKept + ") redacted: " + conversations + " one-on-ones, the private notes of "
                            + notes + " stakeholders",
                    null,
                    "one-on-ones=" + conversations + ", stakeholder-notes=" + notes + ", retention-days="
                            + retention.days() + ", before=" + oldestKept));
        }
        return done;
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            T done = work.get();
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
