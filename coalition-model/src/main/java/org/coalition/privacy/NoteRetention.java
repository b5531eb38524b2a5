package org.coalition.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How long private notes about people are kept: a note written (or a one-on-one held) more than
 * {@code days} days ago is redacted by the daily retention job. A note exactly {@code days} days old is
 * still kept; one day more and it goes.
 */
public record NoteRetention(int days) implements Serializable {

    public static final int DEFAULT_DAYS = 365;

    public NoteRetention {
        if (days < 1) {
            throw new IllegalArgumentException("The note retention period is at least one day, not " + days);
        }
    }

    /** The oldest date that is still kept today: anything dated before it is redacted. */
    public LocalDate oldestKept(LocalDate today) {
        return today.minusDays(days);
    }

    /** Whether a note dated {@code writtenOn} is past the retention period today (undated notes are not). */
    public boolean expired(LocalDate writtenOn, LocalDate today) {
        return writtenOn != null && writtenOn.isBefore(oldestKept(today));
    }
}
