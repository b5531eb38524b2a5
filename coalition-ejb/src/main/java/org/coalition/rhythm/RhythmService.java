package org.coalition.rhythm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.FactsCache;
import org.coalition.platform.NotFoundException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The coalition's communication rhythm: the cadence of its syncs, the notes of the syncs held, and
 * the calendar feed members subscribe to. A coalition that has not set a cadence follows
 * {@link SyncCadence#defaultFor the default}; its row is stored on the first change or the first
 * request for its feed token.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class RhythmService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    @Inject
    private FactsCache cache;

    /** Makes the calendar event's UID globally unique; the host name the application is reached at. */
    @Inject
    @ConfigProperty(name = "coalition.calendar.host", defaultValue = "coalition.localhost")
    String calendarHost;

    public CadenceSetting cadence(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return stored(coalitionId)
                .map(s -> new CadenceSetting(s.toCadence(), s.getVersion()))
                .orElseGet(() -> new CadenceSetting(defaultCadence(coalitionId), null));
    }

    /**
     * Sets the coalition's sync cadence.
     *
     * @param loadedVersion the version the editor saw ({@link CadenceSetting#version()}, {@code null} for the
     *                      default): if someone else saved a cadence meanwhile, this change is refused
     */
    public CadenceSetting setCadence(
            long coalitionId,
            Long loadedVersion,
            @NotNull(message = "{RhythmService.fillCadenceFirst}") @Valid CadenceDraft draft) {
        access.require(coalitionId, CoalitionAction.MANAGE_RHYTHM);
        Cadence cadence = draft.toCadence();
        Optional<SyncCadence> existing = stored(coalitionId);
        if (existing.isPresent()
                ? !Long.valueOf(existing.get().getVersion()).equals(loadedVersion)
                : loadedVersion != null) {
            throw new ConcurrentEditException(Refusal.Subject.CADENCE);
        }
        String before = existing.map(s -> s.toCadence().summary())
                .orElse(defaultCadence(coalitionId).summary() + " (default)");
        String who = people.current().getDisplayName();
        SyncCadence saved = existing.orElse(null);
        if (saved == null) {
            saved = new SyncCadence(coalitionId, cadence, newFeedToken(), who, Instant.now());
            em.persist(saved);
        } else {
            saved.apply(cadence, who, Instant.now());
        }
        flush();
        audit.record(
                coalitionId,
                AuditAction.CADENCE_SET,
                "SyncCadence",
                saved.getId(),
                Said.of("said.audit.cadenceSet"),
                before,
                cadence.summary());
        return new CadenceSetting(saved.toCadence(), saved.getVersion());
    }

    /** The next {@code count} syncs that have not ended yet, the first possibly under way. */
    public List<SyncOccurrence> nextSyncs(long coalitionId, @Min(1) @Max(52) int count) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return effectiveCadence(coalitionId).upcoming(Instant.now(), count);
    }

    public SyncOccurrence nextSync(long coalitionId) {
        return nextSyncs(coalitionId, 1).get(0);
    }

    /** The coalition's sync series as iCalendar text, for a download. */
    public String calendar(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return write(em.find(Coalition.class, coalitionId), effectiveCadence(coalitionId));
    }

    /**
     * The token of the coalition's calendar feed, created on first request. Only those who may manage
     * the rhythm see it: it is a credential that works without signing in.
     */
    public String feedToken(long coalitionId) {
        access.require(coalitionId, CoalitionAction.MANAGE_RHYTHM);
        Optional<SyncCadence> existing = stored(coalitionId);
        if (existing.isPresent()) {
            return existing.get().getFeedToken();
        }
        SyncCadence created = new SyncCadence(
                coalitionId,
                defaultCadence(coalitionId),
                newFeedToken(),
                people.current().getDisplayName(),
                Instant.now());
        em.persist(created);
        flush();
        audit.record(
                coalitionId,
                AuditAction.CALENDAR_FEED_CREATED,
                "SyncCadence",
                created.getId(),
                Said.of("said.audit.feedCreated"),
                null,
                null);
        return created.getFeedToken();
    }

    /** Replaces the feed token, e.g. after it leaked: subscriptions with the old one stop working. */
    public String regenerateFeedToken(long coalitionId) {
        feedToken(coalitionId); // checks MANAGE_RHYTHM and creates the row if need be
        SyncCadence cadence = stored(coalitionId).orElseThrow();
        String token = newFeedToken();
        cadence.replaceFeedToken(token, people.current().getDisplayName(), Instant.now());
        flush();
        // Never the tokens themselves: the audit trail is not a place for credentials
        audit.record(
                coalitionId,
                AuditAction.CALENDAR_FEED_REGENERATED,
                "SyncCadence",
                cadence.getId(),
                Said.of("said.audit.feedRegenerated"),
                null,
                null);
        return token;
    }

    /**
     * The sync series of the coalition whose feed token this is, empty for an unknown token.
     * <p>
     * {@code @PermitAll} and without {@link AccessGuard}: calendar apps fetch the feed on their own and
     * cannot sign in through OpenID Connect. The unguessable token is the credential, and it reveals
     * only the sync series (name, objective, times), never notes, people or anything else.
     */
    @PermitAll
    public Optional<String> calendarByToken(String token) {
        if (token == null || !token.matches(SyncCadence.FEED_TOKEN_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM SyncCadence s WHERE s.feedToken = :t", SyncCadence.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst()
                .map(s -> write(em.find(Coalition.class, s.getCoalitionId()), s.toCadence()));
    }

    public SyncNote recordSync(
            long coalitionId, @NotNull(message = "{RhythmService.fillSyncNoteFirst}") @Valid SyncNoteDraft draft) {
        access.require(coalitionId, CoalitionAction.MANAGE_RHYTHM);
        SyncNote note = new SyncNote(coalitionId, draft, people.current().getDisplayName(), Instant.now());
        em.persist(note);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.SYNC_RECORDED,
                "SyncNote",
                note.getId(),
                Said.of("said.audit.syncRecorded", String.valueOf(note.getHeldOn())),
                null,
                note.getAttendees());
        return note;
    }

    /** The sync notes, latest sync first. */
    public List<SyncNote> syncNotes(long coalitionId, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT n FROM SyncNote n WHERE n.coalitionId = :c ORDER BY n.heldOn DESC, n.id DESC",
                        SyncNote.class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long countSyncNotes(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT COUNT(n) FROM SyncNote n WHERE n.coalitionId = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    private String write(Coalition coalition, Cadence cadence) {
        return new SyncCalendar(calendarHost)
                .write(coalition.getId(), coalition.getName(), coalition.getObjective(), cadence, Instant.now());
    }

    private Optional<SyncCadence> stored(long coalitionId) {
        return em.createQuery("SELECT s FROM SyncCadence s WHERE s.coalitionId = :c", SyncCadence.class)
                .setParameter("c", coalitionId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The stored cadence, else the default from the coalition's creation: one statement either way, kept until the
     * next change ({@link FactsCache}); when it next meets is worked out from it on each call.
     */
    private Cadence effectiveCadence(long coalitionId) {
        return cache.get("cadence", coalitionId, () -> readCadence(coalitionId));
    }

    private Cadence readCadence(long coalitionId) {
        Object[] row = em.createQuery(
                        "SELECT c.createdAt, s FROM Coalition c LEFT JOIN SyncCadence s ON s.coalitionId = c.id"
                                + " WHERE c.id = :c",
                        Object[].class)
                .setParameter("c", coalitionId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_COALITION, coalitionId));
        return row[1] instanceof SyncCadence stored ? stored.toCadence() : SyncCadence.defaultFor((Instant) row[0]);
    }

    private Cadence defaultCadence(long coalitionId) {
        Coalition coalition = em.find(Coalition.class, coalitionId);
        if (coalition == null) {
            throw new NotFoundException(Refusal.NO_COALITION, coalitionId);
        }
        return SyncCadence.defaultFor(coalition.getCreatedAt());
    }

    /** 24 random bytes, url-safe Base64 without padding: 32 characters, 192 bits. */
    private static String newFeedToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.CADENCE);
        } catch (PersistenceException e) {
            // Two first-time saves at once: the unique coalition id lets only one of them in
            if (isUniqueViolation(e)) {
                throw new ConcurrentEditException(Refusal.Subject.CADENCE);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
