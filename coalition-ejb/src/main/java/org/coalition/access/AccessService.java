package org.coalition.access;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.MemberListing;
import org.coalition.coalition.Membership;
import org.coalition.people.Person;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;

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

    /** The coalitions the caller may manage access to. */
    public List<CoalitionListing> manageable() {
        var query = access.isAdmin()
                ? em.createQuery("SELECT c FROM Coalition c ORDER BY c.name, c.id", Coalition.class)
                : em.createQuery("SELECT c FROM Coalition c WHERE c.leadDepartment = :d ORDER BY c.name, c.id", Coalition.class)
                        .setParameter("d", access.department().orElse(""));
        return query.setMaxResults(500).getResultStream()
                .map(c -> new CoalitionListing(c.getId(), c.getName(), c.getObjective(), c.getTargetDate(), c.getPhase(),
                        c.getLeadDepartment(), null))
                .toList();
    }

    /** The people the application knows (created or updated at each sign-in), with their departments. */
    public List<Person> people() {
        return em.createQuery("SELECT p FROM Person p ORDER BY p.department, p.displayName", Person.class)
                .setMaxResults(1000).getResultList();
    }

    /** The departments the identity provider has reported, from the people who signed in. */
    public List<String> departments() {
        return em.createQuery("SELECT DISTINCT p.department FROM Person p WHERE p.department IS NOT NULL ORDER BY p.department",
                String.class).getResultList();
    }

    public List<MemberListing> roles(long coalitionId) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        return em.createQuery("""
                        SELECT NEW org.coalition.coalition.MemberListing(p.id, p.username, p.displayName, p.department, m.role)
                        FROM Membership m JOIN m.person p WHERE m.coalition.id = :c ORDER BY m.role, p.displayName""",
                        MemberListing.class)
                .setParameter("c", coalitionId).getResultList();
    }

    /** Gives someone a role in the coalition, or changes the role they have. Only executives can be sponsors. */
    public void grant(long coalitionId, @NotBlank(message = "{AccessService.choosePerson}") String username,
                      @NotNull(message = "{AccessService.chooseRole}") CoalitionRole role) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Nobody called " + username + " has signed in yet."));
        if (role == CoalitionRole.SPONSOR && !person.isExecutive()) {
            throw new RuleViolationException(person.getDisplayName() + " is not an executive: only executives can be sponsors.");
        }
        Membership existing = em.createQuery("SELECT m FROM Membership m WHERE m.coalition.id = :c AND m.person = :p", Membership.class)
                .setParameter("c", coalitionId).setParameter("p", person).getResultStream().findFirst().orElse(null);
        String before = existing == null ? null : existing.getRole().name();
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new Membership(em.find(Coalition.class, coalitionId), person, role, access.username(), Instant.now()));
        audit.record(coalitionId, "access.granted", "Person", person.getId(), person.getDisplayName() + " (" + person.getDepartment() + ")",
                before, role.name());
    }

    /** Takes away someone's role in the coalition; their next request is refused. */
    public void revoke(long coalitionId, @NotBlank String username) {
        access.require(coalitionId, CoalitionAction.MANAGE_ACCESS);
        Membership membership = em.createQuery(
                        "SELECT m FROM Membership m JOIN FETCH m.person p WHERE m.coalition.id = :c AND p.username = :u", Membership.class)
                .setParameter("c", coalitionId).setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(username + " has no role in this coalition."));
        em.remove(membership);
        audit.record(coalitionId, "access.revoked", "Person", membership.getPerson().getId(),
                membership.getPerson().getDisplayName(), membership.getRole().name(), null);
    }
}
