package org.coalition.coalition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Level;

/** A person's role in one coalition. One per person and coalition. */
@Entity
@Table(name = "membership", uniqueConstraints = @UniqueConstraint(columnNames = {"coalition_id", "person_id"}))
public class Membership extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The keys as plain values, read-only: for queries that match on them without joining (MyWorkService). */
    @Column(name = "coalition_id", insertable = false, updatable = false)
    private Long coalitionId;

    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CoalitionRole role;

    /** The member's level in the organisation for the coverage grid; null when not recorded ({@code Supporters.memberLevel}). */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Level level;

    @NotNull
    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @NotNull
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Membership() {
        // for JPA
    }

    public Membership(Coalition coalition, Person person, CoalitionRole role, String grantedBy, Instant grantedAt) {
        this.coalition = coalition;
        this.person = person;
        this.role = role;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Person getPerson() {
        return person;
    }

    public CoalitionRole getRole() {
        return role;
    }

    public Level getLevel() {
        return level;
    }

    /** Records the member's level in the organisation (null: not known). */
    public void setLevel(Level level) {
        this.level = level;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
