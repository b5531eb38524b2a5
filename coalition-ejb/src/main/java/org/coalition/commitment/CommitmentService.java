package org.coalition.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.engagement.Conversation;
import org.coalition.people.Person;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;

/**
 * The commitments register: promises members made to stakeholders or to each other, kept or broken. Members record and
 * mark their own promises ({@link CoalitionAction#KEEP_OWN_COMMITMENTS}), sponsors anyone's
 * ({@link CoalitionAction#KEEP_ANY_COMMITMENTS}); everyone who may view the coalition sees the register
 * ({@link CoalitionAction#VIEW}), and only those who may read notes ({@link CoalitionAction#VIEW_NOTES}) see what was
 * promised — it was said in a private conversation.
 * <p>
 * Lists are paged in the database, overdue promises first; a page costs the same statements whatever the register's
 * size, and so does the kept ratio (one statement of counts).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class CommitmentService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    private static final String COLUMNS =
            "k.id, k.version, p.id, p.username, p.displayName, s.id, s.name, s.influence, m.id,"
                    + " m.displayName, cv.id, k.what, k.madeOn, k.dueOn, k.outcome, k.settledOn";
    private static final String FROM =
            " FROM Commitment k JOIN k.promisedBy p LEFT JOIN k.toStakeholder s LEFT JOIN k.toMember m"
                    + " LEFT JOIN k.conversation cv";
    /**
     * Overdue first (0), then open ones by their date (1), then those settled (2). Written as a difference of two CASEs
     * of one WHEN each, never one CASE of two: EclipseLink 4.0.1 (Payara's) prints every CASE through one shared
     * operator, and two threads printing CASEs of different sizes at once produce broken SQL ({@code THEN ,}) —
     * eclipse-ee4j/eclipselink issue 2136, fixed in later 4.0 releases. A CASE nested in another's ELSE is printed
     * wrong as well. Every JPQL CASE here has one WHEN ({@code JpqlCaseShapeTest}).
     */
    private static final String RANK = "(CASE WHEN k.outcome IS NULL THEN 1 ELSE 2 END"
            + " - CASE WHEN k.outcome IS NULL AND k.dueOn < :today THEN 1 ELSE 0 END)";

    /** The three groups of {@link #list}'s order, as conditions on a promise {@code k}. */
    private static final String[] GROUPS = {
        " AND k.outcome IS NULL AND k.dueOn < :today",
        " AND k.outcome IS NULL AND k.dueOn >= :today",
        " AND k.outcome IS NOT NULL"
    };

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /**
     * Records a promise. Who promised is a sponsor or member of the coalition (the caller unless a sponsor names
     * someone else); it went to a stakeholder of the coalition or to another member; a one-on-one, if named, is one
     * with that stakeholder, and its day is the day of the promise (else today).
     */
    public Commitment record(long coalitionId, @NotNull @Valid CommitmentDraft draft) {
        var grant = access.requireGrant(coalitionId, CoalitionAction.KEEP_OWN_COMMITMENTS);
        String caller = access.username();
        String promiserName =
                draft.getPromisedBy() == null || draft.getPromisedBy().isBlank()
                        ? caller
                        : draft.getPromisedBy().strip();
        Person promiser = memberOf(coalitionId, promiserName);
        if (!promiser.getUsername().equals(caller) && !grant.allowed().contains(CoalitionAction.KEEP_ANY_COMMITMENTS)) {
            throw new AccessDeniedException(Refusal.ONLY_OWN_COMMITMENTS, promiser.getDisplayName());
        }
        LocalDate today = LocalDate.now();
        Commitment commitment;
        String toName;
        if (draft.getToStakeholderId() != null) {
            Stakeholder to = stakeholderOf(coalitionId, draft.getToStakeholderId());
            Conversation conversation =
                    draft.getConversationId() == null ? null : conversationOf(draft.getConversationId());
            LocalDate madeOn = conversation == null ? today : conversation.getHeldOn();
            commitment = apply(() -> Commitment.toStakeholder(
                            promiser, to, draft.getWhat(), madeOn, draft.getDueOn(), caller, Instant.now())
                    .promisedIn(conversation));
            toName = to.getName();
        } else {
            if (draft.getConversationId() != null) {
                throw new RuleViolationException(Refusal.COMMITMENT_OTHER_CONVERSATION);
            }
            Person to = memberOf(coalitionId, draft.getToMember().strip());
            Coalition coalition = em.find(Coalition.class, coalitionId);
            commitment = apply(() -> Commitment.toMember(
                    coalition, promiser, to, draft.getWhat(), today, draft.getDueOn(), caller, Instant.now()));
            toName = to.getDisplayName();
        }
        em.persist(commitment);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.COMMITMENT_RECORDED,
                "Commitment",
                commitment.getId(),
                promiser.getDisplayName() + " → " + toName,
                null,
                "due " + commitment.getDueOn());
        return commitment;
    }

    /**
     * Marks a promise kept or broken on a day (between the day it was made and today), as loaded at
     * {@code loadedVersion}; a second mark corrects the first. One's own promise, or anyone's for a sponsor.
     */
    public Commitment settle(
            long commitmentId,
            long loadedVersion,
            @NotNull(message = "{Commitment.outcomeNeedsDate}") CommitmentOutcome outcome,
            @NotNull(message = "{Commitment.outcomeNeedsDate}") LocalDate on) {
        Commitment commitment = find(commitmentId);
        long coalitionId = commitment.getCoalition().getId();
        var grant = access.requireGrant(coalitionId, CoalitionAction.KEEP_OWN_COMMITMENTS);
        if (!commitment.getPromisedBy().getUsername().equals(access.username())
                && !grant.allowed().contains(CoalitionAction.KEEP_ANY_COMMITMENTS)) {
            throw new AccessDeniedException(
                    Refusal.ONLY_OWN_COMMITMENTS, commitment.getPromisedBy().getDisplayName());
        }
        if (commitment.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.COMMITMENT);
        }
        String before =
                commitment.getOutcome() == null ? "open" : commitment.getOutcome() + " " + commitment.getSettledOn();
        apply(() -> {
            commitment.settle(outcome, on, LocalDate.now());
            return commitment;
        });
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.COMMITMENT);
        }
        audit.record(
                coalitionId,
                AuditAction.COMMITMENT_SETTLED,
                "Commitment",
                commitmentId,
                commitment.getPromisedBy().getDisplayName() + " → "
                        + (commitment.getToStakeholder() != null
                                ? commitment.getToStakeholder().getName()
                                : commitment.getToMember().getDisplayName()),
                before,
                outcome + " " + on);
        return commitment;
    }

    /** One promise as a list shows it (what was promised only for those who may read notes). */
    public CommitmentRow get(long commitmentId) {
        Long coalitionId = em.createQuery("SELECT k.coalition.id FROM Commitment k WHERE k.id = :id", Long.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_COMMITMENT, commitmentId));
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        LocalDate today = LocalDate.now();
        Object[] row = em.createQuery("SELECT " + COLUMNS + FROM + " WHERE k.id = :id", Object[].class)
                .setParameter("id", commitmentId)
                .getSingleResult();
        CommitmentRow commitment = row(row, today);
        return allowed.contains(CoalitionAction.VIEW_NOTES) ? commitment : commitment.withoutWhat();
    }

    /**
     * A page of the coalition's promises — only those to one stakeholder when {@code stakeholderId} is given — overdue
     * first (the longest overdue first), then open ones by their date, then those kept or broken. What was promised
     * only for those who may read notes.
     */
    public List<CommitmentRow> list(long coalitionId, Long stakeholderId, @Min(0) int first, @Min(1) int pageSize) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        LocalDate today = LocalDate.now();
        List<CommitmentRow> rows = filtered(
                        "SELECT " + COLUMNS + ", " + RANK + " AS rank" + FROM,
                        coalitionId,
                        stakeholderId,
                        " ORDER BY rank, k.dueOn, k.id",
                        Object[].class)
                .setParameter("today", today)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> row(r, today))
                .toList();
        return allowed.contains(CoalitionAction.VIEW_NOTES)
                ? rows
                : rows.stream().map(CommitmentRow::withoutWhat).toList();
    }

    /**
     * The coalition's promises after {@code last} (null: from the first) in {@link #list}'s order, a page at most: for
     * reading all of them (the export). {@link #list} pages by position, and its order is computed, so the database
     * sorts the whole register again for every page; here each of the three groups of that order (overdue, open,
     * settled) is read by its index, after the last row by due date and id. The access check and up to three statements
     * a page, whatever the register's size. Like paging by position, a reading that spans midnight may miss the
     * promises that fell due that night (they move from open to overdue).
     */
    public List<CommitmentRow> listAfter(long coalitionId, CommitmentRow last, @Min(1) int pageSize) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        LocalDate today = LocalDate.now();
        int size = Math.min(pageSize, MAX_PAGE);
        List<CommitmentRow> rows = new ArrayList<>(size);
        int from = last == null ? 0 : group(last.status());
        for (int group = from; group < GROUPS.length && rows.size() < size; group++) {
            boolean after = last != null && group == from;
            TypedQuery<Object[]> query = filtered(
                    "SELECT " + COLUMNS + FROM,
                    coalitionId,
                    null,
                    GROUPS[group]
                            + (after ? " AND (k.dueOn > :lastDue OR (k.dueOn = :lastDue AND k.id > :lastId))" : "")
                            + " ORDER BY k.dueOn, k.id",
                    Object[].class);
            if (group < 2) {
                query.setParameter("today", today);
            }
            if (after) {
                query.setParameter("lastDue", last.dueOn()).setParameter("lastId", last.id());
            }
            query.setMaxResults(size - rows.size()).getResultList().forEach(r -> rows.add(row(r, today)));
        }
        return allowed.contains(CoalitionAction.VIEW_NOTES)
                ? rows
                : rows.stream().map(CommitmentRow::withoutWhat).toList();
    }

    private static int group(CommitmentStatus status) {
        return switch (status) {
            case OVERDUE -> 0;
            case OPEN -> 1;
            case KEPT, BROKEN -> 2;
        };
    }

    /** How many promises {@link #list} pages through. */
    public long count(long coalitionId, Long stakeholderId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return filtered("SELECT COUNT(k)" + FROM, coalitionId, stakeholderId, "", Long.class)
                .getSingleResult();
    }

    /** How reliably the coalition (or its promises to one stakeholder) kept its word: one statement of counts. */
    public KeptRatio keptRatio(long coalitionId, Long stakeholderId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        Object[] counts = filtered("""
                        SELECT SUM(CASE WHEN k.outcome = org.coalition.commitment.CommitmentOutcome.KEPT THEN 1 ELSE 0 END),
                          SUM(CASE WHEN k.outcome = org.coalition.commitment.CommitmentOutcome.BROKEN THEN 1 ELSE 0 END),
                          SUM(CASE WHEN k.outcome IS NULL AND k.dueOn < :today THEN 1 ELSE 0 END),
                          SUM(CASE WHEN k.outcome IS NULL AND k.dueOn >= :today THEN 1 ELSE 0 END)""" + FROM, coalitionId, stakeholderId, "", Object[].class)
                .setParameter("today", LocalDate.now())
                .getSingleResult();
        return new KeptRatio(count(counts[0]), count(counts[1]), count(counts[2]), count(counts[3]));
    }

    /** The first promises to one stakeholder and how all of them stand, as a panel shows them. */
    public record StakeholderPromises(List<CommitmentRow> rows, KeptRatio ratio) implements java.io.Serializable {}

    /**
     * The first {@code max} promises to one stakeholder (overdue first) and their kept ratio, in one statement: the
     * counts ride along as scalar subqueries of each row, so the stakeholder page stays within its statements. No row
     * means no promise at all, so the counts are all zero then.
     */
    public StakeholderPromises ofStakeholder(long coalitionId, long stakeholderId, @Min(1) int max) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        LocalDate today = LocalDate.now();
        String count = "(SELECT COUNT(x) FROM Commitment x WHERE x.toStakeholder.id = :s AND %s)";
        List<Object[]> found = filtered(
                        "SELECT " + COLUMNS + ", " + RANK + " AS rank, "
                                + count.formatted("x.outcome = org.coalition.commitment.CommitmentOutcome.KEPT") + ", "
                                + count.formatted("x.outcome = org.coalition.commitment.CommitmentOutcome.BROKEN")
                                + ", "
                                + count.formatted("x.outcome IS NULL AND x.dueOn < :today") + ", "
                                + count.formatted("x.outcome IS NULL AND x.dueOn >= :today") + FROM,
                        coalitionId,
                        stakeholderId,
                        " ORDER BY rank, k.dueOn, k.id",
                        Object[].class)
                .setParameter("today", today)
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList();
        List<CommitmentRow> rows = found.stream()
                .map(r -> row(r, today))
                .map(r -> allowed.contains(CoalitionAction.VIEW_NOTES) ? r : r.withoutWhat())
                .toList();
        KeptRatio ratio = found.isEmpty()
                ? new KeptRatio(0, 0, 0, 0)
                : new KeptRatio(
                        count(found.get(0)[17]),
                        count(found.get(0)[18]),
                        count(found.get(0)[19]),
                        count(found.get(0)[20]));
        return new StakeholderPromises(rows, ratio);
    }

    /** The caller's own open promises in this coalition, the soonest due first (for the page's "yours" hint). */
    public List<CommitmentRow> mine(long coalitionId, @Min(1) int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        LocalDate today = LocalDate.now();
        return em
                .createQuery(
                        "SELECT " + COLUMNS + FROM
                                + " WHERE k.coalition.id = :c AND p.username = :u AND k.outcome IS NULL ORDER BY k.dueOn, k.id",
                        Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("u", access.username())
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> row(r, today))
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static CommitmentRow row(Object[] r, LocalDate today) {
        return new CommitmentRow(
                (Long) r[0],
                ((Number) r[1]).longValue(),
                (Long) r[2],
                (String) r[3],
                (String) r[4],
                (Long) r[5],
                (String) r[6],
                (Integer) r[7],
                (Long) r[8],
                (String) r[9],
                (Long) r[10],
                (String) r[11],
                (LocalDate) r[12],
                (LocalDate) r[13],
                (CommitmentOutcome) r[14],
                (LocalDate) r[15],
                today);
    }

    private <T> TypedQuery<T> filtered(
            String select, long coalitionId, Long stakeholderId, String suffix, Class<T> type) {
        String where = " WHERE k.coalition.id = :c" + (stakeholderId == null ? "" : " AND s.id = :s");
        TypedQuery<T> query = em.createQuery(select + where + suffix, type).setParameter("c", coalitionId);
        return stakeholderId == null ? query : query.setParameter("s", stakeholderId);
    }

    private Commitment find(long commitmentId) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        if (commitment == null) {
            throw new NotFoundException(Refusal.NO_COMMITMENT, commitmentId);
        }
        return commitment;
    }

    private Stakeholder stakeholderOf(long coalitionId, long stakeholderId) {
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        if (stakeholder == null) {
            throw new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId);
        }
        if (stakeholder.getCoalition().getId() != coalitionId) {
            throw new RuleViolationException(Refusal.COMMITMENT_OTHER_COALITION);
        }
        return stakeholder;
    }

    private Conversation conversationOf(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new RuleViolationException(Refusal.COMMITMENT_OTHER_CONVERSATION);
        }
        return conversation;
    }

    private Person memberOf(long coalitionId, String username) {
        return em.createQuery("""
                        SELECT p FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND p.username = :u AND m.role <> :observer""", Person.class)
                .setParameter("c", coalitionId)
                .setParameter("u", username)
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.COMMITMENT_NOT_MEMBER, username));
    }

    /** The entity's own rules speak to the user; their refusals become rule violations. */
    private static <T> T apply(java.util.function.Supplier<T> change) {
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
