package org.coalition.access;

/**
 * Realm roles delivered by the identity provider in the {@code groups} claim. Global roles only:
 * what someone may do <em>in a coalition</em> depends on their {@link org.coalition.coalition.CoalitionRole}
 * there, decided by {@link AccessPolicy}.
 */
public final class Roles {

    /** Manages every coalition and who has access to it. */
    public static final String ADMIN = "coalition-admin";
    /** May be made an executive sponsor of a coalition. */
    public static final String EXECUTIVE = "executive";
    /** Manages access to the coalitions led by their own department. */
    public static final String DEPARTMENT_ADMIN = "department-admin";
    /** Any signed-in employee: may propose coalitions and be granted roles in them. */
    public static final String EMPLOYEE = "employee";

    private Roles() {}
}
