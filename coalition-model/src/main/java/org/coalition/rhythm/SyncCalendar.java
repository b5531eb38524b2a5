package org.coalition.rhythm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes a coalition's sync series as an iCalendar (RFC 5545) feed that members subscribe to from
 * their own calendar: one recurring event, so a change of cadence updates every future sync at once.
 *
 * <p>The event's UID depends only on the coalition and the host, never on the cadence, so calendar
 * clients replace the old series instead of showing a second one.
 */
public final class SyncCalendar {

    public static final String PRODUCT_ID = "-//Coalition//Sync calendar//EN";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final String host;

    /** @param host the application's host name, which makes the UID globally unique (e.g. {@code coalition.example.org}) */
    public SyncCalendar(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || !host.strip().matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("Not a host name: " + host);
        }
        this.host = host.strip();
    }

    /** The event's UID: stable for a coalition, whatever its name or cadence. */
    public String uid(long coalitionId) {
        return "coalition-" + coalitionId + "-sync@" + host;
    }

    /**
     * The {@code .ics} text of the coalition's sync series.
     *
     * @param description shown in the event, e.g. the coalition's objective and a link to it; may be empty
     * @param generatedAt becomes the DTSTAMP
     */
    public String write(long coalitionId, String coalitionName, String description, Cadence cadence,
                        Instant generatedAt) {
        Objects.requireNonNull(coalitionName, "coalitionName");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(generatedAt, "generatedAt");
        String summary = coalitionName.strip() + " sync";
        SyncOccurrence first = cadence.occurrenceOn(cadence.firstSync());
        // The nominal wall-clock time, even inside a DST gap: clients shift it the same way we do
        LocalDateTime start = cadence.firstSync().atTime(cadence.time());
        LocalDateTime end = first.end().toLocalDateTime();

        ContentLines lines = new ContentLines()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", PRODUCT_ID)
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", summary);

        boolean utc = cadence.zone().normalized().equals(ZoneOffset.UTC);
        String tzid = ContentLines.parameterValue(cadence.zone().getId());
        if (!utc) {
            TimeZoneComponent.write(lines, cadence.zone(), tzid, first.start().toInstant());
        }

        lines.line("BEGIN", "VEVENT")
                .text("UID", uid(coalitionId))
                .line("DTSTAMP", UTC.format(generatedAt.atOffset(ZoneOffset.UTC)));
        if (utc) {
            lines.line("DTSTART", ContentLines.local(start) + "Z")
                    .line("DTEND", ContentLines.local(end) + "Z");
        } else {
            lines.line("DTSTART;TZID=" + tzid, ContentLines.local(start))
                    .line("DTEND;TZID=" + tzid, ContentLines.local(end));
        }
        lines.line("RRULE", "FREQ=WEEKLY;INTERVAL=" + cadence.everyWeeks() + ";BYDAY="
                        + cadence.dayOfWeek().name().substring(0, 2))
                .text("SUMMARY", summary)
                .text("DESCRIPTION", description == null ? "" : description)
                .line("TRANSP", "OPAQUE")
                .line("END", "VEVENT")
                .line("END", "VCALENDAR");
        return lines.toString();
    }
}
