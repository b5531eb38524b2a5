package org.coalition.rating;

import java.io.Serializable;
import java.time.Instant;

/**
 * A rating round as a list shows it to anyone who may view the coalition: who opened it when, whether and when it
 * closed (by whom; null by itself), how many were asked and how many have rated so far (no names, no stances: the
 * round is blind), and, once closed, how many of its stakeholders it flagged.
 */
public record RatingRoundRow(
        long id,
        long version,
        String openedByName,
        String openedByUsername,
        Instant openedAt,
        Instant closedAt,
        String closedBy,
        int raterCount,
        int stakeholderCount,
        long ratersRated,
        long ratings,
        long flagged)
        implements Serializable {

    public boolean open() {
        return closedAt == null;
    }

    public boolean closedByItself() {
        return closedAt != null && closedBy == null;
    }

    public int ratingsExpected() {
        return raterCount * stakeholderCount;
    }
}
