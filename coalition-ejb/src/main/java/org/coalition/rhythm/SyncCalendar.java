package org.coalition.rhythm;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a coalition's sync series as an iCalendar (RFC 5545) feed that members subscribe to from
 * their own calendar: one recurring event, so a change of cadence updates every future sync at once.
 * ical4j builds and writes it (escaping, CRLF; we fold at 75 octets) and supplies the VTIMEZONE from its
 * own time-zone definitions (ical4j never asks tzurl.org for newer ones unless told to).
 *
 * <p>The event's UID depends only on the coalition and the host, never on the cadence, so calendar
 * clients replace the old series instead of showing a second one.
 */
public final class SyncCalendar {

    public static final String PRODUCT_ID = "-//Coalition//Sync calendar//EN";

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

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
    public String write(
            long coalitionId, String coalitionName, String description, Cadence cadence, Instant generatedAt) {
        Objects.requireNonNull(coalitionName, "coalitionName");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(generatedAt, "generatedAt");
        String summary = text(coalitionName.strip() + " sync");
        SyncOccurrence first = cadence.occurrenceOn(cadence.firstSync());
        // The nominal wall-clock time, even inside a DST gap: clients shift it the same way we do
        LocalDateTime start = cadence.firstSync().atTime(cadence.time());
        LocalDateTime end = first.end().toLocalDateTime();

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", summary));

        VEvent event = new VEvent(false);
        event.add(new Uid(uid(coalitionId)));
        event.add(new DtStamp(generatedAt));
        TimeZone zone = cadence.zone().normalized() instanceof ZoneOffset offset ? null : definition(cadence);
        if (zone == null) {
            // UTC, or a fixed offset: the instants say it all and need no VTIMEZONE
            ZoneOffset offset = (ZoneOffset) cadence.zone().normalized();
            event.add(new DtStart<Temporal>(start.toInstant(offset)));
            event.add(new DtEnd<Temporal>(end.toInstant(offset)));
        } else {
            calendar.add(zone.getVTimeZone());
            ParameterList tzid = new ParameterList(List.of(new TzId(zone.getID())));
            event.add(new DtStart<Temporal>(tzid, start));
            event.add(new DtEnd<Temporal>(tzid, end));
        }
        event.add(new RRule<>(new Recur.Builder<>()
                .frequency(Frequency.WEEKLY)
                .interval(cadence.everyWeeks())
                .dayList(List.of(WeekDay.getWeekDay(cadence.dayOfWeek())))
                .build()));
        event.add(new Summary(summary));
        event.add(new Description(text(description == null ? "" : description)));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return foldedByOctets(out.toString());
    }

    /**
     * Folds every content line at 75 octets of UTF-8 (RFC 5545, 3.1) without splitting a character.
     * ical4j's own FoldingWriter counts chars, so a line of umlauts or emoji grows to twice or four times
     * that; we let it write unfolded lines and fold them here.
     */
    static String foldedByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_OCTETS) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    /** The zone's VTIMEZONE as ical4j defines it; a zone ical4j does not know is refused. */
    private static TimeZone definition(Cadence cadence) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(cadence.zone().getId());
        if (zone == null) {
            throw new IllegalArgumentException(
                    "No iCalendar definition of the time zone " + cadence.zone().getId());
        }
        return zone;
    }

    /**
     * A TEXT value as ical4j can escape it: every kind of line break becomes a line feed (written as
     * {@code \n}); other control characters are not allowed in TEXT, so they are dropped.
     */
    static String text(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                text.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
