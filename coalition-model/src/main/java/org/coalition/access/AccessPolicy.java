package org.coalition.access;

import org.coalition.coalition.CoalitionRole;

/** Decides whether a caller may perform an action in a coalition. Pure: no lookups, no side effects. */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * @param role  the caller's role in the coalition, or {@code null} when they hold none
     * @param admin whether the caller is an application administrator
     */
    public static boolean permits(CoalitionRole role, boolean admin, CoalitionAction action) {
        return permits(role, admin, false, action);
    }

    /**
     * @param adminOfLeadDepartment whether the caller is a department administrator of the department
     *                              that leads the coalition
     */
    public static boolean permits(CoalitionRole role, boolean admin, boolean adminOfLeadDepartment, CoalitionAction action) {
        return action.allowedFor(role) || (admin && action.adminMay())
                || (adminOfLeadDepartment && action.departmentAdminMay());
    }
}
