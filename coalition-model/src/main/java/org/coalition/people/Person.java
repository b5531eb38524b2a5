package org.coalition.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.privacy.Redaction;
import org.coalition.shared.BaseEntity;

/**
 * Someone the application knows: created or refreshed from the identity provider's token at each
 * sign-in, so that memberships and ownership can point at a person rather than at a bare name.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    /** The SSO user name (the token's {@code preferred_username}); the caller principal's name. */
    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Size(max = 254)
    private String email;

    @Size(max = 100)
    private String department;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Whether the identity provider reported the executive role at the last sign-in: only executives can sponsor. */
    @Column(nullable = false)
    private boolean executive;

    /** When an administrator erased this person's data; the row stays so that history keeps its references. */
    @Column(name = "erased_on")
    private LocalDate erasedOn;

    protected Person() {
        // for JPA
    }

    public Person(String username, String displayName, String email, String department) {
        this.username = username;
        refresh(displayName, email, department);
    }

    /** Takes the latest name, e-mail and department the identity provider reported. */
    public final void refresh(String displayName, String email, String department) {
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.email = email;
        this.department = department;
    }

    /**
     * Erases what identifies this person but the row itself, which memberships, tasks and conversations keep
     * pointing at. The user name is changed by a bulk update (it is not updatable through the entity).
     */
    public void erase(LocalDate today) {
        this.displayName = Redaction.erasedName(getId());
        this.email = null;
        this.department = null;
        this.lastLoginAt = null;
        this.executive = false;
        this.erasedOn = today;
    }

    public void signedInAt(Instant when) {
        this.lastLoginAt = when;
    }

    public void setExecutive(boolean executive) {
        this.executive = executive;
    }

    public boolean isExecutive() {
        return executive;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getDepartment() {
        return department;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
