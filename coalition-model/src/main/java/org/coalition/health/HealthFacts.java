package org.coalition.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.rhythm.Cadence;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.Verification;

/**
 * What the health rules need about a coalition on one day, as counts: its size does not depend on how many
 * stakeholders, members, wins or disagreements the coalition has. Each count that becomes a finding comes
 * with the first few records behind it ({@link Sample}), the rest are only counted. The database computes
 * these (FactsQuery); {@link #of} computes the same from a coalition's rows, the reference the rules are
 * specified and tested with.
 *
 * @param lastSyncOn      the latest sync note's date, or null
 * @param lastSyncHeldBy  the latest sync note held on or before the day, or null
 * @param lastUpdateOn    the latest update posted to the feed, or null
 * @param keyStakeholders stakeholders with an influence at or above the cut-off
 * @param assumedKey      key stakeholders whose stance is only assumed
 * @param drift           stakeholders whose stance fell, followed by neither a conversation nor a disagreement
 * @param doubters        skeptics and opponents
 * @param completedQuickWins completed quick wins
 * @param quickWinWithKey whether a completed quick win involved a key stakeholder
 * @param members         sponsors and members (not observers)
 * @param inactiveMembers members without recorded activity for the inactive periods
 * @param staleDifferences open differences without activity for the stale days
 * @param brokenPromises  key stakeholders holding a promise of the coalition's that is overdue, or was broken within the
 *                        verification period ({@link #brokenPromise})
 * @param pendingDecisions milestones awaiting their decision that name approvers or veto holders
 * @param assumingDecisions those of them counting on an approver or veto holder whose stance is only assumed
 * @param engagementUnknown key stakeholders with a desired engagement recorded but no current one: their alignment
 *                          is assumed ({@link #engagementUnknown(CoalitionFacts.StakeholderFact)})
 * @param ratedAssumed    key stakeholders whose stance a recent one-on-one backs, but whose latest closed blind rating
 *                        round flagged them (wide spread, or a consensus other than the recorded stance) with no one-on-one
 *                        since ({@link #ratedAssumed}): assumed all the same
 * @param coverageTags     how many coverage tags the coalition recorded (none: the coverage check is not in use)
 * @param qualitiesCarried how many of the four qualities at least one supporter is tagged with
 */
