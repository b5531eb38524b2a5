package org.coalition.difference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/**
 * One side of a difference: a stakeholder or a coalition member, what they ask for (the position)
 * and why (the interest beneath it). Positions collide; interests often leave room for both.
 */
@Entity
@Table(name = "difference_party")
public class DifferenceParty extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "difference_id", nullable = false, updatable = false)
    private Difference difference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stakeholder_id", updatable = false)
    private Stakeholder stakeholder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", updatable = false)
    private Person member;

    @NotBlank(message = "{DifferenceParty.writeDownTheirPosition}")
    @Size(max = 1000, message = "{DifferenceParty.position1000Characters}")
    @Column(nullable = false)
    private String position;

    @Size(max = 1000, message = "{DifferenceParty.interest1000Characters}")
    private String interest;

    protected DifferenceParty() {
        // for JPA
    }

    DifferenceParty(Difference difference, Stakeholder stakeholder, Person member, String position, String interest) {
        if ((stakeholder == null) == (member == null)) {
            throw new IllegalArgumentException("A party is either a stakeholder or a member of the coalition.");
        }
        this.difference = difference;
        this.stakeholder = stakeholder;
        this.member = member;
        this.position = position == null ? null : position.strip();
        this.interest = interest == null || interest.isBlank() ? null : interest.strip();
    }

    /** The party's name, whichever kind of party they are. */
    public String name() {
        return stakeholder != null ? stakeholder.getName() : member.getDisplayName();
    }

    public Difference getDifference() {
        return difference;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Person getMember() {
        return member;
    }

    public String getPosition() {
        return position;
    }

    public String getInterest() {
        return interest;
    }
}
