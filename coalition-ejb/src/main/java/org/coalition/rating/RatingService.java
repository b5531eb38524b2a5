package org.coalition.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.people.Person;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;

/**
 * Blind stance ratings: a member or sponsor opens a round for a few stakeholders ({@link CoalitionAction#OPEN_RATING_ROUND});
 * each member and sponsor of the coalition at that moment rates their stances on their own
 * ({@link CoalitionAction#RATE_STANCE}). The blindness is kept here, not on the pages: while a round is open a caller
 * gets back only their own ratings and how many have rated; after the close (by its opener, by a sponsor
 * ({@link CoalitionAction#CLOSE_ANY_RATING_ROUND}), or by itself when every rater rated every stakeholder) everyone who
 * may view the coalition sees each stakeholder's outcome (spread, median, flag), and those who may read notes
 * ({@link CoalitionAction#VIEW_NOTES}) each rating with its rater. Observers never see a name or a single rating.
 * <p>
 * Ratings of one round are serialised by a lock on the round's row: two members rating at once both count, and the
 * rating that completes the round closes it exactly once.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class RatingService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** How many stakeholders the page offers to choose from for a new round (the most influential first). */
    public static final int MAX_CANDIDATES = 200;

    private static final String ROW = """
            SELECT g.id, g.version, p.displayName, p.username, g.openedAt, g.closedAt, g.closedBy, g.raterCount, g.stakeholderCount,
              (SELECT COUNT(DISTINCT r.rater.id) FROM Rating r WHERE r.round = g),
              (SELECT COUNT(r) FROM Rating r WHERE r.round = g),
              (SELECT COUNT(o) FROM RatedStakeholder o WHERE o.round = g AND o.verdict = org.coalition.rating.RatingVerdict.ASSUMED)
            FROM RatingRound g JOIN g.openedBy p""";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /**
     * Opens a round for these stakeholders of the coalition; its raters are the coalition's members and sponsors now.
     */
    public RatingRound open(long coalitionId, @NotNull List<Long> stakeholderIds) {
        access.require(coalitionId, CoalitionAction.OPEN_RATING_ROUND);
        Coalition coalition = em.find(Coalition.class, coalitionId);
        List<Stakeholder> chosen = stakeholderIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT s FROM Stakeholder s WHERE s.id IN :ids ORDER BY s.name, s.id",
                                Stakeholder.class)
                        .setParameter("ids", stakeholderIds)
                        .setMaxResults(RatingRound.MAX_STAKEHOLDERS + 1)
                        .getResultList();
        if (chosen.size()
                < stakeholderIds.stream()
                        .distinct()
                        .limit(RatingRound.MAX_STAKEHOLDERS + 1)
                        .count()) {
            throw new RuleViolationException(Refusal.RATING_ROUND_OTHER_COALITION);
        }
        List<Person> raters = em.createQuery("""
                        SELECT p FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> :observer ORDER BY p.id""", Person.class)
                .setParameter("c", coalitionId)
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultList();
        Person opener = raters.stream()
                .filter(p -> p.getUsername().equals(access.username()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.RATING_NOT_RATER));
        RatingRound round = apply(() -> RatingRound.open(coalition, opener, chosen, raters, Instant.now()));
        em.persist(round);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.RATING_ROUND_OPENED,
                "RatingRound",
                round.getId(),
                round.getStakeholderCount() + " stakeholder(s), " + round.getRaterCount() + " rater(s)",
                null,
                null);
        return round;
    }

    /**
     * The caller's ratings in an open round, by stakeholder id (null stances are left out): once each, never changed.
     * The rating that completes the round (every rater rated every stakeholder) closes it.
     *
     * @return the round after the ratings: closed when they completed it
     */
    public RatingRound rate(long roundId, @NotNull Map<Long, Stance> stances) {
        long coalitionId = coalitionOf(roundId);
        access.require(coalitionId, CoalitionAction.RATE_STANCE);
        Map<Long, Stance> given = new LinkedHashMap<>();
        stances.forEach((id, stance) -> {
            if (id != null && stance != null) {
                given.put(id, stance);
            }
        });
        if (given.isEmpty()) {
            throw new RuleViolationException(Refusal.RATING_NONE_GIVEN);
        }
        RatingRound round = locked(roundId);
        apply(() -> {
            round.requireOpen();
            return round;
        });
        Person rater = em.createQuery(
                        "SELECT p FROM RatingRound g JOIN g.raters p WHERE g.id = :g AND p.username = :u", Person.class)
                .setParameter("g", roundId)
                .setParameter("u", access.username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.RATING_NOT_RATER));
        Map<Long, Stakeholder> inRound = new HashMap<>();
        em.createQuery("SELECT s FROM RatedStakeholder o JOIN o.stakeholder s WHERE o.round.id = :g", Stakeholder.class)
                .setParameter("g", roundId)
                .getResultList()
                .forEach(s -> inRound.put(s.getId(), s));
        if (!inRound.keySet().containsAll(given.keySet())) {
            throw new RuleViolationException(Refusal.RATING_NOT_IN_ROUND);
        }
        em.createQuery("""
                        SELECT r.stakeholder.name FROM Rating r
                        WHERE r.round.id = :g AND r.rater = :p AND r.stakeholder.id IN :ids ORDER BY r.stakeholder.name""", String.class)
                .setParameter("g", roundId)
                .setParameter("p", rater)
                .setParameter("ids", given.keySet())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(name -> {
                    throw new RuleViolationException(Refusal.RATING_ALREADY_GIVEN, name);
                });
        Instant now = Instant.now();
        given.forEach((id, stance) -> em.persist(new Rating(round, inRound.get(id), rater, stance, now)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique key: only if the lock did not keep a second submission of the same sheet out
            throw new RuleViolationException(
                    Refusal.RATING_ALREADY_GIVEN,
                    inRound.get(given.keySet().iterator().next()).getName());
        }
        long ratings = em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.round.id = :g", Long.class)
                .setParameter("g", roundId)
                .getSingleResult();
        audit.record(
                coalitionId,
                AuditAction.STANCES_RATED,
                "RatingRound",
                roundId,
                given.size() + " rating(s)",
                null,
                null);
        if (ratings >= round.ratingsExpected()) {
            closeNow(round, null, coalitionId);
        }
        return round;
    }

    /** Closes an open round early: its opener, or a sponsor. Each stakeholder's outcome is kept from then on. */
    public RatingRound close(long roundId) {
        long coalitionId = coalitionOf(roundId);
        var grant = access.requireGrant(coalitionId, CoalitionAction.OPEN_RATING_ROUND);
        RatingRound round = locked(roundId);
        if (!round.getOpenedBy().getUsername().equals(access.username())
                && !grant.allowed().contains(CoalitionAction.CLOSE_ANY_RATING_ROUND)) {
            throw new AccessDeniedException(
                    Refusal.ONLY_OPENER_CLOSES_ROUND, round.getOpenedBy().getDisplayName());
        }
        apply(() -> {
            round.requireOpen();
            return round;
        });
        closeNow(round, access.username(), coalitionId);
        return round;
    }

    private void closeNow(RatingRound round, String by, long coalitionId) {
        Map<Long, List<Stance>> ratings = new HashMap<>();
        em.createQuery("SELECT r.stakeholder.id, r.stance FROM Rating r WHERE r.round = :g", Object[].class)
                .setParameter("g", round)
                .getResultList()
                .forEach(row -> ratings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Stance) row[1]));
        // the round's stakeholders with their recorded stances, in one statement
        em.createQuery(
                        "SELECT o FROM RatedStakeholder o JOIN FETCH o.stakeholder WHERE o.round = :g",
                        RatedStakeholder.class)
                .setParameter("g", round)
                .getResultList();
        round.close(by, Instant.now(), ratings);
        em.flush();
        long flagged = round.getStakeholders().stream()
                .filter(RatedStakeholder::isFlagged)
                .count();
        audit.record(
                coalitionId,
                by == null ? AuditAction.RATING_ROUND_COMPLETED : AuditAction.RATING_ROUND_CLOSED,
                "RatingRound",
                round.getId(),
                flagged + " of " + round.getStakeholderCount() + " stakeholder(s) flagged",
                null,
                null);
    }

    /** A page of the coalition's rounds, newest first (of one stakeholder's rounds with {@code stakeholderId}). */
    public List<RatingRoundRow> list(long coalitionId, Long stakeholderId, @Min(0) int first, @Min(1) int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        var query = em.createQuery(
                        ROW + " WHERE g.coalition.id = :c" + ofStakeholder(stakeholderId)
                                + " ORDER BY g.openedAt DESC, g.id DESC",
                        Object[].class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, MAX_PAGE));
        if (stakeholderId != null) {
            query.setParameter("s", stakeholderId);
        }
        return query.getResultList().stream().map(RatingService::row).toList();
    }

    public long count(long coalitionId, Long stakeholderId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        var query = em.createQuery(
                        "SELECT COUNT(g) FROM RatingRound g WHERE g.coalition.id = :c" + ofStakeholder(stakeholderId),
                        Long.class)
                .setParameter("c", coalitionId);
        if (stakeholderId != null) {
            query.setParameter("s", stakeholderId);
        }
        return query.getSingleResult();
    }

    private static String ofStakeholder(Long stakeholderId) {
        return stakeholderId == null
                ? ""
                : " AND EXISTS (SELECT o FROM RatedStakeholder o WHERE o.round = g AND o.stakeholder.id = :s)";
    }

    /** The coalition of a round (and a refusal when there is none). */
    public long coalitionOf(long roundId) {
        return em.createQuery("SELECT g.coalition.id FROM RatingRound g WHERE g.id = :g", Long.class)
                .setParameter("g", roundId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_RATING_ROUND, roundId));
    }

    /**
     * One round as the caller may see it (see {@link RatingSheet}): a constant number of statements, whatever the
     * number of stakeholders and raters.
     */
    public RatingSheet sheet(long roundId) {
        long coalitionId = coalitionOf(roundId);
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        String me = access.username();
        Object[] found = em.createQuery(
                        ROW.replace(
                                        "FROM RatingRound g JOIN g.openedBy p",
                                        ", (SELECT COUNT(x) FROM RatingRound h JOIN h.raters x WHERE h = g AND x.username = :u)"
                                                + " FROM RatingRound g JOIN g.openedBy p")
                                + " WHERE g.id = :g",
                        Object[].class)
                .setParameter("g", roundId)
                .setParameter("u", me)
                .getSingleResult();
        RatingRoundRow round = row(found);
        boolean rater = ((Number) found[12]).longValue() > 0;
        boolean attributed = !round.open() && allowed.contains(CoalitionAction.VIEW_NOTES);
        Map<Long, List<RatingSheet.Attributed>> byStakeholder = new HashMap<>();
        if (attributed) {
            em.createQuery("""
                            SELECT r.stakeholder.id, p.displayName, p.username, r.stance, r.ratedAt FROM Rating r JOIN r.rater p
                            WHERE r.round.id = :g ORDER BY p.displayName, p.id""", Object[].class)
                    .setParameter("g", roundId)
                    .getResultList()
                    .forEach(r -> byStakeholder
                            .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new RatingSheet.Attributed(
                                    (String) r[1], (String) r[2], (Stance) r[3], (Instant) r[4])));
        }
        List<RatingSheet.Line> lines = em
                .createQuery("""
                        SELECT s.id, s.name, s.influence, s.stance, o.ratings, o.recorded, o.lowest, o.highest, o.medianLow,
                          o.medianHigh, o.closedOn,
                          (SELECT r.stance FROM Rating r WHERE r.round = o.round AND r.stakeholder = s AND r.rater.username = :u)
                        FROM RatedStakeholder o JOIN o.stakeholder s WHERE o.round.id = :g ORDER BY s.name, s.id""", Object[].class)
                .setParameter("g", roundId)
                .setParameter("u", me)
                .getResultList()
                .stream()
                .map(r -> new RatingSheet.Line(
                        (Long) r[0],
                        (String) r[1],
                        (Integer) r[2],
                        (Stance) r[3],
                        stance(r[11]),
                        r[10] == null
                                ? null
                                : new RatingOutcome(
                                        (Integer) r[4],
                                        (Stance) r[5],
                                        (Stance) r[6],
                                        (Stance) r[7],
                                        (Stance) r[8],
                                        (Stance) r[9]),
                        byStakeholder.getOrDefault((Long) r[0], List.of())))
                .toList();
        boolean mayClose = round.open()
                && allowed.contains(CoalitionAction.OPEN_RATING_ROUND)
                && (me.equals(round.openedByUsername()) || allowed.contains(CoalitionAction.CLOSE_ANY_RATING_ROUND));
        return new RatingSheet(
                round,
                round.open() && rater && allowed.contains(CoalitionAction.RATE_STANCE),
                mayClose,
                attributed,
                lines);
    }

    /**
     * A page of every closed round's outcomes, newest first, for the export: one row per rating with its rater for those
     * who may read notes, else one row per stakeholder (no rater, no rating). Open rounds are left out: they are blind.
     */
    public List<RatingExportRow> closedRatings(long coalitionId, @Min(0) int first, @Min(1) int max) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean notes = allowed.contains(CoalitionAction.VIEW_NOTES);
        String outcome = "o.ratings, o.recorded, o.lowest, o.highest, o.medianLow, o.medianHigh";
        String jpql = notes
                ? "SELECT g.id, o.closedOn, s.id, s.name, " + outcome + ", p.displayName, r.stance, r.ratedAt"
                        + " FROM RatedStakeholder o JOIN o.round g JOIN o.stakeholder s, Rating r JOIN r.rater p"
                        + " WHERE g.coalition.id = :c AND o.closedOn IS NOT NULL AND r.round = g AND r.stakeholder = s"
                        + " ORDER BY g.closedAt DESC, g.id DESC, s.name, s.id, p.displayName, r.id"
                : "SELECT g.id, o.closedOn, s.id, s.name, " + outcome
                        + " FROM RatedStakeholder o JOIN o.round g JOIN o.stakeholder s"
                        + " WHERE g.coalition.id = :c AND o.closedOn IS NOT NULL ORDER BY g.closedAt DESC, g.id DESC, s.name, s.id";
        return em
                .createQuery(jpql, Object[].class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> new RatingExportRow(
                        (Long) r[0],
                        (LocalDate) r[1],
                        (Long) r[2],
                        (String) r[3],
                        new RatingOutcome(
                                (Integer) r[4], (Stance) r[5], (Stance) r[6], (Stance) r[7], (Stance) r[8], (Stance)
                                        r[9]),
                        notes ? (String) r[10] : null,
                        notes ? (Stance) r[11] : null,
                        notes ? (Instant) r[12] : null))
                .toList();
    }

    /**
     * A closed round's ratings with their raters, for those who may read notes.
     *
     * @throws RuleViolationException while the round is open: nobody sees the others' ratings before the close
     */
    public List<RatingSheet.Line> ratings(long roundId) {
        long coalitionId = coalitionOf(roundId);
        access.require(coalitionId, CoalitionAction.VIEW_NOTES);
        RatingSheet sheet = sheet(roundId);
        if (sheet.round().open()) {
            throw new RuleViolationException(Refusal.RATINGS_HIDDEN_UNTIL_CLOSE);
        }
        return sheet.lines();
    }

    /** Stakeholders to choose from for a new round: the most influential first, at most {@link #MAX_CANDIDATES}. */
    public List<Object[]> candidates(long coalitionId) {
        access.require(coalitionId, CoalitionAction.OPEN_RATING_ROUND);
        return em.createQuery(
                        "SELECT s.id, s.name, s.influence, s.stance FROM Stakeholder s WHERE s.coalition.id = :c"
                                + " ORDER BY s.influence DESC, s.name, s.id",
                        Object[].class)
                .setParameter("c", coalitionId)
                .setMaxResults(MAX_CANDIDATES)
                .getResultList();
    }

    private RatingRound locked(long roundId) {
        try {
            RatingRound round = em.find(RatingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
            if (round == null) {
                throw new NotFoundException(Refusal.NO_RATING_ROUND, roundId);
            }
            return round;
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConcurrentEditException(Refusal.Subject.RATING_ROUND);
        }
    }

    private static Stance stance(Object value) {
        // a scalar subquery hands the enum back as its column value
        return value == null
                ? null
                : value instanceof Stance s
                        ? s
                        : Stance.valueOf(value.toString().strip());
    }

    private static RatingRoundRow row(Object[] r) {
        return new RatingRoundRow(
                (Long) r[0],
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                instant(r[4]),
                instant(r[5]),
                (String) r[6],
                (Integer) r[7],
                (Integer) r[8],
                ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue(),
                ((Number) r[11]).longValue());
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
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
}
