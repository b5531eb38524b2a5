package org.coalition.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;

/**
 * One member's rating of one stakeholder's stance in a round: given once, never changed, and attributable to its rater
 * (shown with the rater's name after the close to those who may read notes). One per round, stakeholder and rater (a
 * unique key makes sure of it).
 */
@Entity
@Table(name = "rating")
public class Rating extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private RatingRound round;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rater_id", nullable = false, updatable = false)
    private Person rater;

    @NotNull(message = "{Rating.chooseStance}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Stance stance;

    @NotNull
    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    protected Rating() {
        // for JPA
    }

    public Rating(RatingRound round, Stakeholder stakeholder, Person rater, Stance stance, Instant ratedAt) {
        this.round = round;
        this.stakeholder = stakeholder;
        this.rater = rater;
        this.stance = stance;
        this.ratedAt = ratedAt;
    }

    public RatingRound getRound() {
        return round;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Person getRater() {
        return rater;
    }

    public Stance getStance() {
        return stance;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
