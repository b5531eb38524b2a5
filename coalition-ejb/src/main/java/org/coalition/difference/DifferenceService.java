package org.coalition.difference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NamePattern;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;

/**
 * The differences register: disagreements named, worked through and settled in the open. Sponsors and
 * members record and resolve them; observers read them, positions included, because how the
 * coalition handles disagreement is part of its progress. Every change checks the version the caller
 * saw and leaves an entry in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class DifferenceService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /** Names a difference, with the sides already known. */
    public Difference open(long coalitionId, @NotNull @Valid DifferenceDraft draft) {
        access.require(coalitionId, CoalitionAction.MANAGE_DIFFERENCES);
        Instant now = Instant.now();
        Difference difference = new Difference(
                em.find(Coalition.class, coalitionId),
                draft.getTopic(),
                draft.getDescription(),
                people.current().getDisplayName(),
                now);
        for (PartyDraft party : draft.getParties()) {
            add(difference, coalitionId, party, now);
        }
        em.persist(difference);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_OPENED,
                "Difference",
                difference.getId(),
                difference.getTopic(),
                null,
                difference.getStatus().name());
        return difference;
    }

    /** Records one more side: a stakeholder's or member's position and the interest beneath it. */
    public DifferenceParty addParty(long differenceId, long loadedVersion, @NotNull @Valid PartyDraft party) {
        Difference difference = find(differenceId);
        long coalitionId = requireChange(difference, loadedVersion);
        DifferenceParty added = add(difference, coalitionId, party, Instant.now());
        em.persist(added);
        flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_PARTY_ADDED,
                "Difference",
                differenceId,
                difference.getTopic() + ": " + added.name(),
                null,
                added.getPosition());
        return added;
    }

    /** Replaces the options the coalition has weighed so far. */
    public Difference recordOptions(
            long differenceId,
            long loadedVersion,
            @Size(max = 4000, message = "{DifferenceService.options4000Characters}") String options) {
        Difference difference = find(differenceId);
        long coalitionId = requireChange(difference, loadedVersion);
        String before = difference.getOptionsConsidered();
        applyChange(() -> difference.recordOptions(options, Instant.now()));
        flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_OPTIONS_RECORDED,
                "Difference",
                differenceId,
                difference.getTopic(),
                abbreviate(before),
                abbreviate(difference.getOptionsConsidered()));
        return difference;
    }

    /** The parties have started talking it through. */
    public Difference startDiscussion(long differenceId, long loadedVersion) {
        Difference difference = find(differenceId);
        long coalitionId = requireChange(difference, loadedVersion);
        DifferenceStatus before = difference.getStatus();
        applyChange(() -> difference.startDiscussion(Instant.now()));
        flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_DISCUSSED,
                "Difference",
                differenceId,
                difference.getTopic(),
                before.name(),
                difference.getStatus().name());
        return difference;
    }

    /**
     * Settles the difference with a decision and the rationale behind it; dissent, if any, stays on record.
     *
     * @throws RuleViolationException when the decision or the rationale is missing
     */
    public Difference resolve(
            long differenceId,
            long loadedVersion,
            @Size(max = 2000, message = "{DifferenceService.decision2000Characters}") String decision,
            @Size(max = 2000, message = "{DifferenceService.rationale2000Characters}") String rationale,
            @Size(max = 2000, message = "{DifferenceService.dissent2000Characters}") String dissent) {
        Difference difference = find(differenceId);
        long coalitionId = requireChange(difference, loadedVersion);
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException(Refusal.DECISION_FIRST);
        }
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolationException(Refusal.RATIONALE_FIRST);
        }
        DifferenceStatus before = difference.getStatus();
        applyChange(() -> difference.resolve(
                decision, rationale, dissent, people.current().getDisplayName(), Instant.now()));
        flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_RESOLVED,
                "Difference",
                differenceId,
                difference.getTopic() + ": " + abbreviate(difference.getDecision()),
                before.name(),
                difference.getStatus().name());
        return difference;
    }

    /** The decision no longer holds; the old decision is kept in the audit trail. */
    public Difference reopen(long differenceId, long loadedVersion) {
        Difference difference = find(differenceId);
        long coalitionId = requireChange(difference, loadedVersion);
        String before = difference.getDecision();
        applyChange(() -> difference.reopen(Instant.now()));
        flush();
        audit.record(
                coalitionId,
                AuditAction.DIFFERENCE_REOPENED,
                "Difference",
                differenceId,
                difference.getTopic(),
                abbreviate(before),
                difference.getStatus().name());
        return difference;
    }

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /**
     * A page of the coalition's differences, unresolved first and the most recently active first within
     * each, with their parties, age and days since the last activity: two queries whatever their number.
     */
    public List<DifferenceSummary> differences(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        List<Difference> differences = em.createQuery("""
                        SELECT d, CASE WHEN d.status = org.coalition.difference.DifferenceStatus.RESOLVED THEN 1 ELSE 0 END AS settled
                        FROM Difference d WHERE d.coalition.id = :c ORDER BY settled, d.lastActivityAt DESC, d.id DESC""", Object[].class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultStream()
                .map(row -> (Difference) row[0])
                .toList();
        if (differences.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DifferenceParty>> parties = new HashMap<>();
        em.createQuery("""
                        SELECT p FROM DifferenceParty p LEFT JOIN FETCH p.stakeholder LEFT JOIN FETCH p.member
                        WHERE p.difference IN :page ORDER BY p.id""", DifferenceParty.class)
                .setParameter("page", differences)
                .getResultList()
                .forEach(p -> parties.computeIfAbsent(p.getDifference().getId(), k -> new ArrayList<>())
                        .add(p));
        Instant now = Instant.now();
        return differences.stream()
                .map(d -> DifferenceSummary.of(
                        d, parties.getOrDefault(d.getId(), List.of()), DifferenceAging.DEFAULT, now))
                .toList();
    }

    public long countDifferences(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT COUNT(d) FROM Difference d WHERE d.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /** A picker suggests at most this many; the rest are found by typing more of the name. */
    public static final int MAX_SUGGESTIONS = 10;

    /**
     * Who can take a side, found by name as someone types it: the coalition's stakeholders and people whose
     * name contains the text (whatever the case), by name, at most {@link #MAX_SUGGESTIONS}. The form that
     * records a side asks this instead of listing everyone (thousands of stakeholders in a large coalition).
     */
    public List<PartyCandidate> suggestParties(long coalitionId, String text) {
        access.require(coalitionId, CoalitionAction.MANAGE_DIFFERENCES);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = NamePattern.containing(text);
        List<PartyCandidate> found = new ArrayList<>();
        em.createQuery("""
                        SELECT s.id, s.name, s.department FROM Stakeholder s
                        WHERE s.coalition.id = :c AND LOWER(s.name) LIKE :name ESCAPE '\\' ORDER BY s.name, s.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("name", pattern)
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultList()
                .forEach(row -> found.add(PartyCandidate.stakeholder((Long) row[0], (String) row[1], (String) row[2])));
        em.createQuery("""
                        SELECT p.id, p.displayName FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND LOWER(p.displayName) LIKE :name ESCAPE '\\' ORDER BY p.displayName, p.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("name", pattern)
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultList()
                .forEach(row -> found.add(PartyCandidate.member((Long) row[0], (String) row[1])));
        return found.stream()
                .sorted(Comparator.comparing(PartyCandidate::label, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private DifferenceParty add(Difference difference, long coalitionId, PartyDraft party, Instant at) {
        if (party.getStakeholderId() != null) {
            Stakeholder stakeholder = em.find(Stakeholder.class, party.getStakeholderId());
            if (stakeholder == null || stakeholder.getCoalition().getId() != coalitionId) {
                throw new RuleViolationException(Refusal.STAKEHOLDER_NOT_ON_MAP);
            }
            return apply(() -> difference.addParty(stakeholder, party.getPosition(), party.getInterest(), at));
        }
        Person member = em.createQuery("""
                        SELECT p FROM Membership m JOIN m.person p WHERE m.coalition.id = :c AND p.id = :id""", Person.class)
                .setParameter("c", coalitionId)
                .setParameter("id", party.getMemberId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.PERSON_NOT_PART));
        return apply(() -> difference.addParty(member, party.getPosition(), party.getInterest(), at));
    }

    /** Access, then the version the caller saw. */
    private long requireChange(Difference difference, long loadedVersion) {
        long coalitionId = difference.getCoalition().getId();
        access.require(coalitionId, CoalitionAction.MANAGE_DIFFERENCES);
        if (difference.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.DIFFERENCE);
        }
        return coalitionId;
    }

    private Difference find(long differenceId) {
        Difference difference = em.find(Difference.class, differenceId);
        if (difference == null) {
            throw new NotFoundException(Refusal.NO_DIFFERENCE, differenceId);
        }
        return difference;
    }

    /** The entity's own rules speak to the user; their refusals become rule violations. */
    private static <T> T apply(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof Refused refused) {
                throw new RuleViolationException(refused.refusal(), refused.arguments());
            }
            throw e;
        }
    }

    private static void applyChange(Runnable change) {
        apply(() -> {
            change.run();
            return null;
        });
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.DIFFERENCE);
        }
    }

    /** Audit values hold at most 2,000 characters. */
    private static String abbreviate(String text) {
        return text == null || text.length() <= 1900 ? text : text.substring(0, 1900) + "\u2026";
    }
}
