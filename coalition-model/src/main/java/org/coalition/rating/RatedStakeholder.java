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
import java.time.LocalDate;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;

/**
 * A stakeholder in a rating round and, once the round closed, its outcome: the stance recorded at the close, the
 * lowest and highest rating, the median, and whether the stakeholder is flagged as assumed ({@link RatingOutcome}).
 * The health advisor counts a flag until a one-on-one held on or after {@code closedOn}.
 */
@Entity
@Table(name = "rated_stakeholder")
public class RatedStakeholder extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private RatingRound round;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @Column(name = "ratings", nullable = false)
    private int ratings;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_stance", length = 20)
    private Stance recorded;

    @Enumerated(EnumType.STRING)
    @Column(name = "lowest", length = 20)
    private Stance lowest;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest", length = 20)
    private Stance highest;

    @Enumerated(EnumType.STRING)
    @Column(name = "median_low", length = 20)
    private Stance medianLow;

    @Enumerated(EnumType.STRING)
    @Column(name = "median_high", length = 20)
    private Stance medianHigh;

    /** Null while the round is open. */
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 10)
    private RatingVerdict verdict;

    /** The day the round closed (null while open): a one-on-one from this day on clears the flag. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected RatedStakeholder() {
        // for JPA
    }

    RatedStakeholder(RatingRound round, Stakeholder stakeholder) {
        this.round = round;
        this.stakeholder = stakeholder;
    }

    void settle(RatingOutcome outcome, LocalDate closedOn) {
        this.ratings = outcome.ratings();
        this.recorded = outcome.recorded();
        this.lowest = outcome.lowest();
        this.highest = outcome.highest();
        this.medianLow = outcome.medianLow();
        this.medianHigh = outcome.medianHigh();
        this.verdict = RatingVerdict.of(outcome);
        this.closedOn = closedOn;
    }

    /** The kept outcome (null while the round is open). */
    public RatingOutcome outcome() {
        return closedOn == null ? null : new RatingOutcome(ratings, recorded, lowest, highest, medianLow, medianHigh);
    }

    public RatingRound getRound() {
        return round;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public boolean isFlagged() {
        return verdict == RatingVerdict.ASSUMED;
    }

    public RatingVerdict getVerdict() {
        return verdict;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
