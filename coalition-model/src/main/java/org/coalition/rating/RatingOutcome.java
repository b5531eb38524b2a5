package org.coalition.rating;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.coalition.stakeholder.Stance;

/**
 * What the ratings of one stakeholder in a closed round say, against the stance recorded for them: the lowest and the
 * highest rating, the consensus (the median; with an even number of ratings the two middle ones, {@code medianLow} to
 * {@code medianHigh}) and whether the stakeholder is flagged as <em>assumed</em>:
 * <ul>
 *     <li>the spread is wide: {@code highest − lowest} on the stance scale (5 champion … 1 opponent) is at least
 *     {@link #WIDE_SPREAD}, i.e. the members do not agree where they stand;</li>
 *     <li>or the consensus differs from the recorded stance: the recorded stance lies outside the median
 *     ({@code medianLow}–{@code medianHigh}), i.e. the register says something the members do not see.</li>
 * </ul>
 * Without ratings nothing is known and nothing is flagged. Pure: the same ratings always give the same outcome.
 */
public record RatingOutcome(
        int ratings, Stance recorded, Stance lowest, Stance highest, Stance medianLow, Stance medianHigh)
        implements Serializable {

    /** A spread of two steps (e.g. supporter and skeptic) or more is wide. */
    public static final int WIDE_SPREAD = 2;

    /** The outcome of these ratings against the recorded stance. */
    public static RatingOutcome of(Collection<Stance> ratings, Stance recorded) {
        if (ratings.isEmpty()) {
            return new RatingOutcome(0, recorded, null, null, null, null);
        }
        // scores ascending: opponent (1) first, champion (5) last
        List<Stance> sorted = ratings.stream()
                .sorted((a, b) -> Integer.compare(a.score(), b.score()))
                .toList();
        int n = sorted.size();
        return new RatingOutcome(
                n, recorded, sorted.get(0), sorted.get(n - 1), sorted.get((n - 1) / 2), sorted.get(n / 2));
    }

    /** Steps between the lowest and the highest rating; 0 without ratings. */
    public int spread() {
        return ratings == 0 ? 0 : highest.score() - lowest.score();
    }

    /** Whether the members disagree where the stakeholder stands. */
    public boolean wide() {
        return spread() >= WIDE_SPREAD;
    }

    /** Whether the members' consensus (the median) leaves out the stance the register records. */
    public boolean differs() {
        return ratings > 0
                && recorded != null
                && (recorded.score() < medianLow.score() || recorded.score() > medianHigh.score());
    }

    /** Flagged as assumed: a one-on-one should find out where they really stand. */
    public boolean flagged() {
        return wide() || differs();
    }

    /** The consensus as one stance, when the median is one (an odd number of ratings, or two equal middle ones). */
    public Stance consensus() {
        return medianLow != null && medianLow == medianHigh ? medianLow : null;
    }
}
