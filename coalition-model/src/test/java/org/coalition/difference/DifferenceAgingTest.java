package org.coalition.difference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifferenceAgingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final DifferenceAging aging = DifferenceAging.DEFAULT;

    private static Instant hoursAgo(long hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    @ParameterizedTest(name = "opened {0} hours ago -> {1} days old")
    @CsvSource({
        "0,   0", "23,  0", // not a whole day yet
        "24,  1", "47,  1", "288, 12", "-5,  0", // a clock slightly ahead never gives a negative age
    })
    void should_count_the_age_in_whole_days(long hours, long expectedDays) {
        assertEquals(expectedDays, aging.ageInDays(hoursAgo(hours), NOW));
    }

    @ParameterizedTest(name = "last activity {0} hours ago -> {1} days quiet")
    @CsvSource({
        "0,   0", "25,  1", "336, 14", "360, 15",
    })
    void should_count_the_days_since_the_last_activity(long hours, long expectedDays) {
        assertEquals(expectedDays, aging.daysSinceActivity(hoursAgo(hours), NOW));
    }

    @ParameterizedTest(name = "{0}, quiet for {1} hours -> stale {2}")
    @CsvSource({
        "OPEN,          0,   false",
        "OPEN,          335, false",
        "OPEN,          336, false", // exactly 14 days: not stale yet
        "OPEN,          359, false", // 14 days and 23 hours is still 14 whole days
        "OPEN,          360, true", // 15 days
        "IN_DISCUSSION, 336, false",
        "IN_DISCUSSION, 360, true",
        "IN_DISCUSSION, 2400, true",
        "RESOLVED,      360, false", // a settled difference never goes stale
        "RESOLVED,      2400, false",
    })
    void should_call_an_unresolved_difference_stale_after_more_than_fourteen_quiet_days(
            DifferenceStatus status, long hoursQuiet, boolean expected) {
        assertEquals(expected, aging.isStale(status, hoursAgo(hoursQuiet), NOW));
    }

    @Test
    void should_default_to_fourteen_days() {
        assertEquals(14, DifferenceAging.DEFAULT.staleAfterDays());
    }

    @Test
    void should_honour_a_configured_window() {
        DifferenceAging week = new DifferenceAging(7);
        assertFalse(week.isStale(DifferenceStatus.OPEN, NOW.minus(Duration.ofDays(7)), NOW));
        assertTrue(week.isStale(DifferenceStatus.OPEN, NOW.minus(Duration.ofDays(8)), NOW));
    }

    @Test
    void should_refuse_a_window_shorter_than_a_day() {
        assertThrows(IllegalArgumentException.class, () -> new DifferenceAging(0));
    }
}
