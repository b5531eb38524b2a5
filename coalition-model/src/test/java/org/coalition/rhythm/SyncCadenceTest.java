package org.coalition.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SyncCadenceTest {

    private static final LocalDate CREATED = LocalDate.of(2025, 3, 5);

    @Test
    void should_default_to_a_weekly_monday_sync_at_ten_in_berlin_from_the_creation_date() {
        Cadence cadence = SyncCadence.defaultFor(CREATED);
        assertEquals(1, cadence.everyWeeks());
        assertEquals(DayOfWeek.MONDAY, cadence.dayOfWeek());
        assertEquals(LocalTime.of(10, 0), cadence.time());
        assertEquals(Duration.ofMinutes(45), cadence.duration());
        assertEquals(ZoneId.of("Europe/Berlin"), cadence.zone());
        assertEquals(CREATED, cadence.startsOn());
    }

    @Test
    void should_give_back_the_cadence_it_stores() {
        Cadence cadence = new Cadence(
                CREATED,
                3,
                DayOfWeek.THURSDAY,
                LocalTime.of(9, 30),
                Duration.ofMinutes(60),
                ZoneId.of("America/New_York"));
        SyncCadence stored = new SyncCadence(7, cadence, "a".repeat(32), "Bob", Instant.EPOCH);
        assertEquals(cadence, stored.toCadence());
        assertEquals(cadence, CadenceDraft.of(cadence).toCadence());
    }

    @Test
    void should_describe_the_cadence_in_words() {
        assertEquals(
                "Every week on Monday at 10:00 for 45 minutes (Europe/Berlin)",
                SyncCadence.defaultFor(CREATED).summary());
        Cadence fortnightly = new Cadence(
                CREATED, 2, DayOfWeek.THURSDAY, LocalTime.of(9, 30), Duration.ofMinutes(30), ZoneId.of("UTC"));
        assertEquals("Every 2 weeks on Thursday at 09:30 for 30 minutes (UTC)", fortnightly.summary());
    }

    @Test
    void should_know_only_real_time_zones() {
        CadenceDraft draft = CadenceDraft.of(SyncCadence.defaultFor(CREATED));
        assertTrue(draft.isTimeZoneKnown());
        draft.setTimeZone("Europe/Atlantis");
        assertFalse(draft.isTimeZoneKnown());
    }
}
