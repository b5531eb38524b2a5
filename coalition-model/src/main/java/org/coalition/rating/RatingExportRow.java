package org.coalition.rating;

import java.time.Instant;
import java.time.LocalDate;
import org.coalition.stakeholder.Stance;

/**
 * One stakeholder of a closed round with its outcome, and, for those who may read notes, one rating of them with its
 * rater (else {@code raterName}, {@code stance} and {@code ratedAt} are null and there is one row per stakeholder).
 */
public record RatingExportRow(
        long roundId,
        LocalDate closedOn,
        long stakeholderId,
        String stakeholderName,
        RatingOutcome outcome,
        String raterName,
        Stance stance,
        Instant ratedAt) {}
