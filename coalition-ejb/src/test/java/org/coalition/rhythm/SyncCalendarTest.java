package org.coalition.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyncCalendarTest {

    private static final String HOST = "coalition.example.org";
    private static final Instant GENERATED_AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Every other Tuesday at 09:30 in Berlin from 4 March 2025, across the switch to summer time. */
    private static final Cadence FORTNIGHTLY = new Cadence(
            LocalDate.of(2025, 3, 1), 2, DayOfWeek.TUESDAY, LocalTime.of(9, 30), Duration.ofMinutes(45), BERLIN);

    private final SyncCalendar calendar = new SyncCalendar(HOST);

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar parsed) {
        return parsed.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static List<Instant> occurrences(VEvent event, ZonedDateTime from, ZonedDateTime to) {
        Set<Period<Temporal>> periods = event.calculateRecurrenceSet(new Period<>(from, to));
        return periods.stream()
                .map(period -> Instant.from(period.getStart()))
                .sorted()
                .toList();
    }

    private static List<Instant> expectedStarts(Cadence cadence, int count) {
        return cadence.nextOccurrences(cadence.startsOn(), count).stream()
                .map(occurrence -> occurrence.start().toInstant())
                .toList();
    }

    @Test
    void should_describe_the_series_as_one_weekly_recurring_event() throws Exception {
        VEvent event = event(parse(calendar.write(42, "Flexible hours", "Our weekly sync", FORTNIGHTLY, GENERATED_AT)));

        RRule<?> rule = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        Recur<?> recur = rule.getRecur();
        assertEquals(Frequency.WEEKLY, recur.getFrequency());
        assertEquals(2, recur.getInterval());
        assertEquals(List.of(WeekDay.TU), recur.getDayList());
        assertEquals("Flexible hours sync", value(event, Property.SUMMARY));
        assertEquals("Our weekly sync", value(event, Property.DESCRIPTION));
        assertEquals("coalition-42-sync@coalition.example.org", value(event, Property.UID));
        assertEquals("20250301T080000Z", value(event, Property.DTSTAMP));
    }

    @Test
    void should_start_in_the_cadence_time_zone() throws Exception {
        String ics = calendar.write(42, "Flexible hours", "", FORTNIGHTLY, GENERATED_AT);
        VEvent event = event(parse(ics));

        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Berlin:20250304T093000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Berlin:20250304T101500\r\n"), ics);
        ZonedDateTime start =
                ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());
        assertEquals(ZonedDateTime.of(2025, 3, 4, 9, 30, 0, 0, BERLIN).toInstant(), start.toInstant());
        ZonedDateTime end = ZonedDateTime.from(event.getEndDate().orElseThrow().getDate());
        assertEquals(Duration.ofMinutes(45), Duration.between(start, end));
    }

    @Test
    void should_recur_on_the_same_dates_as_the_cadence_across_the_change_to_summer_time() throws Exception {
        VEvent event = event(parse(calendar.write(42, "Flexible hours", "", FORTNIGHTLY, GENERATED_AT)));

        List<Instant> parsed = occurrences(
                event,
                ZonedDateTime.of(2025, 3, 1, 0, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2025, 4, 30, 0, 0, 0, 0, BERLIN));

        // 4 and 18 March at 08:30 UTC, 1, 15 and 29 April at 07:30 UTC: still 09:30 on the wall clock
        assertEquals(
                List.of(
                        Instant.parse("2025-03-04T08:30:00Z"),
                        Instant.parse("2025-03-18T08:30:00Z"),
                        Instant.parse("2025-04-01T07:30:00Z"),
                        Instant.parse("2025-04-15T07:30:00Z"),
                        Instant.parse("2025-04-29T07:30:00Z")),
                parsed);
        assertEquals(expectedStarts(FORTNIGHTLY, 5), parsed);
    }

    @ParameterizedTest(name = "{0}, every {1} week(s) on {2} at {3}")
    @CsvSource({
        "Europe/Berlin,    1, SUNDAY,    10:00, 2025-03-01",
        "Europe/Berlin,    4, FRIDAY,    16:00, 2025-10-01",
        "America/New_York, 1, MONDAY,    09:00, 2025-02-20",
        "Australia/Sydney, 3, SATURDAY,  18:00, 2025-03-01",
        "Asia/Kolkata,     2, WEDNESDAY, 11:30, 2025-12-01",
        "UTC,              1, THURSDAY,  12:00, 2025-12-15",
    })
    void should_give_calendar_clients_the_same_first_syncs_as_the_cadence(
            ZoneId zone, int everyWeeks, DayOfWeek day, LocalTime time, LocalDate startsOn) throws Exception {
        Cadence cadence = new Cadence(startsOn, everyWeeks, day, time, Duration.ofHours(1), zone);
        VEvent event = event(parse(calendar.write(7, "Onboarding", "", cadence, GENERATED_AT)));

        ZonedDateTime from = startsOn.atStartOfDay(zone);
        List<Instant> parsed =
                occurrences(event, from, from.plusWeeks(8L * everyWeeks).minusDays(1));

        assertEquals(expectedStarts(cadence, 8), parsed);
    }

    @Test
    void should_write_utc_times_without_a_time_zone_definition() throws Exception {
        Cadence utc = new Cadence(
                LocalDate.of(2025, 12, 29),
                1,
                DayOfWeek.WEDNESDAY,
                LocalTime.of(15, 0),
                Duration.ofMinutes(30),
                ZoneId.of("UTC"));

        String ics = calendar.write(3, "Remote first", "", utc, GENERATED_AT);

        assertTrue(ics.contains("\r\nDTSTART:20251231T150000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20251231T153000Z\r\n"), ics);
        assertFalse(ics.contains("VTIMEZONE"), ics);
        assertEquals(
                Instant.parse("2025-12-31T15:00:00Z"),
                Instant.from(event(parse(ics)).getStartDate().orElseThrow().getDate()));
    }

    @Test
    void should_keep_a_long_description_with_commas_semicolons_and_newlines_intact() throws Exception {
        String description = "Objective: core hours 10:00-15:00, no meetings on Fridays; flexible start.\n"
                + "Agenda:\n- quick wins, blocked tasks; decisions\n- next steps\n"
                + "Path: C:\\shared\\coalition; \"quoted\" — naïve café ☕ " + "ü".repeat(60) + "\n"
                + "x".repeat(300) + ",;\\";

        String ics = calendar.write(42, "Flexible hours, core; \"hours\"", description, FORTNIGHTLY, GENERATED_AT);
        VEvent event = event(parse(ics));

        assertEquals(description, value(event, Property.DESCRIPTION));
        assertEquals("Flexible hours, core; \"hours\" sync", value(event, Property.SUMMARY));
        assertTrue(ics.contains("DESCRIPTION:Objective: core hours 10:00-15:00\\, no meetings on Fridays\\; "));
    }

    @Test
    void should_write_crlf_lines_of_at_most_75_octets() {
        String ics = calendar.write(
                42, "Flexible hours", "ü€☕ ".repeat(200) + "\n" + "x".repeat(500), FORTNIGHTLY, GENERATED_AT);

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare carriage return");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\uFFFD"), line);
        }
    }

    @Test
    void should_be_a_valid_calendar() throws Exception {
        Calendar parsed = parse(calendar.write(42, "Flexible hours", "Weekly", FORTNIGHTLY, GENERATED_AT));

        var result = parsed.validate();

        assertFalse(result.hasErrors(), result.toString());
        assertEquals("2.0", parsed.getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals(
                SyncCalendar.PRODUCT_ID,
                parsed.getProperty(Property.PRODID).orElseThrow().getValue());
    }

    @Test
    void should_keep_the_same_uid_whatever_the_name_or_cadence() throws Exception {
        Cadence weekly = Cadence.weekly(
                LocalDate.of(2026, 1, 1),
                DayOfWeek.MONDAY,
                LocalTime.NOON,
                Duration.ofHours(1),
                ZoneId.of("America/New_York"));

        String before =
                value(event(parse(calendar.write(42, "Flexible hours", "", FORTNIGHTLY, GENERATED_AT))), Property.UID);
        String after = value(event(parse(calendar.write(42, "Core hours", "", weekly, Instant.now()))), Property.UID);

        assertEquals(before, after);
        assertEquals("coalition-43-sync@coalition.example.org", calendar.uid(43));
        assertEquals("coalition-42-sync@other.example.org", new SyncCalendar("other.example.org").uid(42));
    }

    @ParameterizedTest(name = "host \"{0}\" is refused")
    @ValueSource(strings = {"", "  ", "bad host", "evil\r\nATTACH:x", "a@b"})
    void should_refuse_a_host_that_could_break_the_uid(String host) {
        assertThrows(IllegalArgumentException.class, () -> new SyncCalendar(host));
    }

    /**
     * The VTIMEZONE we write must give every instant of the next years the same offset as the JDK does,
     * including zones with unusual rules (half hours, 45 minutes, southern summer, no DST any more, and
     * Cairo, whose "last Thursday at 24:00" rule is written as a list of dates instead of an RRULE).
     * ical4j expands each observance's RRULE or RDATE; the onsets are then read as RFC 5545 says:
     * local times in the offset before the change.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Europe/Berlin",
                "Europe/London",
                "America/New_York",
                "America/Santiago",
                "Australia/Sydney",
                "Australia/Lord_Howe",
                "Pacific/Chatham",
                "Asia/Kolkata",
                "Asia/Tokyo",
                "America/Sao_Paulo",
                "Africa/Casablanca",
                "Asia/Tehran",
                "America/St_Johns",
                "Pacific/Apia",
                "Africa/Cairo"
            })
    void should_define_the_time_zone_with_the_same_offsets_as_the_jdk(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        Cadence cadence = Cadence.weekly(
                LocalDate.of(2025, 1, 1), DayOfWeek.MONDAY, LocalTime.of(9, 0), Duration.ofHours(1), zone);
        Calendar parsed = parse(calendar.write(1, "Zones", "", cadence, GENERATED_AT));
        VTimeZone definition =
                parsed.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals(zoneId, definition.getProperty(Property.TZID).orElseThrow().getValue());

        Instant start = cadence.occurrenceOn(cadence.firstSync()).start().toInstant();
        Instant end = start.plus(3 * 366, ChronoUnit.DAYS);
        TreeMap<Instant, ZoneOffset> onsets = new TreeMap<>();
        for (Observance observance : definition.getObservances()) {
            ZoneOffset from = ZoneOffset.of(
                    observance.getProperty(Property.TZOFFSETFROM).orElseThrow().getValue());
            ZoneOffset to = ZoneOffset.of(
                    observance.getProperty(Property.TZOFFSETTO).orElseThrow().getValue());
            Set<Period<LocalDateTime>> periods = observance.calculateRecurrenceSet(new Period<>(
                    LocalDateTime.of(1800, 1, 1, 0, 0),
                    LocalDateTime.ofInstant(end, ZoneOffset.UTC).plusDays(2)));
            for (Period<LocalDateTime> period : periods) {
                onsets.put(period.getStart().toInstant(from), to);
            }
        }

        for (Instant t = start; t.isBefore(end); t = t.plus(15, ChronoUnit.MINUTES)) {
            assertEquals(zone.getRules().getOffset(t), onsets.floorEntry(t).getValue(), zoneId + " at " + t);
        }
    }

    @Test
    void should_list_the_first_syncs_in_order() throws Exception {
        VEvent event = event(parse(calendar.write(42, "Flexible hours", "", FORTNIGHTLY, GENERATED_AT)));
        List<Instant> parsed = occurrences(
                event,
                ZonedDateTime.of(2025, 3, 1, 0, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, BERLIN));

        assertEquals(26, parsed.size());
        assertEquals(parsed.stream().sorted(Comparator.naturalOrder()).toList(), parsed);
        assertEquals(expectedStarts(FORTNIGHTLY, 26), parsed);
    }

    @Test
    void should_turn_every_line_break_into_a_new_line_and_drop_control_characters() throws Exception {
        String ics = calendar.write(
                42, "Tabs\tand\u0007 bells", "one\r\ntwo\nthree\rfour\u0000\u007F", FORTNIGHTLY, GENERATED_AT);
        VEvent event = event(parse(ics));

        assertEquals("one\ntwo\nthree\nfour", value(event, Property.DESCRIPTION));
        assertEquals("Tabs\tand bells sync", value(event, Property.SUMMARY));
        assertTrue(ics.contains("DESCRIPTION:one\\ntwo\\nthree\\nfour\r\n"), ics);
    }

    @Test
    void should_fold_without_splitting_a_character_outside_the_basic_plane() throws Exception {
        String description = "x" + "\uD83D\uDE42".repeat(100);
        String ics = calendar.write(42, "Emoji", description, FORTNIGHTLY, GENERATED_AT);

        assertEquals(description, value(event(parse(ics)), Property.DESCRIPTION));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(
                    line.contains("\uFFFD")
                            || Character.isSurrogate(line.charAt(line.length() - 1))
                                    && Character.isHighSurrogate(line.charAt(line.length() - 1)),
                    line);
        }
    }
}
