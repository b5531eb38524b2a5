package org.coalition.rhythm;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How often the coalition meets to sync: weekly by default, or every two to four weeks, on one
 * weekday, at one local time, in one time zone. A coalition that stops meeting quietly dies, so the
 * cadence is also what tells whether syncs are being missed.
 *
 * <p>The series starts on the first {@code dayOfWeek} on or after {@code startsOn}; with an interval
 * of more than one week that first sync decides which weeks have a sync.
 *
 * <p>Times are wall-clock times: a 10:00 sync stays at 10:00 across daylight-saving changes. A time
 * that does not exist on a given day (inside the spring-forward gap) is moved later by the length of
 * the gap, as RFC 5545 and {@link ZonedDateTime#of} both do.
 *
 * @param startsOn   no sync is scheduled before this date
 * @param everyWeeks 1 (weekly) to {@value #MAX_EVERY_WEEKS}
 * @param duration   positive and shorter than a day
 */
public record Cadence(
        LocalDate startsOn, int everyWeeks, DayOfWeek dayOfWeek, LocalTime time, Duration duration, ZoneId zone)
        implements Serializable {

    public static final int MAX_EVERY_WEEKS = 4;

    public Cadence {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(zone, "zone");
        if (everyWeeks < 1 || everyWeeks > MAX_EVERY_WEEKS) {
            throw new IllegalArgumentException("A sync takes place every 1 to " + MAX_EVERY_WEEKS + " weeks.");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) >= 0) {
            throw new IllegalArgumentException("A sync lasts more than zero minutes and less than a day.");
        }
    }

    /** The default rhythm: every week. */
    public static Cadence weekly(
            LocalDate startsOn, DayOfWeek dayOfWeek, LocalTime time, Duration duration, ZoneId zone) {
        return new Cadence(startsOn, 1, dayOfWeek, time, duration, zone);
    }

    /** The cadence in words, e.g. "Every 2 weeks on Thursday at 09:30 for 45 minutes (Europe/Berlin)". */
    public String summary() {
        String day = dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (everyWeeks == 1 ? "Every week" : "Every " + everyWeeks + " weeks") + " on " + day + " at "
                + time.truncatedTo(ChronoUnit.MINUTES) + " for " + duration.toMinutes() + " minutes (" + zone.getId()
                + ")";
    }

    /** The days between two syncs. */
    public int intervalDays() {
        return 7 * everyWeeks;
    }

    /** The date of the very first sync of the series. */
    public LocalDate firstSync() {
        return startsOn.with(TemporalAdjusters.nextOrSame(dayOfWeek));
    }

    /** The first sync date on or after {@code date}. */
    public LocalDate nextSyncOnOrAfter(LocalDate date) {
        LocalDate first = firstSync();
        if (!date.isAfter(first)) {
            return first;
        }
        long days = ChronoUnit.DAYS.between(first, date);
        long intervals = (days + intervalDays() - 1) / intervalDays();
        return first.plusDays(intervals * intervalDays());
    }

    /** The sync on the given date of the series, its start and end in the cadence's zone. */
    public SyncOccurrence occurrenceOn(LocalDate syncDate) {
        ZonedDateTime start = ZonedDateTime.of(syncDate, time, zone);
        // An exact duration: a one-hour sync lasts one hour even on the night the clocks change
        return new SyncOccurrence(start, start.plus(duration));
    }

    /**
     * The next {@code count} syncs that have not ended at {@code now}, the first possibly under way.
     */
    public List<SyncOccurrence> upcoming(Instant now, int count) {
        ZonedDateTime local = now.atZone(zone);
        // Yesterday too: a sync that started before midnight may not have ended yet
        return nextOccurrences(local.toLocalDate().minusDays(1), count + 1).stream()
                .filter(occurrence -> occurrence.end().isAfter(local))
                .limit(count)
                .toList();
    }

    /** The next {@code count} syncs, the first of them on or after {@code from}. */
    public List<SyncOccurrence> nextOccurrences(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<SyncOccurrence> occurrences = new ArrayList<>(count);
        LocalDate date = nextSyncOnOrAfter(from);
        for (int i = 0; i < count; i++) {
            occurrences.add(occurrenceOn(date));
            date = date.plusDays(intervalDays());
        }
        return occurrences;
    }

    /**
     * Whether the coalition is behind its rhythm: more days have passed since the last sync than the
     * cadence's interval plus the tolerance. Exactly interval + tolerance days is still on time.
     *
     * @param lastSync      the date of the last sync held, {@code null} when none has been held; then
     *                      the first scheduled sync counts, with the same tolerance
     * @param toleranceDays how many days late a sync may be without counting as missed, zero or more
     */
    public boolean isSyncMissed(LocalDate lastSync, LocalDate today, int toleranceDays) {
        requireTolerance(toleranceDays);
        LocalDate due = lastSync == null ? firstSync() : lastSync.plusDays(intervalDays());
        return today.isAfter(due.plusDays(toleranceDays));
    }

    /**
     * How many scheduled syncs in a row have been missed up to today. A scheduled sync is missed once
     * its tolerance has passed ({@code today} is later than its date plus the tolerance) and no sync
     * was held within the tolerance around it. Only syncs after the last one held count: a sync held
     * late still ends the streak.
     *
     * @param heldSyncs     the dates syncs were actually held, in any order; dates after today are ignored
     * @param toleranceDays how many days early or late a sync may be held and still count, zero or more
     */
    public int missedInARow(Collection<LocalDate> heldSyncs, LocalDate today, int toleranceDays) {
        requireTolerance(toleranceDays);
        LocalDate lastHeld = heldSyncs.stream()
                .filter(held -> !held.isAfter(today))
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate candidate = lastHeld == null ? firstSync() : nextSyncOnOrAfter(lastHeld.plusDays(toleranceDays + 1L));
        int missed = 0;
        // A scheduled sync at date d is missed when d + tolerance < today
        for (LocalDate d = candidate; d.plusDays(toleranceDays).isBefore(today); d = d.plusDays(intervalDays())) {
            missed++;
        }
        return missed;
    }

    private static void requireTolerance(int toleranceDays) {
        if (toleranceDays < 0) {
            throw new IllegalArgumentException("toleranceDays must not be negative: " + toleranceDays);
        }
    }
}
