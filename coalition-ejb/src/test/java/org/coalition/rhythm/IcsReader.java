package org.coalition.rhythm;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.coalition.testsupport.ClientSideOnly;

/** Parses a sync calendar with ical4j on the client side of the test, as a subscriber's calendar would. */
@ClientSideOnly
final class IcsReader {

    /** What the tests look at in the parsed feed; plain strings, so the test class itself needs no ical4j. */
    record SyncEvent(String uid, String frequency, int interval, List<String> days, String summary) {}

    private IcsReader() {}

    static SyncEvent event(String ics) throws IOException, ParserException {
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponent(Component.VEVENT)
                .orElseThrow();
        Recur<?> recur =
                event.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur();
        return new SyncEvent(
                event.getProperty(Property.UID).orElseThrow().getValue(),
                recur.getFrequency().name(),
                recur.getInterval(),
                recur.getDayList().stream().map(Object::toString).toList(),
                event.getProperty(Property.SUMMARY).orElseThrow().getValue());
    }
}
