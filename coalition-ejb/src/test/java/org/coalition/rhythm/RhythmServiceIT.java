package org.coalition.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RhythmServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    RhythmService rhythm;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsErin erin;

    /** bob's coalition (bob a member), alice sponsoring it, carol observing; erin has no role. */
    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Rhythm " + UUID.randomUUID().toString().substring(0, 8),
                        "Meet every week",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, "alice", CoalitionRole.SPONSOR);
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        return id;
    }

    private static CadenceDraft fortnightly(DayOfWeek day, LocalTime time) {
        CadenceDraft draft = new CadenceDraft();
        draft.setStartsOn(LocalDate.now().minusWeeks(3));
        draft.setEveryWeeks(2);
        draft.setDayOfWeek(day);
        draft.setTime(time);
        draft.setDurationMinutes(30);
        draft.setTimeZone("Europe/Berlin");
        return draft;
    }

    private static SyncNoteDraft note(String decisions) {
        return new SyncNoteDraft(LocalDate.now().minusDays(1), "Bob, Alice", decisions, "Bob: book the room");
    }

    @Test
    void should_follow_the_default_rhythm_until_a_member_sets_one() {
        long c = coalition();
        CadenceSetting initial = carol.call(() -> rhythm.cadence(c));
        assertTrue(initial.isDefault());
        assertEquals(DayOfWeek.MONDAY, initial.cadence().dayOfWeek());
        assertEquals(LocalTime.of(10, 0), initial.cadence().time());
        // read before the change: the cadence kept for everyone (FactsCache) must not outlive it
        assertEquals(
                DayOfWeek.MONDAY, carol.call(() -> rhythm.nextSync(c)).start().getDayOfWeek());

        CadenceSetting set =
                bob.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0))));
        assertEquals(set, carol.call(() -> rhythm.cadence(c)), "observers read the cadence");
        assertEquals(2, set.cadence().everyWeeks());
        List<SyncOccurrence> next = carol.call(() -> rhythm.nextSyncs(c, 4));
        assertEquals(4, next.size());
        next.forEach(o -> assertEquals(DayOfWeek.WEDNESDAY, o.start().getDayOfWeek()));
        next.forEach(o -> assertEquals(LocalTime.of(14, 0), o.start().toLocalTime()));
        assertEquals(
                14,
                java.time.temporal.ChronoUnit.DAYS.between(
                        next.get(0).start(), next.get(1).start()));
        assertEquals(next.get(0), bob.call(() -> rhythm.nextSync(c)));
    }

    @Test
    void should_let_members_and_sponsors_record_syncs_and_everyone_in_the_coalition_read_them() {
        long c = coalition();
        bob.call(() -> rhythm.recordSync(c, note("Pilot first")));
        alice.call(() -> rhythm.recordSync(c, new SyncNoteDraft(LocalDate.now(), "Alice, Bob", "Go ahead", null)));

        List<SyncNote> notes = carol.call(() -> rhythm.syncNotes(c, 0, 10));
        assertEquals(2, notes.size());
        assertEquals("Go ahead", notes.get(0).getDecisions(), "latest sync first");
        assertEquals("Pilot first", notes.get(1).getDecisions());
        assertEquals("bob", notes.get(1).getWrittenBy());
        assertEquals(2, carol.call(() -> rhythm.countSyncNotes(c)));
        assertEquals(1, bob.call(() -> rhythm.syncNotes(c, 1, 10)).size(), "paginated");
    }

    @Test
    void should_refuse_changes_to_observers_and_everything_to_people_without_a_role() {
        long c = coalition();
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.FRIDAY, LocalTime.NOON))));
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> rhythm.recordSync(c, note("observer"))));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> rhythm.feedToken(c)),
                "the feed token is a credential");
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> rhythm.regenerateFeedToken(c)));

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> rhythm.cadence(c)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> rhythm.nextSyncs(c, 4)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> rhythm.calendar(c)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> rhythm.syncNotes(c, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> rhythm.recordSync(c, note("outsider"))));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.FRIDAY, LocalTime.NOON))));

        assertEquals(0, bob.call(() -> rhythm.countSyncNotes(c)), "nothing was stored");
        assertTrue(bob.call(() -> rhythm.cadence(c)).isDefault());
    }

    @Test
    void should_refuse_a_cadence_change_based_on_a_stale_version() {
        long c = coalition();
        CadenceSetting first =
                bob.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.TUESDAY, LocalTime.of(9, 0))));
        CadenceSetting second = alice.call(
                () -> rhythm.setCadence(c, first.version(), fortnightly(DayOfWeek.THURSDAY, LocalTime.of(9, 0))));
        assertNotEquals(first.version(), second.version());

        assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(
                        () -> rhythm.setCadence(c, first.version(), fortnightly(DayOfWeek.FRIDAY, LocalTime.NOON))));
        assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.FRIDAY, LocalTime.NOON))),
                "saving over the default while someone else stored a cadence");
        assertEquals(
                DayOfWeek.THURSDAY,
                carol.call(() -> rhythm.cadence(c)).cadence().dayOfWeek(),
                "the first save stands");
    }

    @Test
    void should_refuse_invalid_input() {
        long c = coalition();
        CadenceDraft everyFiveWeeks = fortnightly(DayOfWeek.MONDAY, LocalTime.NOON);
        everyFiveWeeks.setEveryWeeks(5);
        var failure =
                assertThrows(EJBException.class, () -> bob.call(() -> rhythm.setCadence(c, null, everyFiveWeeks)));
        assertInstanceOf(ConstraintViolationException.class, rootCause(failure));
        CadenceDraft atlantis = fortnightly(DayOfWeek.MONDAY, LocalTime.NOON);
        atlantis.setTimeZone("Europe/Atlantis");
        assertThrows(EJBException.class, () -> bob.call(() -> rhythm.setCadence(c, null, atlantis)));
        assertThrows(
                EJBException.class,
                () -> bob.call(() -> rhythm.recordSync(
                        c, new SyncNoteDraft(LocalDate.now().plusDays(1), "Bob", "Planned ahead", null))),
                "notes are written after the sync");
        assertThrows(
                EJBException.class,
                () -> bob.call(
                        () -> rhythm.recordSync(c, new SyncNoteDraft(LocalDate.now(), "Bob", "x".repeat(4001), null))));
        assertEquals(0, bob.call(() -> rhythm.countSyncNotes(c)));
    }

    @Test
    void should_serve_the_calendar_for_the_right_token_only_and_without_a_user() {
        long c = coalition();
        bob.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0))));
        bob.call(() -> rhythm.recordSync(c, note("Secret decision")));
        String token = bob.call(() -> rhythm.feedToken(c));
        assertTrue(token.matches("[A-Za-z0-9_-]{32}"), token);
        assertEquals(token, alice.call(() -> rhythm.feedToken(c)), "one token per coalition");

        // No caller here: the test method itself runs without a user, like a calendar app
        Optional<String> ics = rhythm.calendarByToken(token);
        assertTrue(ics.isPresent());
        assertTrue(ics.get().contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), ics.get());
        assertTrue(!ics.get().contains("Secret decision"), "the feed never reveals notes");
        assertEquals(
                bob.call(() -> rhythm.calendar(c))
                        .lines()
                        .filter(l -> l.startsWith("RRULE"))
                        .toList(),
                ics.get().lines().filter(l -> l.startsWith("RRULE")).toList());

        assertTrue(rhythm.calendarByToken(token.substring(1) + "x").isEmpty(), "a wrong token");
        assertTrue(rhythm.calendarByToken("../../etc/passwd").isEmpty());
        assertTrue(rhythm.calendarByToken(null).isEmpty());

        String replaced = bob.call(() -> rhythm.regenerateFeedToken(c));
        assertNotEquals(token, replaced);
        assertTrue(rhythm.calendarByToken(token).isEmpty(), "the old link stops working");
        assertTrue(rhythm.calendarByToken(replaced).isPresent());
    }

    @Test
    void should_write_an_audit_entry_for_every_change() {
        long c = coalition();
        CadenceSetting set =
                bob.call(() -> rhythm.setCadence(c, null, fortnightly(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0))));
        bob.call(() -> rhythm.recordSync(c, note("Audit me")));
        String token = bob.call(() -> rhythm.regenerateFeedToken(c));

        List<AuditEntry> entries = alice.call(() -> audit.list(c, 0, 50));
        List<String> actions = entries.stream().map(AuditEntry::getAction).toList();
        assertTrue(
                actions.containsAll(List.of("rhythm.cadence-set", "rhythm.sync-recorded", "rhythm.feed-regenerated")),
                actions.toString());
        AuditEntry cadence = entries.stream()
                .filter(e -> e.getAction().equals("rhythm.cadence-set"))
                .findFirst()
                .orElseThrow();
        assertEquals("bob", cadence.getActor());
        assertEquals(set.cadence().summary(), cadence.getNewValue());
        assertTrue(cadence.getOldValue().contains("Monday"), cadence.getOldValue());
        assertTrue(
                entries.stream()
                        .noneMatch(e -> String.valueOf(e.getOldValue()).contains(token)
                                || String.valueOf(e.getNewValue()).contains(token)
                                || String.valueOf(e.getSummary()).contains(token)),
                "no feed token in the audit trail");
    }

    /** On the client, as a calendar app: fetch the feed over HTTP without signing in and parse it with ical4j. */
    @Test
    @RunAsClient
    void should_publish_a_feed_that_calendar_apps_can_parse(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI fixture = base.toURI().resolve("it/rhythm");
        String token = http.send(
                        HttpRequest.newBuilder(URI.create(fixture + "?day=THURSDAY"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        HttpResponse<String> feed = http.send(
                HttpRequest.newBuilder(URI.create(fixture + "?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        IcsReader.SyncEvent event = IcsReader.event(feed.body());
        assertEquals("WEEKLY", event.frequency());
        assertEquals(2, event.interval());
        assertEquals(List.of("TH"), event.days());
        assertTrue(event.uid().startsWith("coalition-"), event.uid());
        assertTrue(event.summary().endsWith(" sync"), event.summary());

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(URI.create(fixture + "?token=" + "A".repeat(32)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrong.statusCode());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
