package org.coalition.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Phase;
import org.coalition.platform.NotFoundException;
import org.coalition.shared.ChangeStamp;
import org.coalition.shared.Refusal;

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

    @Inject
    private Instance<StandingMemo> memos;

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
                .setParameter("u", username())
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
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

    /**
     * Like {@link #require} for the coalition a stakeholder belongs to.
     *
     * @return the coalition's id
     */
    public long requireForStakeholder(long stakeholderId, CoalitionAction action) {
        long coalitionId = coalitionOfStakeholder(stakeholderId);
        require(coalitionId, action);
        return coalitionId;
    }

    /** @throws NotFoundException when there is no such stakeholder */
    public long coalitionOfStakeholder(long stakeholderId) {
        return em.createQuery("SELECT s.coalition.id FROM Stakeholder s WHERE s.id = :id", Long.class)
                .setParameter("id", stakeholderId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId));
    }

    /**
     * Where the caller stands in one coalition: everything {@link AccessPolicy} needs, read once
     * (the coalition's phase and lead department, the caller's role; their department only when they
     * are a department administrator).
     */
    private record Standing(AccessPolicy.Caller caller, boolean archived) {

        CoalitionRole role() {
            return caller.role();
        }

        boolean permits(CoalitionAction action) {
            return AccessPolicy.permits(caller, action);
        }

        Set<CoalitionAction> allowed() {
            var allowed = EnumSet.noneOf(CoalitionAction.class);
            for (CoalitionAction action : CoalitionAction.values()) {
                if (permits(action) && !(archived && action.changes())) {
                    allowed.add(action);
                }
            }
            return allowed;
        }
    }

    /** A permitted action: the caller's role there (empty for an administrator without one) and all they may do. */
    public record Grant(Optional<CoalitionRole> role, Set<CoalitionAction> allowed) {}

    /** @throws NotFoundException when there is no such coalition */
    private Standing standing(long coalitionId) {
        StandingMemo memo = memo();
        StandingMemo.Key key = new StandingMemo.Key(coalitionId, username(), ChangeStamp.current());
        if (memo != null && memo.get(key) instanceof Standing known) {
            return known;
        }
        // one statement: the coalition (now in the persistence context, so the caller's em.find is free)
        // and the caller's role there
        Object[] row = em.createQuery("""
                        SELECT c, (SELECT m.role FROM Membership m WHERE m.coalition = c AND m.person.username = :u)
                        FROM Coalition c WHERE c.id = :id""", Object[].class)
                .setParameter("id", coalitionId)
                .setParameter("u", username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_COALITION, coalitionId));
        Coalition coalition = (Coalition) row[0];
        String leadDepartment = coalition.getLeadDepartment();
        boolean departmentAdmin = leadDepartment != null
                && isDepartmentAdmin()
                && leadDepartment.equals(department().orElse(null));
        // a scalar subquery hands the enum back as its column value
        CoalitionRole role = row[1] == null
                ? null
                : row[1] instanceof CoalitionRole r ? r : CoalitionRole.valueOf(row[1].toString());
        Standing standing = new Standing(
                new AccessPolicy.Caller(role, isAdmin(), departmentAdmin, isExecutive()),
                coalition.getPhase() == Phase.CLOSED);
        if (memo != null) {
            memo.put(key, standing);
        }
        return standing;
    }

    /** The request's memo, or none outside a request (timers, asynchronous work). */
    private StandingMemo memo() {
        try {
            StandingMemo memo = memos.get();
            memo.get(null); // touches the proxy: fails here when no request is active
            return memo;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /**
     * Returns the caller's role (empty for an admin acting without one) or refuses.
     *
     * @throws NotFoundException     when there is no such coalition
     * @throws AccessDeniedException when the caller may not do this there
     */
    public Optional<CoalitionRole> require(long coalitionId, CoalitionAction action) {
        return requireGrant(coalitionId, action).role();
    }

    /** Like {@link #require}, and also says everything else the caller may do there, from the same reads. */
    public Grant requireGrant(long coalitionId, CoalitionAction action) {
        Standing standing = standing(coalitionId);
        if (standing.permits(action)) {
            if (action.changes() && standing.archived()) {
                LOG.warning(() -> "Refused: " + username() + " may not " + action.name() + " in archived coalition "
                        + coalitionId);
                throw new AccessDeniedException(Refusal.ARCHIVED);
            }
            return new Grant(Optional.ofNullable(standing.role()), standing.allowed());
        }
        Optional<CoalitionRole> role = Optional.ofNullable(standing.role());
        LOG.warning(() -> "Refused: " + username() + " (role "
                + role.map(Enum::name).orElse("none") + ") may not " + action.name() + " in coalition " + coalitionId);
        Refusal refusal = AccessPolicy.refusal(standing.caller(), action);
        throw refusal == Refusal.ROLE_MAY_NOT
                ? new AccessDeniedException(refusal, role.orElseThrow(), action)
                : new AccessDeniedException(refusal);
    }
}
