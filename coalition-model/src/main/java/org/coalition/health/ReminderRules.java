package org.coalition.health;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;

/**
 * Decides which reminders a coalition needs today: the sync that is due (or overdue), the one-on-ones
 * key stakeholders are due for, grouped by relationship owner, the disagreements left to go stale, and each member's
 * promises that are due tomorrow, today or overdue (to whoever promised).
 * Plain Java over the same facts as the health rules; the reminder job only posts and mails.
 */
public final class ReminderRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final HealthThresholds thresholds;
    private final ReminderSettings settings;

    public ReminderRules(HealthThresholds thresholds, ReminderSettings settings) {
        this.thresholds = thresholds;
        this.settings = settings;
    }

    /**
     * @param ownerOf  stakeholder id to the user name of its relationship owner (absent when nobody owns it)
     * @param members  the user names of the coalition's sponsors and members (not observers)
     */
    public List<Reminder> remindersFor(
            CoalitionFacts facts, Map<Long, String> ownerOf, List<String> members, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        syncDue(facts, members, today, reminders);
        oneOnOnesDue(facts, ownerOf, members, today, reminders);
        staleDisagreements(facts, members, today, reminders);
        promisesDue(facts, members, today, reminders);
        return reminders;
    }

    /** The repeat period a date falls in: a reminder key carries it so that it is posted once per period. */
    long period(LocalDate today) {
        return Math.floorDiv(today.toEpochDay(), settings.repeatDays());
    }

    void syncDue(CoalitionFacts facts, List<String> members, LocalDate today, List<Reminder> out) {
        if (facts.cadence().isSyncMissed(facts.lastSyncOn(), today, thresholds.cadenceToleranceDays())) {
            out.add(new Reminder(
                    Reminder.Kind.SYNC_DUE,
                    "sync-overdue:" + period(today),
                    (facts.lastSyncOn() == null
                                    ? "No sync has been held yet"
                                    : "The last sync was held on " + DAY.format(facts.lastSyncOn()))
                            + ", and the cadence is every " + facts.cadence().intervalDays()
                            + " days. Hold the next one as scheduled, even a short one, and write down what was agreed.",
                    members));
            return;
        }
        LocalDate next = facts.cadence().nextSyncOnOrAfter(today);
        long daysAway = ChronoUnit.DAYS.between(today, next);
        if (daysAway <= settings.syncLeadDays()) {
            out.add(new Reminder(
                    Reminder.Kind.SYNC_DUE,
                    "sync:" + next,
                    "The sync is due "
                            + (daysAway == 0 ? "today" : daysAway == 1 ? "tomorrow" : "on " + DAY.format(next)) + " ("
                            + DAY.format(next) + "). Bring one update and one open question.",
                    members));
        }
    }

    void oneOnOnesDue(
            CoalitionFacts facts,
            Map<Long, String> ownerOf,
            List<String> members,
            LocalDate today,
            List<Reminder> out) {
        Map<String, List<String>> dueByOwner = new TreeMap<>();
        for (StakeholderFact s : facts.stakeholders()) {
            if (s.influence() < thresholds.influenceCutOff()) {
                continue;
            }
            String due = oneOnOneDue(s, today);
            if (due != null) {
                dueByOwner
                        .computeIfAbsent(ownerOf.getOrDefault(s.id(), ""), k -> new ArrayList<>())
                        .add(s.name() + " (" + due + ")");
            }
        }
        dueByOwner.forEach((owner, names) -> out.add(new Reminder(
                Reminder.Kind.ONE_ON_ONES_DUE,
                "one-on-ones:" + (owner.isEmpty() ? "-" : owner) + ":" + period(today),
                (owner.isEmpty()
                                ? "Nobody owns these relationships yet; one-on-ones are due with "
                                : "One-on-ones are due with ")
                        + String.join(", ", names)
                        + ". Ask what challenges their team is facing, and record what drives them.",
                owner.isEmpty() ? members : List.of(owner))));
    }

    /** Why a key stakeholder's one-on-one is due, or null when the last one backs the stance for long enough. */
    String oneOnOneDue(StakeholderFact s, LocalDate today) {
        if (s.lastConversationOn() == null) {
            return "never held";
        }
        if (s.stanceSince() != null && s.lastConversationOn().isBefore(s.stanceSince())) {
            return "stance changed since the last one";
        }
        LocalDate lapses = s.lastConversationOn().plusDays(thresholds.verificationDays());
        long daysLeft = ChronoUnit.DAYS.between(today, lapses);
        if (daysLeft < 0) {
            return "last held " + s.lastConversationOn();
        }
        if (daysLeft <= settings.oneOnOneLeadDays()) {
            return "the last one stops counting in " + daysLeft + (daysLeft == 1 ? " day" : " days");
        }
        return null;
    }

    /** A promise is worth a reminder from the day before it is due, for as long as it stays open. */
    static final int PROMISE_LEAD_DAYS = 1;

    /**
     * Each member's open promises due within {@value #PROMISE_LEAD_DAYS} day or overdue, to them alone. The reminder
     * names to whom and by when, not what was promised: it is posted to the coalition's feed, which observers read.
     */
    void promisesDue(CoalitionFacts facts, List<String> members, LocalDate today, List<Reminder> out) {
        Map<String, List<String>> dueByPromiser = new TreeMap<>();
        for (CoalitionFacts.PromiseFact p : facts.promises()) {
            if (p.outcome() != null
                    || ChronoUnit.DAYS.between(today, p.dueOn()) > PROMISE_LEAD_DAYS
                    || !members.contains(p.promisedBy())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, p.dueOn());
            String when = days < 0
                    ? "overdue since " + DAY.format(p.dueOn().plusDays(1))
                    : days == 0 ? "due today" : "due tomorrow";
            dueByPromiser
                    .computeIfAbsent(p.promisedBy(), k -> new ArrayList<>())
                    .add("to " + p.toName() + " (" + when + ")");
        }
        dueByPromiser.forEach((promiser, promises) -> out.add(new Reminder(
                Reminder.Kind.PROMISES_DUE,
                "promises:" + promiser + ":" + period(today),
                (promises.size() == 1
                                ? "A promise of yours is due: "
                                : promises.size() + " promises of yours are due: ")
                        + String.join(", ", promises)
                        + ". Keep it, or tell them honestly when you will, and mark it in the commitments register.",
                List.of(promiser))));
    }

    void staleDisagreements(CoalitionFacts facts, List<String> members, LocalDate today, List<Reminder> out) {
        List<String> stale = new ArrayList<>();
        for (DifferenceFact d : facts.openDifferences()) {
            long idle = ChronoUnit.DAYS.between(d.lastActivityOn(), today);
            if (idle > thresholds.staleDifferenceDays()) {
                stale.add("\u201C" + d.topic() + "\u201D (" + idle + " days)");
            }
        }
        if (!stale.isEmpty()) {
            out.add(new Reminder(
                    Reminder.Kind.STALE_DISAGREEMENTS,
                    "stale-disagreements:" + period(today),
                    stale.size() + (stale.size() == 1 ? " disagreement has" : " disagreements have")
                            + " had no activity for more than "
                            + thresholds.staleDifferenceDays() + " days: " + String.join(", ", stale)
                            + ". Put them on the next sync's agenda: restate the positions and the interests beneath them.",
                    members));
        }
    }
}
