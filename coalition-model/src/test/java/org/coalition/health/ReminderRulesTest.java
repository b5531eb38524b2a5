package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.rhythm.Cadence;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderRulesTest {

    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static final List<String> MEMBERS = List.of("alice", "bob");
    private final ReminderRules rules = new ReminderRules(HealthThresholds.DEFAULTS, ReminderSettings.DEFAULTS);

    private static Cadence weeklyOn(DayOfWeek day) {
        return Cadence.weekly(
                TODAY.minusMonths(3), day, LocalTime.of(10, 0), Duration.ofMinutes(30), ZoneId.of("Europe/Berlin"));
    }

    private static CoalitionFacts facts(
            Cadence cadence, LocalDate lastSync, List<StakeholderFact> stakeholders, List<DifferenceFact> open) {
        return new CoalitionFacts(
                Phase.DISCOVERY,
                stakeholders,
                List.of(),
                cadence,
                lastSync == null ? List.of() : List.of(lastSync),
                lastSync,
                null,
                List.of(),
                open,
                open.size());
    }

    private static StakeholderFact stakeholder(long id, int influence, Integer conversationDaysAgo, int stanceDaysAgo) {
        return new StakeholderFact(
                id,
                "S" + id,
                influence,
                Stance.SUPPORTER,
                TODAY.minusDays(stanceDaysAgo),
                conversationDaysAgo == null ? null : TODAY.minusDays(conversationDaysAgo),
                null,
                null,
                null);
    }

    private List<Reminder> of(Reminder.Kind kind, CoalitionFacts facts, Map<Long, String> owners) {
        return rules.remindersFor(facts, owners, MEMBERS, TODAY).stream()
                .filter(r -> r.kind() == kind)
                .toList();
    }

    @ParameterizedTest(name = "sync on {0} (today is Tuesday) -> reminder {1}")
    @CsvSource({
        "TUESDAY, true, sync:2026-11-24",
        "WEDNESDAY, true, sync:2026-11-25",
        "THURSDAY, false, ''",
        "MONDAY, false, ''"
    })
    void should_announce_a_sync_due_today_or_tomorrow(DayOfWeek day, boolean reminded, String key) {
        Cadence cadence = weeklyOn(day);
        LocalDate lastHeld = cadence.nextSyncOnOrAfter(TODAY.minusDays(7));
        List<Reminder> due = of(Reminder.Kind.SYNC_DUE, facts(cadence, lastHeld, List.of(), List.of()), Map.of());
        assertEquals(reminded, !due.isEmpty(), due.toString());
        if (reminded) {
            assertEquals(key, due.get(0).key());
            assertEquals(MEMBERS, due.get(0).recipients());
        }
    }

    @ParameterizedTest(name = "last sync {0} days ago on a weekly cadence -> overdue {1}")
    @CsvSource({"9, false", "10, true", "30, true"})
    void should_remind_of_an_overdue_sync_after_the_tolerance(int daysAgo, boolean overdue) {
        // a cadence on Thursday: never due today or tomorrow, so only the overdue rule can speak
        List<Reminder> due = of(
                Reminder.Kind.SYNC_DUE,
                facts(weeklyOn(DayOfWeek.THURSDAY), TODAY.minusDays(daysAgo), List.of(), List.of()),
                Map.of());
        assertEquals(overdue, !due.isEmpty(), due.toString());
        if (overdue) {
            assertTrue(due.get(0).key().startsWith("sync-overdue:"));
            assertTrue(due.get(0).text().contains("every 7 days"), due.get(0).text());
        }
    }

    @ParameterizedTest(name = "influence {0}, one-on-one {1} days ago, stance {2} days old -> due {3}")
    @CsvSource({
        "4, 52, 100, false", // stops counting in 8 days: not yet
        "4, 53, 100, true", // stops counting in 7 days: the lead time
        "4, 60, 100, true",
        "4, 61, 100, true",
        "3, 61, 100, false",
        "5, , 100, true",
        "5, 10, 5, true",
        "5, 10, 10, false",
    })
    void should_remind_owners_of_one_on_ones_due_with_key_stakeholders(
            int influence, Integer conversationDaysAgo, int stanceDaysAgo, boolean due) {
        var facts = facts(
                weeklyOn(DayOfWeek.FRIDAY),
                TODAY.minusDays(4),
                List.of(stakeholder(7, influence, conversationDaysAgo, stanceDaysAgo)),
                List.of());
        List<Reminder> reminders = of(Reminder.Kind.ONE_ON_ONES_DUE, facts, Map.of(7L, "erin"));
        assertEquals(due, !reminders.isEmpty(), reminders.toString());
        if (due) {
            assertEquals(List.of("erin"), reminders.get(0).recipients());
            assertTrue(
                    reminders.get(0).text().contains("S7 ("), reminders.get(0).text());
        }
    }

    @Test
    void should_treat_the_lead_time_boundary_exactly() {
        // verification window 60 days, lead 7: a one-on-one 53 days ago stops counting in exactly 7 days
        assertEquals("the last one stops counting in 7 days", rules.oneOnOneDue(stakeholder(1, 5, 53, 100), TODAY));
        assertEquals(null, rules.oneOnOneDue(stakeholder(1, 5, 52, 100), TODAY));
        assertEquals("the last one stops counting in 0 days", rules.oneOnOneDue(stakeholder(1, 5, 60, 100), TODAY));
        assertEquals("last held " + TODAY.minusDays(61), rules.oneOnOneDue(stakeholder(1, 5, 61, 100), TODAY));
        assertEquals("never held", rules.oneOnOneDue(stakeholder(1, 5, null, 100), TODAY));
        assertEquals("stance changed since the last one", rules.oneOnOneDue(stakeholder(1, 5, 10, 9), TODAY));
    }

    @Test
    void should_group_one_on_ones_by_owner_and_tell_every_member_about_unowned_ones() {
        var facts = facts(
                weeklyOn(DayOfWeek.FRIDAY),
                TODAY.minusDays(4),
                List.of(
                        stakeholder(1, 5, null, 100),
                        stakeholder(2, 4, 70, 100),
                        stakeholder(3, 5, null, 100),
                        stakeholder(4, 5, 1, 100)),
                List.of());
        List<Reminder> reminders = of(Reminder.Kind.ONE_ON_ONES_DUE, facts, Map.of(1L, "erin", 2L, "erin", 4L, "bob"));
        assertEquals(2, reminders.size(), reminders.toString());
        Reminder unowned = reminders.get(0);
        assertEquals(MEMBERS, unowned.recipients());
        assertTrue(
                unowned.text()
                        .startsWith("Nobody owns these relationships yet; one-on-ones are due with S3 (never held)"),
                unowned.text());
        Reminder erin = reminders.get(1);
        assertEquals(List.of("erin"), erin.recipients());
        assertTrue(erin.text().startsWith("One-on-ones are due with S1 (never held), S2 (last held "), erin.text());
        assertTrue(erin.key().startsWith("one-on-ones:erin:"));
    }

    @ParameterizedTest(name = "open disagreement idle {0} days -> reminder {1}")
    @CsvSource({"14, false", "15, true"})
    void should_remind_of_disagreements_idle_beyond_the_threshold(int idleDays, boolean reminded) {
        var facts = facts(
                weeklyOn(DayOfWeek.FRIDAY),
                TODAY.minusDays(4),
                List.of(),
                List.of(
                        new DifferenceFact(3, "Core hours", TODAY.minusDays(idleDays)),
                        new DifferenceFact(4, "Fresh one", TODAY)));
        List<Reminder> reminders = of(Reminder.Kind.STALE_DISAGREEMENTS, facts, Map.of());
        assertEquals(reminded, !reminders.isEmpty());
        if (reminded) {
            assertTrue(
                    reminders
                            .get(0)
                            .text()
                            .startsWith(
                                    "1 disagreement has had no activity for more than 14 days: \u201CCore hours\u201D (15 days)"),
                    reminders.get(0).text());
            assertEquals(MEMBERS, reminders.get(0).recipients());
        }
    }

    @Test
    void should_say_nothing_when_all_is_in_order() {
        var facts = facts(
                weeklyOn(DayOfWeek.FRIDAY),
                TODAY.minusDays(4),
                List.of(stakeholder(1, 5, 3, 100)),
                List.of(new DifferenceFact(3, "Core hours", TODAY.minusDays(2))));
        assertEquals(List.of(), rules.remindersFor(facts, Map.of(1L, "bob"), MEMBERS, TODAY));
    }

    @Test
    void should_repeat_a_reminder_key_only_in_the_next_period() {
        var facts =
                facts(weeklyOn(DayOfWeek.FRIDAY), TODAY.minusDays(4), List.of(stakeholder(1, 5, null, 100)), List.of());
        String key = rules.remindersFor(facts, Map.of(), MEMBERS, TODAY).get(0).key();
        long period = rules.period(TODAY);
        LocalDate firstDay = LocalDate.ofEpochDay(period * 7);
        assertEquals(
                key,
                rules.remindersFor(facts, Map.of(), MEMBERS, firstDay.plusDays(6))
                        .get(0)
                        .key(),
                "same period");
        assertNotEquals(
                key,
                rules.remindersFor(facts, Map.of(), MEMBERS, firstDay.plusDays(7))
                        .get(0)
                        .key(),
                "next period");
        assertNotEquals(
                key,
                rules.remindersFor(facts, Map.of(), MEMBERS, firstDay.minusDays(1))
                        .get(0)
                        .key(),
                "previous period");
    }

    @Test
    void should_refuse_settings_that_make_no_sense() {
        assertThrows(IllegalArgumentException.class, () -> new ReminderSettings(1, 7, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSettings(-1, 7, 7));
    }

    private static CoalitionFacts.PromiseFact promise(
            long id, String by, String to, int dueInDays, org.coalition.commitment.CommitmentOutcome outcome) {
        return new CoalitionFacts.PromiseFact(
                id, by, id, to, TODAY.plusDays(dueInDays), outcome, outcome == null ? null : TODAY.minusDays(1));
    }

    @ParameterizedTest(name = "a promise due in {0} day(s) -> reminded {1}")
    @CsvSource({"2, false", "1, true", "0, true", "-1, true", "-40, true"})
    void should_remind_whoever_promised_from_the_day_before_it_is_due(int dueInDays, boolean reminded) {
        CoalitionFacts facts = facts(weeklyOn(DayOfWeek.THURSDAY), TODAY.minusDays(2), List.of(), List.of())
                .withPromises(List.of(promise(1, "bob", "Clara CFO", dueInDays, null)));
        List<Reminder> due = of(Reminder.Kind.PROMISES_DUE, facts, Map.of());
        assertEquals(reminded, !due.isEmpty(), due.toString());
        if (reminded) {
            assertEquals(List.of("bob"), due.get(0).recipients(), "only the one who promised");
            assertTrue(due.get(0).text().contains("to Clara CFO"), due.get(0).text());
            assertEquals("promises:bob:" + rules.period(TODAY), due.get(0).key());
        }
    }

    @Test
    void should_group_promises_per_promiser_and_leave_out_settled_ones_and_former_members() {
        CoalitionFacts facts = facts(weeklyOn(DayOfWeek.THURSDAY), TODAY.minusDays(2), List.of(), List.of())
                .withPromises(List.of(
                        promise(1, "bob", "Clara", -3, null),
                        promise(2, "bob", "Alice", 0, null),
                        promise(3, "alice", "Dora", 1, null),
                        promise(4, "alice", "Erik", -5, org.coalition.commitment.CommitmentOutcome.BROKEN),
                        promise(5, "gone", "Fay", -5, null)));
        List<Reminder> due = of(Reminder.Kind.PROMISES_DUE, facts, Map.of());
        assertEquals(
                List.of(List.of("alice"), List.of("bob")),
                due.stream().map(Reminder::recipients).toList());
        assertEquals(
                "A promise of yours is due: to Dora (due tomorrow). Keep it, or tell them honestly when you will, and mark it"
                        + " in the commitments register.",
                due.get(0).text());
        assertEquals(
                "2 promises of yours are due: to Clara (overdue since Sunday 22 November), to Alice (due today). Keep it, or"
                        + " tell them honestly when you will, and mark it in the commitments register.",
                due.get(1).text());
    }
}
