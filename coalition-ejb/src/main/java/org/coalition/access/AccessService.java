package org.coalition.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.MemberListing;
import org.coalition.coalition.Membership;
import org.coalition.people.Person;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;

/**
 * Who holds which role in which coalition, granted across departments. Global administrators manage
 * every coalition; department administrators those their own department leads. Every grant and
 * revocation is audited, and takes effect on the very next request (services read memberships on every
 * call; nothing is cached).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN})
public class AccessService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /**
     * A page of the coalitions the caller may manage access to, by name; only those whose name contains
     * {@code nameContains} when it is given.
     */
    public List<CoalitionListing> manageable(
            @Size(max = 120) String nameContains, @Min(0) int first, @Min(1) int pageSize) {
        return manageableQuery("SELECT c FROM Coalition c", nameContains, " ORDER BY c.name, c.id", Coalition.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultStream()
                .map(AccessService::listing)
                .toList();
    }

    public long countManageable(@Size(max = 120) String nameContains) {
        return manageableQuery("SELECT COUNT(c) FROM Coalition c", nameContains, "", Long.class)
                .getSingleResult();
    }

    /** One coalition the caller may manage access to, whichever page of {@link #manageable} it is on. */
    public CoalitionListing manageable(long coalitionId) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        return listing(em.find(Coalition.class, coalitionId));
    }

    private <T> TypedQuery<T> manageableQuery(String select, String nameContains, String order, Class<T> type) {
        boolean all = access.isAdmin();
        boolean byName = nameContains != null && !nameContains.isBlank();
        List<String> where = new ArrayList<>();
        if (!all) {
            where.add("c.leadDepartment = :d");
        }
        if (byName) {
            where.add("LOWER(c.name) LIKE :q ESCAPE '\\'");
        }
        TypedQuery<T> query =
                em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order, type);
        if (!all) {
            query.setParameter("d", access.department().orElse(""));
        }
        if (byName) {
            query.setParameter("q", contains(nameContains));
        }
        return query;
    }

    private static CoalitionListing listing(Coalition c) {
        return new CoalitionListing(
                c.getId(), c.getName(), c.getObjective(), c.getTargetDate(), c.getPhase(), c.getLeadDepartment(), null);
    }

    /**
     * A page of the people the application knows (created or updated at each sign-in), by department and
     * name; only those whose name, user name or department contains {@code search} when it is given.
     */
    public List<Person> people(@Size(max = 200) String search, @Min(0) int first, @Min(1) int pageSize) {
        return peopleQuery(
                        "SELECT p FROM Person p", search, " ORDER BY p.department, p.displayName, p.id", Person.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    public long countPeople(@Size(max = 200) String search) {
        return peopleQuery("SELECT COUNT(p) FROM Person p", search, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> peopleQuery(String select, String search, String order, Class<T> type) {
        boolean bySearch = search != null && !search.isBlank();
        TypedQuery<T> query = em.createQuery(
                select
                        + (bySearch
                                ? " WHERE LOWER(p.displayName) LIKE :q ESCAPE '\\' OR LOWER(p.username) LIKE :q ESCAPE '\\'"
                                        + " OR LOWER(p.department) LIKE :q ESCAPE '\\'"
                                : "")
                        + order,
                type);
        return bySearch ? query.setParameter("q", contains(search)) : query;
    }

    /** {@code %text%} for LIKE, lower case, with LIKE's own characters escaped. */
    private static String contains(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /** A page of the departments the identity provider has reported, from the people who signed in. */
    public List<String> departments(@Min(0) int first, @Min(1) int pageSize) {
        return em.createQuery(
                        "SELECT DISTINCT p.department FROM Person p WHERE p.department IS NOT NULL ORDER BY p.department",
                        String.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    public long countDepartments() {
        return em.createQuery(
                        "SELECT COUNT(DISTINCT p.department) FROM Person p WHERE p.department IS NOT NULL", Long.class)
                .getSingleResult();
    }

    /** A page of who holds which role in the coalition, by role, then name. */
    public List<MemberListing> roles(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        return em.createQuery("""
                        SELECT NEW org.coalition.coalition.MemberListing(p.id, p.username, p.displayName, p.department, m.role)
                        FROM Membership m JOIN m.person p WHERE m.coalition.id = :c ORDER BY m.role, p.displayName, p.id""", MemberListing.class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    public long countRoles(long coalitionId) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /** Gives someone a role in the coalition, or changes the role they have. Only executives can be sponsors. */
    public void grant(
            long coalitionId,
            @NotBlank(message = "{AccessService.choosePerson}") String username,
            @NotNull(message = "{AccessService.chooseRole}") CoalitionRole role) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NOBODY_CALLED, username));
        if (!AccessPolicy.mayHold(role, person.isExecutive())) {
            throw new RuleViolationException(Refusal.NOT_EXECUTIVE, person.getDisplayName());
        }
        Membership existing = em.createQuery(
                        "SELECT m FROM Membership m WHERE m.coalition.id = :c AND m.person = :p", Membership.class)
                .setParameter("c", coalitionId)
                .setParameter("p", person)
                .getResultStream()
                .findFirst()
                .orElse(null);
        String before = existing == null ? null : existing.getRole().name();
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(
                new Membership(em.find(Coalition.class, coalitionId), person, role, access.username(), Instant.now()));
        audit.record(
                coalitionId,
                AuditAction.ACCESS_GRANTED,
                "Person",
                person.getId(),
                person.getDisplayName() + " (" + person.getDepartment() + ")",
                before,
                role.name());
    }

    /** Takes away someone's role in the coalition; their next request is refused. */
    public void revoke(long coalitionId, @NotBlank String username) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        Membership membership = em.createQuery(
                        "SELECT m FROM Membership m JOIN FETCH m.person p WHERE m.coalition.id = :c AND p.username = :u",
                        Membership.class)
                .setParameter("c", coalitionId)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.HAS_NO_ROLE, username));
        em.remove(membership);
        audit.record(
                coalitionId,
                AuditAction.ACCESS_REVOKED,
                "Person",
                membership.getPerson().getId(),
                membership.getPerson().getDisplayName(),
                membership.getRole().name(),
                null);
    }
}
