package org.coalition.access;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.coalition.coalition.CoalitionRole;
import org.coalition.platform.NotFoundException;

/**
 * Applies {@link AccessPolicy} to the current caller. Every service method that touches a coalition
 * goes through {@link #require}; the caller's identity propagates from the calling bean.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isAdmin() {
        return context.isCallerInRole(Roles.ADMIN);
    }

    public boolean isDepartmentAdmin() {
        return context.isCallerInRole(Roles.DEPARTMENT_ADMIN);
    }

    /** The caller's department, as the identity provider reported it at their last sign-in. */
    public Optional<String> department() {
        return em.createQuery("SELECT p.department FROM Person p WHERE p.username = :u", String.class)
                .setParameter("u", username()).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether the caller is a department administrator of the department that leads the coalition. */
    public boolean isDepartmentAdminOf(long coalitionId) {
        if (!isDepartmentAdmin()) {
            return false;
        }
        return em.createQuery("""
                        SELECT COUNT(c) FROM Coalition c, Person p
                        WHERE c.id = :c AND p.username = :u AND c.leadDepartment IS NOT NULL AND c.leadDepartment = p.department""",
                        Long.class)
                .setParameter("c", coalitionId).setParameter("u", username()).getSingleResult() > 0;
    }

    public boolean isExecutive() {
        return context.isCallerInRole(Roles.EXECUTIVE);
    }

    /** The caller's role in the coalition, empty when they hold none (admins included). */
    public Optional<CoalitionRole> roleIn(long coalitionId) {
        return em.createQuery("""
                        SELECT m.role FROM Membership m
                        WHERE m.coalition.id = :coalition AND m.person.username = :username""", CoalitionRole.class)
                .setParameter("coalition", coalitionId)
                .setParameter("username", username())
                .getResultStream()
                .findFirst();
    }

    public boolean may(long coalitionId, CoalitionAction action) {
        return AccessPolicy.permits(roleIn(coalitionId).orElse(null), isAdmin(), action);
    }

    /**
     * Like {@link #require} for the coalition a stakeholder belongs to.
     *
     * @return the coalition's id
     */
    public long requireForStakeholder(long stakeholderId, CoalitionAction action) {
        long coalitionId = em.createQuery("SELECT s.coalition.id FROM Stakeholder s WHERE s.id = :id", Long.class)
                .setParameter("id", stakeholderId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no stakeholder number " + stakeholderId + "."));
        require(coalitionId, action);
        return coalitionId;
    }

    private boolean isArchived(long coalitionId) {
        return em.createQuery("SELECT c.phase FROM Coalition c WHERE c.id = :id", org.coalition.coalition.Phase.class)
                .setParameter("id", coalitionId).getResultStream()
                .anyMatch(phase -> phase == org.coalition.coalition.Phase.CLOSED);
    }

    /** The actions the caller may perform in the coalition (none that change anything once it is archived). */
    public java.util.Set<CoalitionAction> allowed(long coalitionId) {
        CoalitionRole role = roleIn(coalitionId).orElse(null);
        boolean admin = isAdmin();
        boolean departmentAdmin = isDepartmentAdminOf(coalitionId);
        var allowed = java.util.EnumSet.noneOf(CoalitionAction.class);
        boolean archived = isArchived(coalitionId);
        for (CoalitionAction action : CoalitionAction.values()) {
            if (AccessPolicy.permits(role, admin, departmentAdmin, action) && !(archived && action.changes())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Returns the caller's role (empty for an admin acting without one) or refuses.
     *
     * @throws NotFoundException     when there is no such coalition
     * @throws AccessDeniedException when the caller may not do this there
     */
    public Optional<CoalitionRole> require(long coalitionId, CoalitionAction action) {
        Optional<CoalitionRole> role = roleIn(coalitionId);
        if (AccessPolicy.permits(role.orElse(null), isAdmin(), action)
                || (action.departmentAdminMay() && isDepartmentAdminOf(coalitionId))) {
            if (action.changes() && isArchived(coalitionId)) {
                LOG.warning(() -> "Refused: " + username() + " may not " + action.name() + " in archived coalition " + coalitionId);
                throw new AccessDeniedException("This coalition is closed and archived: it can be read, no longer changed.");
            }
            return role;
        }
        boolean exists = em.createQuery("SELECT COUNT(c) FROM Coalition c WHERE c.id = :id", Long.class)
                .setParameter("id", coalitionId).getSingleResult() > 0;
        if (!exists) {
            throw new NotFoundException("There is no coalition number " + coalitionId + ".");
        }
        LOG.warning(() -> "Refused: " + username() + " (role " + role.map(Enum::name).orElse("none")
                + ") may not " + action.name() + " in coalition " + coalitionId);
        throw new AccessDeniedException(role.isEmpty()
                ? "You have no role in this coalition. Ask one of its members or an administrator for access."
                : "As " + role.get().label().toLowerCase() + " of this coalition you may not " + action.description() + ".");
    }
}
