package org.coalition.api.rating;

import java.time.Instant;
import java.util.List;
import org.coalition.rating.RatingOutcome;
import org.coalition.rating.RatingRoundRow;
import org.coalition.rating.RatingSheet;
import org.coalition.stakeholder.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A blind rating round: who opened it when, whether it closed, how many were asked and have rated. With its
 * stakeholders ({@link #of(RatingSheet)}): the caller's own rating, and after the close each outcome, and each rating with
 * its rater for those who may read notes. Nothing of another member's rating while the round is open.
 */
@Schema(description = "A blind rating round of stakeholders' stances")
public record RatingRoundRepresentation(
        long id,
        long version,
        String openedBy,
        String openedByName,
        Instant openedAt,
        boolean open,
        Instant closedAt,
        String closedBy,
        boolean closedByItself,
        int raters,
        int stakeholderCount,
        long ratersRated,
        long ratings,
        long ratingsExpected,
        Long flagged,
        Boolean mayRate,
        Boolean mayClose,
        List<Line> stakeholders) {

    public static RatingRoundRepresentation of(RatingRoundRow r) {
        return new RatingRoundRepresentation(
                r.id(),
                r.version(),
                r.openedByUsername(),
                r.openedByName(),
                r.openedAt(),
                r.open(),
                r.closedAt(),
                r.closedBy(),
                r.closedByItself(),
                r.raterCount(),
                r.stakeholderCount(),
                r.ratersRated(),
                r.ratings(),
                r.ratingsExpected(),
                r.open() ? null : r.flagged(),
                null,
                null,
                null);
    }

    public static RatingRoundRepresentation of(RatingSheet sheet) {
        RatingRoundRepresentation round = of(sheet.round());
        return new RatingRoundRepresentation(
                round.id(),
                round.version(),
                round.openedBy(),
                round.openedByName(),
                round.openedAt(),
                round.open(),
                round.closedAt(),
                round.closedBy(),
                round.closedByItself(),
                round.raters(),
                round.stakeholderCount(),
                round.ratersRated(),
                round.ratings(),
                round.ratingsExpected(),
                round.flagged(),
                sheet.mayRate(),
                sheet.mayClose(),
                sheet.lines().stream().map(Line::of).toList());
    }

    /** A stakeholder of the round: the caller's rating, the outcome after the close, the attributed ratings (notes). */
    @Schema(name = "RatedStakeholder")
    public record Line(
            long stakeholderId, String name, Stance recorded, Stance yours, Outcome outcome, List<Rating> ratings) {

        static Line of(RatingSheet.Line line) {
            return new Line(
                    line.stakeholderId(),
                    line.name(),
                    line.recorded(),
                    line.yours(),
                    Outcome.of(line.outcome()),
                    line.ratings().stream()
                            .map(a -> new Rating(a.raterUsername(), a.raterName(), a.stance(), a.ratedAt()))
                            .toList());
        }
    }

    /** The spread and the flag kept at the close: {@code flagged} when the spread is wide or the median leaves out the recorded stance. */
    @Schema(name = "RatingOutcome")
    public record Outcome(
            int ratings,
            Stance recordedAtClose,
            Stance lowest,
            Stance highest,
            int spread,
            Stance medianLow,
            Stance medianHigh,
            boolean wide,
            boolean differs,
            boolean flagged) {

        static Outcome of(RatingOutcome o) {
            return o == null
                    ? null
                    : new Outcome(
                            o.ratings(),
                            o.recorded(),
                            o.lowest(),
                            o.highest(),
                            o.spread(),
                            o.medianLow(),
                            o.medianHigh(),
                            o.wide(),
                            o.differs(),
                            o.flagged());
        }
    }

    /** One rating and its rater. */
    public record Rating(String rater, String raterName, Stance stance, Instant ratedAt) {}
}
