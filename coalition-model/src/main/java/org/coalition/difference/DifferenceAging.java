package org.coalition.difference;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a difference has been around and whether it has gone quiet. A difference nobody touched for
 * more than the window (two weeks unless configured) is stale: differences left alone do not go
 * away, they go underground. Days are whole 24-hour periods, so the rule does not depend on time zones.
 */
public final class DifferenceAging {

    public static final int DEFAULT_STALE_AFTER_DAYS = 14;
    public static final DifferenceAging DEFAULT = new DifferenceAging(DEFAULT_STALE_AFTER_DAYS);

    private final int staleAfterDays;

    /** @param staleAfterDays a difference quiet for more than this many days is stale */
    public DifferenceAging(int staleAfterDays) {
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException(
                    "The stale window must be at least one day, not " + staleAfterDays + ".");
        }
        this.staleAfterDays = staleAfterDays;
    }

    public int staleAfterDays() {
        return staleAfterDays;
    }

    /** Whole days since the difference was opened; never negative. */
    public long ageInDays(Instant createdAt, Instant now) {
        return wholeDays(createdAt, now);
    }

    /** Whole days since anything last happened to the difference; never negative. */
    public long daysSinceActivity(Instant lastActivityAt, Instant now) {
        return wholeDays(lastActivityAt, now);
    }

    /** Unresolved and quiet for more than the window; exactly the window is not stale yet. */
    public boolean isStale(DifferenceStatus status, Instant lastActivityAt, Instant now) {
        return status.isUnresolved() && daysSinceActivity(lastActivityAt, now) > staleAfterDays;
    }

    private static long wholeDays(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }
}
