package org.coalition.access;

import org.coalition.coalition.CoalitionRole;
import org.coalition.shared.Refusal;

/** Decides whether a caller may perform an action in a coalition. Pure: no lookups, no side effects. */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * Who is asking, as far as the table cares.
     *
     * @param role                  the caller's role in the coalition, or {@code null} when they hold none
     * @param admin                 whether the caller is an application administrator
     * @param adminOfLeadDepartment whether the caller is a department administrator of the department that leads
     *                              the coalition
     * @param executive             whether the caller is an executive (the identity provider's executive role)
     */
    public record Caller(CoalitionRole role, boolean admin, boolean adminOfLeadDepartment, boolean executive) {

        /** Someone with a role (or none) and no administration rights. */
        public static Caller of(CoalitionRole role, boolean executive) {
            return new Caller(role, false, false, executive);
        }
    }

    public static boolean permits(Caller caller, CoalitionAction action) {
        boolean byRole = action.allowedFor(caller.role()) && (!action.needsExecutive() || caller.executive());
        return byRole
                || (caller.admin() && action.adminMay())
                || (caller.adminOfLeadDepartment() && action.departmentAdminMay());
    }

    /**
     * Why the table refuses {@code action} to {@code caller} (who is not permitted it): no role at all, a role
     * without executive rank where the action needs one ({@link Refusal#ONLY_SPONSOR_DECIDES}), or a role
     * that may not ({@link Refusal#ROLE_MAY_NOT}, with the role and the action as its values).
     */
    public static Refusal refusal(Caller caller, CoalitionAction action) {
        if (caller.role() == null) {
            return Refusal.NO_ROLE;
        }
        if (action.allowedFor(caller.role()) && action.needsExecutive() && !caller.executive()) {
            return Refusal.ONLY_SPONSOR_DECIDES;
        }
        return Refusal.ROLE_MAY_NOT;
    }

    /** Only executives can be sponsors: they are the ones who can decide and commit resources. */
    public static boolean maySponsor(boolean executive) {
        return executive;
    }

    /** Whether someone may be given {@code role} in a coalition. */
    public static boolean mayHold(CoalitionRole role, boolean executive) {
        return role != CoalitionRole.SPONSOR || maySponsor(executive);
    }
}
