package org.coalition.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Who is at the screen, as the identity provider described them at sign-in. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String department;
    private boolean admin;
    private boolean executive;
    private boolean departmentAdmin;

    void signedIn(
            String username,
            String displayName,
            String department,
            boolean admin,
            boolean departmentAdmin,
            boolean executive) {
        this.departmentAdmin = departmentAdmin;
        this.username = username;
        this.displayName = displayName;
        this.department = department;
        this.admin = admin;
        this.executive = executive;
    }

    public boolean isKnown() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isDepartmentAdmin() {
        return departmentAdmin;
    }

    /** Whether the access console is any use to them (the services decide what they may change there). */
    public boolean isManagesAccess() {
        return admin || departmentAdmin;
    }

    public boolean isExecutive() {
        return executive;
    }
}
