package org.coalition.stakeholder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationProfileEntry;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.FactsCache;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stakeholder register and map of a coalition. The register and the map each run a fixed number
 * of statements whatever the number of stakeholders: one query for the rows (with the owner joined),
 * one count; verification is computed in Java from the two dates on each row.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class StakeholderService {

    private static final String ROW = "NEW org.coalition.stakeholder.StakeholderRow(s.id, s.name, s.title, s.level,"
            + " s.department, s.influence, s.interest, s.resources, s.stance, s.stanceSince, s.lastConversationOn,"
            + " o.displayName)";
    private static final Map<String, String> SORTABLE = Map.of(
            "name",
            "s.name",
            "department",
            "s.department",
            "level",
            "s.level",
            "influence",
            "s.influence",
            "interest",
            "s.interest",
            "stance",
            "s.stance",
            "lastConversationOn",
            "s.lastConversationOn");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "coalition.verification.window-days", defaultValue = "60")
    int verificationWindowDays;

    @Inject
    private org.coalition.privacy.PrivacySettings privacy;

    /**
     * The register's pages and counts, the map and the departments are the same for everyone who may see the
     * coalition: kept until the next change (or 10 s, for another server's), the day in the key of what shows
     * whether a stance is verified (that depends on today).
     */
    @Inject
    private FactsCache cache;

    public Verification verification() {
        return new Verification(verificationWindowDays);
    }

    /** How long notes about people are kept: the stakeholder page says why older ones are gone. */
    public org.coalition.privacy.NoteRetention noteRetention() {
        return privacy.retention();
    }

    /** A page of the register, filtered and sorted, with whether each stance is verified. */
    public List<StakeholderRow> register(long coalitionId, @NotNull RegisterQuery query) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return cache.get(
                "register:" + LocalDate.now() + ":" + query, coalitionId, () -> readRegister(coalitionId, query));
    }

    private List<StakeholderRow> readRegister(long coalitionId, RegisterQuery query) {
        String order = SORTABLE.getOrDefault(query.sortField(), "s.name") + (query.ascending() ? " ASC" : " DESC");
        TypedQuery<StakeholderRow> rows = filtered(
                "SELECT " + ROW + " FROM Stakeholder s LEFT JOIN s.relationshipOwner o",
                coalitionId,
                query,
                " ORDER BY " + order + ", s.id",
                StakeholderRow.class);
        return verified(rows.setFirstResult(Math.max(0, query.first()))
                .setMaxResults(Math.min(Math.max(1, query.pageSize()), 500))
                .getResultList());
    }

    public long count(long coalitionId, @NotNull RegisterQuery query) {
        access.require(coalitionId, CoalitionAction.VIEW);
        String filter = query.department() + "|" + query.stance() + "|" + query.nameContains();
        return cache.get(
                "register-count:" + filter,
                coalitionId,
                () -> filtered("SELECT COUNT(s) FROM Stakeholder s", coalitionId, query, "", Long.class)
                        .getSingleResult());
    }

    /**
     * The coalition's stakeholders (optionally of one department) on the influence × interest grid: the
     * count of every cell, and the first {@link StakeholderMap#DOTS_PER_CELL} of each cell by name to draw.
     * Three statements, and a bounded result, however large the register.
     */
    public StakeholderMap map(long coalitionId, String department) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return cache.get(
                "map:" + LocalDate.now() + ":" + department, coalitionId, () -> readMap(coalitionId, department));
    }

    private StakeholderMap readMap(long coalitionId, String department) {
        RegisterQuery query = new RegisterQuery(0, 0, "name", true, department, null, null);
        List<StakeholderMap.Cell> cells = filtered(
                        "SELECT s.influence, s.interest, COUNT(s) FROM Stakeholder s",
                        coalitionId,
                        query,
                        " GROUP BY s.influence, s.interest",
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> new StakeholderMap.Cell(
                        ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()))
                .toList();
        boolean byDepartment = department != null && !department.isBlank();
        // JPQL has no window functions: the ids of the first few per cell come from SQL (H2 and PostgreSQL alike)
        var firstPerCell = em.createNativeQuery("SELECT ranked.id FROM (SELECT s.id, ROW_NUMBER() OVER"
                        + " (PARTITION BY s.influence, s.interest ORDER BY s.name, s.id) AS place FROM stakeholder s"
                        + " WHERE s.coalition_id = ?1" + (byDepartment ? " AND s.department = ?2" : "") + ") ranked"
                        + " WHERE ranked.place <= ?3")
                .setParameter(1, coalitionId)
                .setParameter(3, StakeholderMap.DOTS_PER_CELL);
        if (byDepartment) {
            firstPerCell.setParameter(2, department);
        }
        List<Long> ids = ((List<?>) firstPerCell.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        List<StakeholderRow> shown = ids.isEmpty()
                ? List.of()
                : verified(em.createQuery(
                                "SELECT " + ROW + " FROM Stakeholder s LEFT JOIN s.relationshipOwner o"
                                        + " WHERE s.id IN :ids ORDER BY s.name, s.id",
                                StakeholderRow.class)
                        .setParameter("ids", ids)
                        .getResultList());
        return new StakeholderMap(shown, cells);
    }

    /** The departments that have stakeholders in this coalition, for filters. */
    public List<String> departments(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return cache.get(
                "departments",
                coalitionId,
                () -> em.createQuery(
                                "SELECT DISTINCT s.department FROM Stakeholder s WHERE s.coalition.id = :c ORDER BY s.department",
                                String.class)
                        .setParameter("c", coalitionId)
                        .getResultList());
    }

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /**
     * One stakeholder as the caller may see them, with the whole stance history and every conversation:
     * what the REST API represents. Pages use {@link #open(long, int, int)}, which reads a bounded number.
     */
    public StakeholderDetails open(long stakeholderId) {
        return details(stakeholderId, -1, -1);
    }

    /**
     * One stakeholder as the caller may see them: private fields and conversations only for sponsors and
     * members. Only the newest {@code historyShown} stance changes and {@code conversationsShown}
     * conversations (each at most {@link #MAX_PAGE}); the details say whether there are older ones.
     * Seven statements whatever the history (eight on a reader's first view of the day, which is audited):
     * one more row than shown tells whether there are more, and the motivations of the conversations shown
     * come in one batch.
     */
    public StakeholderDetails open(long stakeholderId, @Min(0) int historyShown, @Min(0) int conversationsShown) {
        return details(stakeholderId, Math.min(historyShown, MAX_PAGE), Math.min(conversationsShown, MAX_PAGE));
    }

    /** {@code -1}: all of them. */
    private StakeholderDetails details(long stakeholderId, int historyShown, int conversationsShown) {
        // the stakeholder and their coalition in one statement; nothing of it leaves before the access check
        Object[] row = em.createQuery(
                        "SELECT s, s.coalition.id FROM Stakeholder s LEFT JOIN FETCH s.relationshipOwner WHERE s.id = :id",
                        Object[].class)
                .setParameter("id", stakeholderId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId));
        Stakeholder s = (Stakeholder) row[0];
        long coalitionId = (Long) row[1];
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        boolean mayReadNotes = allowed.contains(CoalitionAction.VIEW_NOTES);
        List<StanceChange> history = List.of();
        if (historyShown != 0) {
            history = limited(
                    em.createQuery(
                                    "SELECT h FROM StanceChange h WHERE h.stakeholder.id = :id ORDER BY h.changedAt DESC, h.id DESC",
                                    StanceChange.class)
                            .setParameter("id", stakeholderId),
                    historyShown);
        }
        List<Conversation> conversations = List.of();
        List<MotivationProfileEntry> profile = List.of();
        if (mayReadNotes) {
            if (conversationsShown != 0) {
                // a fetch join of the motivations would make the limit count motivations: they come in one batch
                // instead
                conversations = limited(
                        em.createQuery("""
                                SELECT c FROM Conversation c JOIN FETCH c.heldBy
                                WHERE c.stakeholder.id = :id ORDER BY c.heldOn DESC, c.id DESC""", Conversation.class)
                                .setParameter("id", stakeholderId)
                                .setHint("eclipselink.batch", "c.motivations")
                                .setHint("eclipselink.batch.type", "IN"),
                        conversationsShown);
                conversations.forEach(c -> c.getMotivations().size());
            }
            profile = em.createQuery("""
                            SELECT NEW org.coalition.engagement.MotivationProfileEntry(m.category, COUNT(m), MAX(m.strength))
                            FROM Motivation m WHERE m.stakeholder.id = :id GROUP BY m.category""", MotivationProfileEntry.class)
                    .setParameter("id", stakeholderId)
                    .getResultList();
            profile = new ArrayList<>(profile);
            profile.sort((a, b) -> Long.compare(b.strongest() * 100 + b.times(), a.strongest() * 100 + a.times()));
        }
        if (mayReadNotes && (s.getNotes() != null || !conversations.isEmpty() || !profile.isEmpty())) {
            // who read private notes about whom: one entry per reader, stakeholder and day
            audit.recordOncePerDay(coalitionId, AuditAction.NOTES_READ, "Stakeholder", stakeholderId, s.getName());
        }
        boolean moreHistory = historyShown >= 0 && history.size() > historyShown;
        boolean moreConversations = conversationsShown >= 0 && conversations.size() > conversationsShown;
        boolean verified = verification().isVerified(s.getLastConversationOn(), s.getStanceSince(), LocalDate.now());
        return new StakeholderDetails(
                coalitionId,
                s,
                mayReadNotes ? s.getNotes() : null,
                verified,
                moreHistory ? new ArrayList<>(history.subList(0, historyShown)) : history,
                moreHistory,
                moreConversations ? new ArrayList<>(conversations.subList(0, conversationsShown)) : conversations,
                moreConversations,
                profile,
                allowed);
    }

    /** The first {@code shown} rows and one more (to tell whether there are more); all of them for {@code -1}. */
    private static <T> List<T> limited(TypedQuery<T> query, int shown) {
        return shown < 0
                ? query.getResultList()
                : query.setMaxResults(shown + 1).getResultList();
    }

    /** Adds a stakeholder; their first stance goes into the stance history. */
    public Stakeholder add(long coalitionId, @NotNull @Valid StakeholderDraft draft) {
        access.require(coalitionId, CoalitionAction.EDIT_STAKEHOLDERS);
        Person me = people.current();
        Stakeholder stakeholder = new Stakeholder(
                em.find(Coalition.class, coalitionId),
                draft,
                owner(coalitionId, draft.getRelationshipOwner()),
                LocalDate.now());
        em.persist(stakeholder);
        em.persist(new StanceChange(
                stakeholder,
                null,
                stakeholder.getStance(),
                Instant.now(),
                me.getDisplayName(),
                draft.getStanceReason() == null || draft.getStanceReason().isBlank()
                        ? "First recorded"
                        : draft.getStanceReason()));
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.STAKEHOLDER_ADDED,
                "Stakeholder",
                stakeholder.getId(),
                stakeholder.getName(),
                null,
                describe(stakeholder));
        return stakeholder;
    }

    /**
     * Saves changes made from {@code loadedVersion}. A changed stance needs a reason and is recorded
     * in the history; it counts as assumed until a conversation backs it.
     */
    public Stakeholder update(long stakeholderId, long loadedVersion, @NotNull @Valid StakeholderDraft draft) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.EDIT_STAKEHOLDERS);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        if (stakeholder.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.STAKEHOLDER);
        }
        Stance before = stakeholder.getStance();
        String described = describe(stakeholder);
        if (draft.getStance() != before
                && (draft.getStanceReason() == null || draft.getStanceReason().isBlank())) {
            throw new RuleViolationException(Refusal.SAY_WHY_STANCE, before, draft.getStance());
        }
        stakeholder.apply(draft, owner(coalitionId, draft.getRelationshipOwner()), LocalDate.now());
        if (stakeholder.changeStance(draft.getStance(), LocalDate.now())) {
            em.persist(new StanceChange(
                    stakeholder,
                    before,
                    draft.getStance(),
                    Instant.now(),
                    people.current().getDisplayName(),
                    draft.getStanceReason()));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.STAKEHOLDER);
        }
        audit.record(
                coalitionId,
                AuditAction.STAKEHOLDER_UPDATED,
                "Stakeholder",
                stakeholderId,
                stakeholder.getName(),
                described,
                describe(stakeholder));
        return stakeholder;
    }

    /** The public fields of a stakeholder as one line, for the audit trail (private notes stay out of it). */
    public static String describe(Stakeholder s) {
        return s.getName() + " | " + s.getLevel() + " | " + s.getDepartment() + " | influence " + s.getInfluence()
                + " | interest " + s.getInterest() + " | " + s.getStance() + " | owner "
                + (s.getRelationshipOwner() == null
                        ? "-"
                        : s.getRelationshipOwner().getUsername());
    }

    /** The people who may own relationships: the coalition's sponsors and members. */
    public List<Person> possibleOwners(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("""
                        SELECT p FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        ORDER BY p.displayName""", Person.class).setParameter("c", coalitionId).getResultList();
    }

    private Person owner(long coalitionId, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return possibleOwners(coalitionId).stream()
                .filter(p -> p.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.OWNER_MEMBER));
    }

    private <T> TypedQuery<T> filtered(
            String select, long coalitionId, RegisterQuery query, String suffix, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE s.coalition.id = :c");
        boolean byDepartment = query.department() != null && !query.department().isBlank();
        boolean byStance = query.stance() != null;
        boolean byName = query.nameContains() != null && !query.nameContains().isBlank();
        if (byDepartment) {
            jpql.append(" AND s.department = :department");
        }
        if (byStance) {
            jpql.append(" AND s.stance = :stance");
        }
        if (byName) {
            jpql.append(" AND LOWER(s.name) LIKE :name ESCAPE '\\'");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(suffix).toString(), type).setParameter("c", coalitionId);
        if (byDepartment) {
            q.setParameter("department", query.department());
        }
        if (byStance) {
            q.setParameter("stance", query.stance());
        }
        if (byName) {
            String escaped = query.nameContains()
                    .strip()
                    .toLowerCase()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            q.setParameter("name", "%" + escaped + "%");
        }
        return q;
    }

    private List<StakeholderRow> verified(List<StakeholderRow> rows) {
        Verification rule = verification();
        LocalDate today = LocalDate.now();
        return rows.stream().map(row -> row.withVerification(rule, today)).toList();
    }

    /** For pages: the motivation categories in display order. */
    public static MotivationCategory[] categories() {
        return MotivationCategory.values();
    }
}
