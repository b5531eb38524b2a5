package org.coalition.difference;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A difference as the register lists it: with its parties (fetched together, not one by one) and how
 * long it has been open and quiet.
 */
public record DifferenceSummary(
        Difference difference, List<DifferenceParty> parties, long ageInDays, long daysSinceActivity, boolean stale)
        implements Serializable {

    public static DifferenceSummary of(
            Difference difference, List<DifferenceParty> parties, DifferenceAging aging, Instant now) {
        return new DifferenceSummary(
                difference,
                List.copyOf(parties),
                aging.ageInDays(difference.getCreatedAt(), now),
                aging.daysSinceActivity(difference.getLastActivityAt(), now),
                aging.isStale(difference.getStatus(), difference.getLastActivityAt(), now));
    }
}
