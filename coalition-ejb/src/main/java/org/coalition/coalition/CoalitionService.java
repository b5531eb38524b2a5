package org.coalition.coalition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.ConfirmationRequiredException;
import org.coalition.platform.NamePattern;
import org.coalition.platform.PagedQueries;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.trust.ParticipantChoice;

/** Proposing coalitions, listing them for their people, and showing one to those allowed to see it. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class CoalitionService {

    private static final String LISTING = "NEW org.coalition.coalition.CoalitionListing("
            + "c.id, c.name, c.objective, c.targetDate, c.phase, c.leadDepartment, m.role)";

    /** Closing goes through {@code ClosingService.close}, which keeps the retrospective first. */
    public static final String CLOSING_NEEDS_RETROSPECTIVE = Refusal.CLOSING_NEEDS_RETROSPECTIVE.english();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /** Any employee may propose a coalition; the proposer becomes its first member. */
    public Coalition propose(@NotNull(message = "{CoalitionService.fillCoalitionFirst}") @Valid CoalitionDraft draft) {
        Person proposer = people.current();
        Instant now = Instant.now();
        Coalition coalition = new Coalition(draft, proposer.getUsername(), proposer.getDepartment(), now);
        em.persist(coalition);
        em.persist(new Membership(coalition, proposer, CoalitionRole.MEMBER, proposer.getUsername(), now));
        em.flush();
        audit.record(
                coalition.getId(),
                AuditAction.COALITION_PROPOSED,
                "Coalition",
                coalition.getId(),
                coalition.getName(),
                null,
                coalition.getObjective());
        return coalition;
    }

    /** The caller's coalitions with their role in each; an administrator sees every coalition. */
    public List<CoalitionListing> listMine(@Min(0) int first, @Min(1) @Max(500) int pageSize) {
        var query = access.isAdmin()
                ? PagedQueries.page(
                                em,
                                "SELECT " + LISTING + " FROM Coalition c LEFT JOIN Membership m"
                                        + " ON m.coalition = c AND m.person = :person ORDER BY c.name, c.id",
                                CoalitionListing.class,
                                first,
                                pageSize)
                        .setParameter("person", people.current())
                : PagedQueries.page(
                                em,
                                "SELECT " + LISTING + " FROM Membership m JOIN m.coalition c"
                                        + " WHERE m.person.username = :username ORDER BY c.name, c.id",
                                CoalitionListing.class,
                                first,
                                pageSize)
                        .setParameter("username", access.username());
        return query.getResultList();
    }

    public long countMine() {
        var query = access.isAdmin()
                ? em.createQuery("SELECT COUNT(c) FROM Coalition c", Long.class)
                : em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.person.username = :username", Long.class)
                        .setParameter("username", access.username());
        return query.getSingleResult();
    }

    /**
     * What the caller may do in the coalition, refused exactly as {@link #open} would refuse it: one statement
     * (the access checks of a page rendered in the same request reuse its answer). A page served again from a
     * session's rendered copy asks this first, so a revoked role is refused from the very next request.
     */
    public AccessGuard.Grant grant(long coalitionId) {
        return access.requireGrant(coalitionId, CoalitionAction.VIEW);
    }

    /** No more names are suggested than this, whatever is typed. */
    public static final int MAX_SUGGESTIONS = 10;

    /**
     * The coalition's sponsors and members (observers take on no work) whose name contains the text, by name, at
     * most {@value #MAX_SUGGESTIONS}: for the pickers that choose who does something (a task's assignee, a promise's
     * member). A coalition has hundreds of members, too many for a list. Anyone who may view it may ask.
     */
    public List<ParticipantChoice> suggestWorkers(long coalitionId, String text) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return workersNamed(em, coalitionId, text);
    }

    /** The query behind {@link #suggestWorkers}, for services that check a stricter action first. */
    public static List<ParticipantChoice> workersNamed(EntityManager em, long coalitionId, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT p.username, p.displayName FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        AND LOWER(p.displayName) LIKE :name ESCAPE '\\' ORDER BY p.displayName, p.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("name", NamePattern.containing(text))
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultStream()
                .map(row -> ParticipantChoice.member((String) row[0], (String) row[1]))
                .toList();
    }

    /**
     * One coalition and what the caller may do in it, without its people: for the pages that list no members. Those
     * keep the answer in their view for the page's lifetime, and a session keeps many views; with the member list
     * inside, every session held a copy of thousands of members per page it had open (the scale check's 512 MB heap
     * ran out at 10x the bench data).
     */
    public CoalitionOverview heading(long coalitionId) {
        AccessGuard.Grant grant = access.requireGrant(coalitionId, CoalitionAction.VIEW);
        return new CoalitionOverview(
                em.find(Coalition.class, coalitionId), grant.role().orElse(null), grant.allowed(), List.of());
    }

    /** One coalition with its people, as the caller may see it. */
    public CoalitionOverview open(long coalitionId) {
        AccessGuard.Grant grant = access.requireGrant(coalitionId, CoalitionAction.VIEW);
        Coalition coalition = em.find(Coalition.class, coalitionId);
        List<MemberListing> members = em.createQuery("""
                        SELECT NEW org.coalition.coalition.MemberListing(p.id, p.username, p.displayName, p.department, m.role)
                        FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :coalition
                        ORDER BY m.role, p.displayName""", MemberListing.class)
                .setParameter("coalition", coalitionId)
                .getResultList();
        return new CoalitionOverview(coalition, grant.role().orElse(null), grant.allowed(), members);
    }

    /**
     * Moves the coalition to another phase, one step at a time. Starting the main initiative without a
     * completed quick win needs the lead's explicit confirmation, which is recorded.
     *
     * @throws ConfirmationRequiredException with the warning, when it has not been confirmed yet
     */
    public Coalition changePhase(long coalitionId, long loadedVersion, @NotNull Phase to, boolean confirmed) {
        access.require(coalitionId, to == Phase.CLOSED ? CoalitionAction.ARCHIVE : CoalitionAction.CHANGE_PHASE);
        Coalition coalition = em.find(Coalition.class, coalitionId);
        if (coalition.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.COALITION);
        }
        int completedQuickWins = em.createQuery("""
                        SELECT COUNT(q) FROM QuickWin q WHERE q.coalition.id = :c
                        AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED""", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult()
                .intValue();
        Phase from = coalition.getPhase();
        PhaseDecision decision = PhaseTransition.decide(from, to, completedQuickWins, confirmed);
        if (decision instanceof PhaseDecision.Refused refused) {
            throw new RuleViolationException(
                    refused.refusal(), refused.arguments().toArray());
        }
        if (decision instanceof PhaseDecision.NeedsConfirmation needs) {
            throw new ConfirmationRequiredException(Refusal.NO_QUICK_WIN_WARNING);
        }
        PhaseDecision.Allowed allowed = (PhaseDecision.Allowed) decision;
        if (to == Phase.CLOSED
                && em.createQuery("SELECT COUNT(r) FROM Retrospective r WHERE r.coalitionId = :c", Long.class)
                                .setParameter("c", coalitionId)
                                .getSingleResult()
                        == 0) {
            throw new RuleViolationException(Refusal.CLOSING_NEEDS_RETROSPECTIVE);
        }
        coalition.moveTo(allowed, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.COALITION);
        }
        audit.record(
                coalitionId,
                allowed.warningAcknowledged() ? AuditAction.PHASE_CHANGED_DESPITE_WARNING : AuditAction.PHASE_CHANGED,
                "Coalition",
                coalitionId,
                !allowed.warningAcknowledged()
                        ? Said.of("said.audit.phaseChanged")
                        : PhaseTransition.NO_QUICK_WIN_WARNING.equals(allowed.acknowledgedWarning())
                                ? Said.of("said.audit.noQuickWinConfirmed")
                                : Said.of("said.audit.warningConfirmed", allowed.acknowledgedWarning()),
                from.name(),
                to.name());
        return coalition;
    }

    /**
     * Changes the name, objective or target date.
     *
     * @param loadedVersion the version the editor started from: a newer one means someone else saved first
     */
    public Coalition update(
            long coalitionId,
            long loadedVersion,
            @NotNull(message = "{CoalitionService.fillCoalitionFirst}") @Valid CoalitionDraft draft) {
        access.require(coalitionId, CoalitionAction.EDIT_COALITION);
        Coalition coalition = em.find(Coalition.class, coalitionId);
        if (coalition.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.COALITION);
        }
        String before = coalition.getName() + " | " + coalition.getObjective() + " | " + coalition.getTargetDate();
        coalition.apply(draft);
        audit.record(
                coalitionId,
                AuditAction.COALITION_UPDATED,
                "Coalition",
                coalitionId,
                coalition.getName(),
                before,
                coalition.getName() + " | " + coalition.getObjective() + " | " + coalition.getTargetDate());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.COALITION);
        }
        return coalition;
    }
}
