package org.coalition.rhythm;

import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CadenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Cadence cadence(LocalDate startsOn, int everyWeeks, DayOfWeek day) {
        return new Cadence(startsOn, everyWeeks, day, LocalTime.of(10, 0), HOUR, BERLIN);
    }

    private static List<LocalDate> dates(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .map(LocalDate::parse)
                .toList();
    }

    @ParameterizedTest(name = "from {0} every {1} week(s) on {2}: next on or after {3} is {4}")
    @CsvSource({
        "2025-01-01, 1, TUESDAY,   2024-12-01, 2025-01-07", // before the series: its first sync
        "2025-01-01, 1, TUESDAY,   2025-01-07, 2025-01-07", // on a sync day: that day
        "2025-01-01, 1, TUESDAY,   2025-01-08, 2025-01-14",
        "2025-01-01, 1, TUESDAY,   2025-01-29, 2025-02-04", // across a month end
        "2025-01-01, 1, TUESDAY,   2025-12-30, 2025-12-30",
        "2025-01-01, 1, TUESDAY,   2025-12-31, 2026-01-06", // across the year end
        "2025-01-01, 2, TUESDAY,   2025-01-08, 2025-01-21",
        "2025-01-01, 2, TUESDAY,   2025-01-14, 2025-01-21", // a Tuesday off the fortnight
        "2025-01-01, 2, TUESDAY,   2025-01-21, 2025-01-21",
        "2025-01-01, 2, TUESDAY,   2025-01-22, 2025-02-04",
        "2025-01-01, 2, TUESDAY,   2025-12-24, 2026-01-06", // fortnightly across the year end
        "2024-12-20, 3, FRIDAY,    2024-12-21, 2025-01-10",
        "2024-12-20, 3, FRIDAY,    2025-01-11, 2025-01-31",
        "2024-01-31, 4, WEDNESDAY, 2024-02-28, 2024-02-28",
        "2024-01-31, 4, WEDNESDAY, 2024-02-29, 2024-03-27", // leap day
        "2025-03-30, 1, SUNDAY,    2025-03-01, 2025-03-30", // series starting on its own weekday
    })
    void should_find_the_next_sync_date(
            LocalDate startsOn, int everyWeeks, DayOfWeek day, LocalDate date, LocalDate expected) {
        assertEquals(expected, cadence(startsOn, everyWeeks, day).nextSyncOnOrAfter(date));
    }

    @ParameterizedTest(name = "{0}, every {2} week(s) on {3} at {4}, from {5}")
    @CsvSource({
        // Berlin springs forward on the last Sunday of March: same wall-clock time, new offset
        "Europe/Berlin,    2025-03-01, 1, SUNDAY,    10:00, 2025-03-20, "
                + "2025-03-23T10:00+01:00 2025-03-30T10:00+02:00 2025-04-06T10:00+02:00",
        // 02:30 does not exist that night: moved on by the gap, back to 02:30 a week later
        "Europe/Berlin,    2025-03-01, 1, SUNDAY,    02:30, 2025-03-20, "
                + "2025-03-23T02:30+01:00 2025-03-30T03:30+02:00 2025-04-06T02:30+02:00",
        // 02:30 happens twice when Berlin falls back: the earlier one
        "Europe/Berlin,    2025-10-01, 1, SUNDAY,    02:30, 2025-10-20, "
                + "2025-10-26T02:30+02:00 2025-11-02T02:30+01:00 2025-11-09T02:30+01:00",
        "Europe/Berlin,    2025-01-01, 2, TUESDAY,   09:00, 2025-12-20, "
                + "2025-12-23T09:00+01:00 2026-01-06T09:00+01:00 2026-01-20T09:00+01:00",
        "America/New_York, 2025-01-01, 1, MONDAY,    09:00, 2025-03-01, "
                + "2025-03-03T09:00-05:00 2025-03-10T09:00-04:00 2025-03-17T09:00-04:00",
        // southern hemisphere: Sydney falls back on the first Sunday of April
        "Australia/Sydney, 2025-01-01, 1, SATURDAY,  18:00, 2025-03-29, "
                + "2025-03-29T18:00+11:00 2025-04-05T18:00+11:00 2025-04-12T18:00+10:00",
        "UTC,              2024-01-31, 4, WEDNESDAY, 12:00, 2024-01-01, "
                + "2024-01-31T12:00Z 2024-02-28T12:00Z 2024-03-27T12:00Z",
    })
    void should_list_the_next_syncs_at_the_same_wall_clock_time(
            ZoneId zone,
            LocalDate startsOn,
            int everyWeeks,
            DayOfWeek day,
            LocalTime time,
            LocalDate from,
            String expected) {
        Cadence cadence = new Cadence(startsOn, everyWeeks, day, time, HOUR, zone);

        List<String> starts = cadence.nextOccurrences(from, 3).stream()
                .map(occurrence -> occurrence.start().toOffsetDateTime().toString())
                .toList();

        assertEquals(List.of(expected.split(" ")), starts);
    }

    @Test
    void should_keep_the_exact_duration_on_the_night_the_clocks_go_back() {
        Cadence cadence =
                new Cadence(LocalDate.of(2025, 10, 1), 1, DayOfWeek.SUNDAY, LocalTime.of(2, 30), HOUR, BERLIN);

        SyncOccurrence occurrence =
                cadence.nextOccurrences(LocalDate.of(2025, 10, 26), 1).get(0);

        assertEquals(
                "2025-10-26T02:30+01:00", occurrence.end().toOffsetDateTime().toString());
        assertEquals(HOUR, Duration.between(occurrence.start(), occurrence.end()));
    }

    @Test
    void should_list_no_syncs_when_none_are_asked_for() {
        assertEquals(
                List.of(), cadence(LocalDate.of(2025, 1, 1), 1, TUESDAY).nextOccurrences(LocalDate.of(2025, 1, 1), 0));
    }

    @ParameterizedTest(name = "every {0} week(s), last sync {1}, today {2}, tolerance {3}: missed={4}")
    @CsvSource({
        "1, 2025-03-04, 2025-03-11, 2, false", // due today
        "1, 2025-03-04, 2025-03-13, 2, false", // exactly interval + tolerance: still on time
        "1, 2025-03-04, 2025-03-14, 2, true", // one day past the tolerance
        "1, 2025-03-04, 2025-03-11, 0, false",
        "1, 2025-03-04, 2025-03-12, 0, true",
        "2, 2025-12-23, 2026-01-08, 2, false", // across the year end
        "2, 2025-12-23, 2026-01-09, 2, true",
        "4, 2024-02-01, 2024-03-01, 1, false", // 29 days in a leap February
        "4, 2024-02-01, 2024-03-02, 1, true",
        "1,           , 2024-01-04, 2, false", // never met: the first sync (2024-01-02) counts
        "1,           , 2024-01-05, 2, true",
    })
    void should_tell_when_a_sync_was_missed(
            int everyWeeks, LocalDate lastSync, LocalDate today, int tolerance, boolean missed) {
        assertEquals(
                missed,
                cadence(LocalDate.of(2024, 1, 1), everyWeeks, TUESDAY).isSyncMissed(lastSync, today, tolerance));
    }

    @ParameterizedTest(name = "every {0} week(s), held [{1}], today {2}, tolerance {3}: {4} missed in a row")
    @CsvSource({
        // weekly on Tuesdays from 2025-01-07: 07, 14, 21, 28 January, 4 February, ...
        "1, 2025-01-07,            2025-01-14, 2, 0",
        "1, 2025-01-07,            2025-01-16, 2, 0", // exactly at the tolerance: not yet missed
        "1, 2025-01-07,            2025-01-17, 2, 1",
        "1, 2025-01-07,            2025-01-31, 2, 3",
        "1, 2025-01-07 2025-01-15, 2025-01-31, 2, 2", // held a day late: counts for the 14th
        "1, 2025-01-07 2025-01-16, 2025-01-24, 2, 1",
        "1, 2025-01-07 2025-01-17, 2025-01-24, 2, 1", // held too late for the 14th, but ends the streak
        "1, 2025-01-07 2025-01-19, 2025-01-24, 2, 0", // held two days early: counts for the 21st
        "1, 2025-01-15 2025-01-07, 2025-01-31, 2, 2", // order of held syncs does not matter
        "1, 2025-01-07 2025-02-20, 2025-01-17, 2, 1", // a date after today is ignored
        "1, '',                    2024-12-01, 0, 0", // before the series starts
        "1, '',                    2025-01-07, 0, 0",
        "1, '',                    2025-01-08, 0, 1",
        "1, '',                    2025-01-22, 0, 3",
        "2, 2025-12-23,            2026-01-08, 1, 1", // fortnightly across the year end: 6 January missed
        "2, 2025-12-23,            2026-01-07, 1, 0",
        "2, 2025-12-23,            2026-01-22, 1, 2",
    })
    void should_count_the_syncs_missed_in_a_row(
            int everyWeeks, String held, LocalDate today, int tolerance, int missed) {
        assertEquals(
                missed,
                cadence(LocalDate.of(2025, 1, 1), everyWeeks, TUESDAY).missedInARow(dates(held), today, tolerance));
    }

    @ParameterizedTest(name = "tolerance {0}")
    @ValueSource(ints = {0, 1, 2, 3, 6})
    void should_agree_with_the_missed_sync_check_when_syncs_are_held_on_their_day(int tolerance) {
        Cadence cadence = cadence(LocalDate.of(2025, 1, 1), 1, TUESDAY);
        LocalDate lastHeld = LocalDate.of(2025, 1, 14);
        for (LocalDate today = lastHeld; today.isBefore(LocalDate.of(2025, 3, 1)); today = today.plusDays(1)) {
            assertEquals(
                    cadence.isSyncMissed(lastHeld, today, tolerance),
                    cadence.missedInARow(List.of(lastHeld), today, tolerance) > 0,
                    "on " + today);
        }
    }

    @ParameterizedTest(name = "every {0} weeks is refused")
    @ValueSource(ints = {-1, 0, 5, 52})
    void should_refuse_a_cadence_outside_one_to_four_weeks(int everyWeeks) {
        var refused = assertThrows(
                IllegalArgumentException.class, () -> cadence(LocalDate.of(2025, 1, 1), everyWeeks, TUESDAY));
        assertEquals("A sync takes place every 1 to 4 weeks.", refused.getMessage());
    }

    @ParameterizedTest(name = "every {0} week(s) is {1} days")
    @CsvSource({"1, 7", "2, 14", "3, 21", "4, 28"})
    void should_accept_one_to_four_weeks(int everyWeeks, int days) {
        assertEquals(
                days, cadence(LocalDate.of(2025, 1, 1), everyWeeks, TUESDAY).intervalDays());
    }

    @ParameterizedTest(name = "a sync of {0} is refused")
    @ValueSource(strings = {"PT0S", "-PT30M", "PT24H", "PT25H"})
    void should_refuse_a_sync_without_a_sensible_duration(Duration duration) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Cadence(LocalDate.of(2025, 1, 1), 1, TUESDAY, LocalTime.NOON, duration, BERLIN));
    }

    @Test
    void should_meet_weekly_by_default() {
        Cadence cadence = Cadence.weekly(LocalDate.of(2025, 1, 1), TUESDAY, LocalTime.NOON, HOUR, BERLIN);

        assertEquals(1, cadence.everyWeeks());
        assertEquals(LocalDate.of(2025, 1, 7), cadence.firstSync());
    }

    @Test
    void should_refuse_a_negative_tolerance() {
        Cadence cadence = cadence(LocalDate.of(2025, 1, 1), 1, TUESDAY);
        LocalDate today = LocalDate.of(2025, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> cadence.isSyncMissed(today, today, -1));
        assertThrows(IllegalArgumentException.class, () -> cadence.missedInARow(List.of(), today, -1));
    }

    @ParameterizedTest(name = "weekly Tuesday 10:00-11:00 Berlin, at {0}: next sync starts {1}")
    @CsvSource({
        "2025-01-07T08:30:00Z, 2025-01-07T10:00+01:00[Europe/Berlin]", // later today
        "2025-01-07T09:30:00Z, 2025-01-07T10:00+01:00[Europe/Berlin]", // under way: still the next one
        "2025-01-07T10:00:00Z, 2025-01-14T10:00+01:00[Europe/Berlin]", // just ended
        "2025-01-08T12:00:00Z, 2025-01-14T10:00+01:00[Europe/Berlin]",
    })
    void should_give_the_syncs_that_have_not_ended_yet(String now, String expectedStart) {
        Cadence weekly = cadence(LocalDate.of(2025, 1, 1), 1, TUESDAY);
        List<SyncOccurrence> upcoming = weekly.upcoming(java.time.Instant.parse(now), 2);
        assertEquals(2, upcoming.size());
        assertEquals(
                java.time.ZonedDateTime.parse(expectedStart), upcoming.get(0).start());
        assertEquals(upcoming.get(0).start().plusWeeks(1), upcoming.get(1).start());
    }
}
