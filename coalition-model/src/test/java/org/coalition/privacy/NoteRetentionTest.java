package org.coalition.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoteRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "{1} days old with {0} days of retention: expired {2}")
    @CsvSource({
        "365, 0, false",
        "365, 364, false",
        "365, 365, false",
        "365, 366, true",
        "365, 1000, true",
        "1, 0, false",
        "1, 1, false",
        "1, 2, true",
        "30, 30, false",
        "30, 31, true"
    })
    void should_keep_a_note_exactly_as_old_as_the_period_and_redact_it_a_day_later(int days, int age, boolean expired) {
        assertEquals(expired, new NoteRetention(days).expired(TODAY.minusDays(age), TODAY));
    }

    @Test
    void should_count_the_period_across_a_leap_day() {
        NoteRetention year = new NoteRetention(365);
        LocalDate today = LocalDate.of(2028, 3, 1); // 2028-02-29 lies in between
        assertEquals(LocalDate.of(2027, 3, 2), year.oldestKept(today));
        assertFalse(year.expired(LocalDate.of(2027, 3, 2), today));
        assertTrue(year.expired(LocalDate.of(2027, 3, 1), today));
    }

    @Test
    void should_never_expire_an_undated_note_or_one_from_the_future() {
        NoteRetention retention = new NoteRetention(10);
        assertFalse(retention.expired(null, TODAY));
        assertFalse(retention.expired(TODAY.plusDays(3), TODAY));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void should_refuse_a_period_shorter_than_a_day(int days) {
        assertThrows(IllegalArgumentException.class, () -> new NoteRetention(days));
    }
}
