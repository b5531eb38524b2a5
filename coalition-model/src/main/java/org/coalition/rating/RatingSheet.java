package org.coalition.rating;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.coalition.stakeholder.Stance;

/**
 * One round as one caller may see it. While the round is open: the caller's own ratings and how many have rated,
 * nothing of the others'. After the close: each stakeholder's outcome for everyone, and each rating with its rater for
 * those who may read notes ({@code ratings} stays empty for observers).
 *
 * @param round     the round's counts (never a name of a rater or a stance while open)
 * @param mayRate   the caller is one of the raters and the round is open
 * @param mayClose  the caller may close it early (its opener, or a sponsor) and it is open
 * @param attributed whether {@code ratings} of the lines name the raters (closed, and the caller may read notes)
 */
public record RatingSheet(RatingRoundRow round, boolean mayRate, boolean mayClose, boolean attributed, List<Line> lines)
        implements Serializable {

    /**
     * A stakeholder of the round: the stance recorded now, the caller's own rating (null if not yet, or not a rater),
     * the outcome kept at the close (null while open), and its ratings with the raters (after the close, for those who
     * may read notes; else empty).
     */
    public record Line(
            long stakeholderId,
            String name,
            int influence,
            Stance recorded,
            Stance yours,
            RatingOutcome outcome,
            List<Attributed> ratings)
            implements Serializable {

        public boolean flagged() {
            return outcome != null && outcome.flagged();
        }
    }

    /** A rating and who gave it. */
    public record Attributed(String raterName, String raterUsername, Stance stance, Instant ratedAt)
            implements Serializable {}

    /** Whether the caller has rated every stakeholder of the round. */
    public boolean ratedAll() {
        return lines.stream().allMatch(l -> l.yours() != null);
    }
}