public record HealthFacts(
        Phase phase,
        Cadence cadence,
        LocalDate lastSyncOn,
        LocalDate lastSyncHeldBy,
        LocalDate lastUpdateOn,
        int keyStakeholders,
        Sample assumedKey,
        Sample drift,
        Sample doubters,
        Sample completedQuickWins,
        boolean quickWinWithKey,
        int members,
        Sample inactiveMembers,
        Sample staleDifferences,
        int differencesEverRecorded,
        Sample brokenPromises,
        int pendingDecisions,
        Decisions assumingDecisions,
        Sample engagementUnknown,
        Sample ratedAssumed,
        int coverageTags,
        int qualitiesCarried) {

    /** Facts without engagement assessments, rating rounds or coverage tags. */
    public HealthFacts(
            Phase phase,
            Cadence cadence,
            LocalDate lastSyncOn,
            LocalDate lastSyncHeldBy,
            LocalDate lastUpdateOn,
            int keyStakeholders,
            Sample assumedKey,
            Sample drift,
            Sample doubters,
            Sample completedQuickWins,
            boolean quickWinWithKey,
            int members,
            Sample inactiveMembers,
            Sample staleDifferences,
            int differencesEverRecorded,
            Sample brokenPromises,
            int pendingDecisions,
            Decisions assumingDecisions) {
        this(
                phase,
                cadence,
                lastSyncOn,
                lastSyncHeldBy,
                lastUpdateOn,
                keyStakeholders,
                assumedKey,
                drift,
                doubters,
                completedQuickWins,
                quickWinWithKey,
                members,
                inactiveMembers,
                staleDifferences,
                differencesEverRecorded,
                brokenPromises,
                pendingDecisions,
                assumingDecisions,
                Sample.NONE,
                Sample.NONE,
                0,
                0);
    }

    /** Where the change needs them is recorded, where they are is not: the gap is assumed to be closed. */
    public static boolean engagementUnknown(CoalitionFacts.StakeholderFact s) {
        return s.engagementDesired() != null && s.engagementCurrent() == null;
    }

    /** How many records a count carries at most: more than any page shows of a finding. */
    public static final int SAMPLE = 10;

    /** How many records there are, and the first few of them (at most {@link #SAMPLE}). */
    public record Sample(int count, List<Evidence> shown) {

        public static final Sample NONE = new Sample(0, List.of());

        public Sample {
            shown = List.copyOf(shown);
        }

        static Sample of(List<Evidence> all) {
            return new Sample(all.size(), all.subList(0, Math.min(SAMPLE, all.size())));
        }
    }

    /**
     * A decision awaited that counts on approvers or veto holders whose stance is only assumed.
     *
     * @param milestoneId the milestone to be decided
     * @param assumedDeciders how many of its approvers and veto holders have a stance nobody checked recently
     */
    public record AssumingDecision(long milestoneId, String title, int assumedDeciders) {}

    /** How many decisions assume alignment, and the first few of them (at most {@link #SAMPLE}, by milestone). */
    public record Decisions(int count, List<AssumingDecision> shown) {

        public static final Decisions NONE = new Decisions(0, List.of());

        public Decisions {
            shown = List.copyOf(shown);
        }
    }

    /** The day from which a member's activity counts as recent: older than this, they are inactive. */
    public static LocalDate activeSince(Cadence cadence, HealthThresholds thresholds, LocalDate today) {
        return today.minusDays((long) cadence.intervalDays() * thresholds.inactivePeriods());
    }

    /** The day before which an open difference's last activity makes it stale. */
    public static LocalDate staleBefore(HealthThresholds thresholds, LocalDate today) {
        return today.minusDays(thresholds.staleDifferenceDays());
    }

    /**
     * Whether a promise withdraws from the relational bank account on {@code today}: still open after its due date, or
     * broken on a day since {@code recentSince} (a broken promise weighs as long as a one-on-one counts as recent).
     */
    public static boolean brokenPromise(CoalitionFacts.PromiseFact promise, LocalDate recentSince, LocalDate today) {
        if (promise.outcome() == null) {
            return org.coalition.commitment.CommitmentStatus.isOverdue(promise.dueOn(), today);
        }
        return promise.outcome() == org.coalition.commitment.CommitmentOutcome.BROKEN
                && !promise.settledOn().isBefore(recentSince);
    }

    /**
     * Whether a stakeholder's latest closed rating round still flags them as assumed: it flagged them, and no one-on-one
     * was held on or after the day it closed.
     */
    public static boolean ratedAssumed(CoalitionFacts.RatingFlagFact latest, LocalDate lastConversationOn) {
        return latest != null
                && latest.flagged()
                && (lastConversationOn == null || lastConversationOn.isBefore(latest.closedOn()));
    }

    /** The qualities of a guiding coalition nobody brings, counted only once the coalition tagged anyone. */
    public int missingQualities() {
        return coverageTags == 0 ? 0 : org.coalition.coverage.Quality.values().length - qualitiesCarried;
    }

    /** The evidence label of a drifted stakeholder: "name: before → now". */
    public static String driftLabel(String name, Stance before, Stance now) {
        return name + ": " + before.label() + " \u2192 " + now.label();
    }

    /** The same counts from a coalition's rows: the rules' reference (and what the unit tests give the rules). */
    public static HealthFacts of(CoalitionFacts facts, HealthThresholds thresholds, LocalDate today) {
        Verification verification = new Verification(thresholds.verificationDays());
        List<StakeholderFact> key = facts.stakeholders().stream()
                .filter(s -> s.influence() >= thresholds.influenceCutOff())
                .toList();
        Set<Long> keyIds = key.stream().map(StakeholderFact::id).collect(Collectors.toSet());
        LocalDate activeSince = activeSince(facts.cadence(), thresholds, today);
        LocalDate staleBefore = staleBefore(thresholds, today);
        return new HealthFacts(
                facts.phase(),
                facts.cadence(),
                facts.lastSyncOn(),
                facts.syncsHeld().stream()
                        .filter(d -> !d.isAfter(today))
                        .max(LocalDate::compareTo)
                        .orElse(null),
                facts.lastUpdateOn(),
                key.size(),
                stakeholders(key, s -> !verification.isVerified(s.lastConversationOn(), s.stanceSince(), today)),
                Sample.of(facts.stakeholders().stream()
                        .filter(HealthFacts::silentDrift)
                        .map(s -> new Evidence(
                                "stakeholder", s.id(), driftLabel(s.name(), s.previousStance(), s.stance())))
                        .toList()),
                stakeholders(facts.stakeholders(), s -> s.stance() == Stance.SKEPTIC || s.stance() == Stance.OPPONENT),
                Sample.of(facts.completedQuickWins().stream()
                        .map(q -> new Evidence("quick-win", q.id(), q.title()))
                        .toList()),
                facts.completedQuickWins().stream()
                        .anyMatch(q -> q.stakeholderIds().stream().anyMatch(keyIds::contains)),
                facts.members().size(),
                Sample.of(facts.members().stream()
                        .filter(m ->
                                m.lastActivityOn() == null || m.lastActivityOn().isBefore(activeSince))
                        .map(m -> new Evidence("member", m.personId(), m.name()))
                        .toList()),
                Sample.of(facts.openDifferences().stream()
                        .filter(d -> d.lastActivityOn().isBefore(staleBefore))
                        .map(d -> new Evidence("difference", d.id(), d.topic()))
                        .toList()),
                facts.differencesEverRecorded(),
                stakeholders(
                        key,
                        s -> facts.promises().stream()
                                .anyMatch(p -> p.toStakeholderId() != null
                                        && p.toStakeholderId() == s.id()
                                        && brokenPromise(p, verification.recentSince(today), today))),
                (int) facts.pendingDecisions().stream()
                        .filter(d -> !d.deciderIds().isEmpty())
                        .count(),
                assuming(facts, verification, today),
                stakeholders(key, HealthFacts::engagementUnknown),
                stakeholders(
                        key,
                        s -> verification.isVerified(s.lastConversationOn(), s.stanceSince(), today)
                                && ratedAssumed(latestFlag(facts, s.id()), s.lastConversationOn())),
                facts.coverage().tags(),
                facts.coverage().carried().size());
    }

    /** The stakeholder's latest closed rating round, or null (the rows give one per stakeholder at most). */
    private static CoalitionFacts.RatingFlagFact latestFlag(CoalitionFacts facts, long stakeholderId) {
        return facts.ratingFlags().stream()
                .filter(f -> f.stakeholderId() == stakeholderId)
                .max(java.util.Comparator.comparing(CoalitionFacts.RatingFlagFact::closedOn))
                .orElse(null);
    }

    /** The pending decisions with an approver or veto holder whose stance is assumed, by milestone. */
    private static Decisions assuming(CoalitionFacts facts, Verification verification, LocalDate today) {
        Set<Long> assumed = facts.stakeholders().stream()
                .filter(s -> !verification.isVerified(s.lastConversationOn(), s.stanceSince(), today))
                .map(StakeholderFact::id)
                .collect(Collectors.toSet());
        List<AssumingDecision> all = facts.pendingDecisions().stream()
                .sorted(java.util.Comparator.comparingLong(CoalitionFacts.DecisionFact::milestoneId))
                .map(d -> new AssumingDecision(d.milestoneId(), d.title(), (int) d.deciderIds().stream()
                        .distinct()
                        .filter(assumed::contains)
                        .count()))
                .filter(d -> d.assumedDeciders() > 0)
                .toList();
        return new Decisions(all.size(), all.subList(0, Math.min(SAMPLE, all.size())));
    }

    private static Sample stakeholders(List<StakeholderFact> from, Predicate<StakeholderFact> which) {
        return Sample.of(from.stream()
                .filter(which)
                .map(s -> new Evidence("stakeholder", s.id(), s.name()))
                .toList());
    }

    /** A stance that fell and was followed by neither a conversation nor a disagreement. */
    static boolean silentDrift(StakeholderFact s) {
        if (s.previousStance() == null
                || s.stanceChangedOn() == null
                || s.stance().score() >= s.previousStance().score()) {
            return false;
        }
        boolean talkedSince =
                s.lastConversationOn() != null && !s.lastConversationOn().isBefore(s.stanceChangedOn());
        boolean disagreementSince =
                s.lastDifferenceOn() != null && !s.lastDifferenceOn().isBefore(s.stanceChangedOn());
        return !talkedSince && !disagreementSince;
    }
}
