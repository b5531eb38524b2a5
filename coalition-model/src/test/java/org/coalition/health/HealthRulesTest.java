package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts.DecisionFact;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.MemberFact;
import org.coalition.health.CoalitionFacts.QuickWinFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.rhythm.Cadence;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Cadence WEEKLY = Cadence.weekly(
            TODAY.minusMonths(3),
            DayOfWeek.TUESDAY,
            LocalTime.of(10, 0),
            Duration.ofMinutes(45),
            ZoneId.of("Europe/Berlin"));
    private final HealthRules rules = new HealthRules(HealthThresholds.DEFAULTS);

    private static StakeholderFact stakeholder(long id, int influence, Stance stance, Integer conversationDaysAgo) {
        return new StakeholderFact(
                id,
                "S" + id,
                influence,
                stance,
                TODAY.minusDays(200),
                conversationDaysAgo == null ? null : TODAY.minusDays(conversationDaysAgo),
                null,
                null,
                null);
    }

    /** A healthy coalition: every key stance verified, a quick win with a key stakeholder, syncs on time. */
    private static CoalitionFacts healthy(List<StakeholderFact> stakeholders) {
        List<LocalDate> syncs = WEEKLY.nextOccurrences(TODAY.minusMonths(3), 20).stream()
                .map(o -> o.start().toLocalDate())
                .filter(d -> !d.isAfter(TODAY))
                .toList();
        return new CoalitionFacts(
                Phase.MAIN_INITIATIVE,
                stakeholders,
                List.of(new QuickWinFact(9, "Pilot", List.of(1L))),
                WEEKLY,
                syncs,
                syncs.get(syncs.size() - 1),
                TODAY.minusDays(1),
                List.of(new MemberFact(1, "Bob", TODAY.minusDays(2))),
                List.of(),
                1);
    }

    @Test
    void should_score_a_healthy_coalition_at_100_with_no_findings() {
        HealthAssessment health = rules.assess(healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 10))), TODAY);
        assertEquals(List.of(), health.findings());
        assertEquals(100, health.score());
        assertEquals("good", health.verdict());
    }

    @ParameterizedTest(name = "influence {0}, last one-on-one {1} days ago -> finding {2}")
    @CsvSource({"4, 60, false", "4, 61, true", "5, 200, true", "3, 200, false"})
    void should_flag_assumed_alignment_of_high_influence_stakeholders_only(
            int influence, int daysAgo, boolean flagged) {
        var facts = healthy(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, influence, Stance.SUPPORTER, daysAgo)));
        var findings = rules.assess(facts, TODAY).findingsFor(Pitfall.ASSUMED_ALIGNMENT);
        assertEquals(flagged, !findings.isEmpty());
        if (flagged) {
            assertEquals(2L, findings.get(0).evidence().get(0).id());
        }
    }

    @Test
    void should_weigh_alignment_by_the_share_of_key_stakeholders_assumed() {
        var facts = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 4, Stance.SUPPORTER, null)));
        assertEquals(15, rules.assess(facts, TODAY).area(Pitfall.ASSUMED_ALIGNMENT), "half of 30");
    }

    @ParameterizedTest(name = "{0} with {1} completed quick win(s), key involved {2} -> trust {3}")
    @CsvSource({
        "MAIN_INITIATIVE, 0, false, 0",
        "SUSTAINING,      0, false, 0",
        "TRUST_BUILDING,  0, false, 25",
        "MAIN_INITIATIVE, 1, false, 13",
        "MAIN_INITIATIVE, 1, true,  25",
    })
    void should_detect_skipped_trust_building(Phase phase, int completed, boolean withKey, int expected) {
        var base = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 2, Stance.NEUTRAL, 1)));
        var wins = completed == 0
                ? List.<QuickWinFact>of()
                : List.of(new QuickWinFact(9, "Pilot", List.of(withKey ? 1L : 2L)));
        var facts = new CoalitionFacts(
                phase,
                base.stakeholders(),
                wins,
                base.cadence(),
                base.syncsHeld(),
                base.lastSyncOn(),
                base.lastUpdateOn(),
                base.members(),
                base.openDifferences(),
                base.differencesEverRecorded());
        assertEquals(expected, rules.assess(facts, TODAY).area(Pitfall.SKIPPED_TRUST));
    }

    @ParameterizedTest(name = "last contact {0} days ago -> overdue {1}")
    @CsvSource({"9, false", "10, true"})
    void should_flag_communication_overdue_after_the_cadence_plus_tolerance(int daysAgo, boolean overdue) {
        var base = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1)));
        var facts = new CoalitionFacts(
                base.phase(),
                base.stakeholders(),
                base.completedQuickWins(),
                WEEKLY,
                List.of(TODAY.minusDays(daysAgo)),
                TODAY.minusDays(daysAgo),
                null,
                base.members(),
                List.of(),
                1);
        var findings = rules.assess(facts, TODAY).findingsFor(Pitfall.SPORADIC_COMMUNICATION);
        assertEquals(
                overdue,
                findings.stream().anyMatch(f -> f.problem().english().contains("since the last sync or update")));
    }

    @ParameterizedTest(name = "member last active {0} days ago -> inactive {1}")
    @CsvSource({"14, false", "15, true"})
    void should_flag_members_without_activity_for_two_cadence_periods(int daysAgo, boolean inactive) {
        var base = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1)));
        var facts = new CoalitionFacts(
                base.phase(),
                base.stakeholders(),
                base.completedQuickWins(),
                WEEKLY,
                base.syncsHeld(),
                base.lastSyncOn(),
                base.lastUpdateOn(),
                List.of(new MemberFact(7, "Erin", TODAY.minusDays(daysAgo))),
                List.of(),
                1);
        var findings = rules.assess(facts, TODAY).findingsFor(Pitfall.SPORADIC_COMMUNICATION);
        assertEquals(inactive, !findings.isEmpty());
    }

    @ParameterizedTest(name = "open difference quiet for {0} days -> stale {1}")
    @CsvSource({"14, false", "15, true"})
    void should_flag_differences_open_too_long_without_activity(int quietDays, boolean stale) {
        var base = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1)));
        var facts = new CoalitionFacts(
                base.phase(),
                base.stakeholders(),
                base.completedQuickWins(),
                WEEKLY,
                base.syncsHeld(),
                base.lastSyncOn(),
                base.lastUpdateOn(),
                base.members(),
                List.of(new DifferenceFact(5, "Core hours", TODAY.minusDays(quietDays))),
                1);
        assertEquals(
                stale,
                !rules.assess(facts, TODAY)
                        .findingsFor(Pitfall.IGNORED_DIFFERENCES)
                        .isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}, talked after {2}, disagreement after {3} -> drift {4}")
    @CsvSource({
        "SUPPORTER, SKEPTIC,   false, false, true",
        "SUPPORTER, SKEPTIC,   true,  false, false",
        "SUPPORTER, SKEPTIC,   false, true,  false",
        "SKEPTIC,   SUPPORTER, false, false, false",
    })
    void should_detect_silent_drift(Stance from, Stance to, boolean talked, boolean disagreement, boolean drift) {
        LocalDate changed = TODAY.minusDays(10);
        var s = new StakeholderFact(
                3,
                "Priya",
                5,
                to,
                changed,
                talked ? changed : changed.minusDays(1),
                from,
                changed,
                disagreement ? changed.plusDays(1) : null);
        assertEquals(drift, HealthRules.silentDrift(s));
    }

    @Test
    void should_flag_skeptics_when_no_difference_was_ever_recorded() {
        var base = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 2, Stance.SKEPTIC, 1)));
        var none = new CoalitionFacts(
                base.phase(),
                base.stakeholders(),
                base.completedQuickWins(),
                WEEKLY,
                base.syncsHeld(),
                base.lastSyncOn(),
                base.lastUpdateOn(),
                base.members(),
                List.of(),
                0);
        assertEquals(
                1,
                rules.assess(none, TODAY)
                        .findingsFor(Pitfall.IGNORED_DIFFERENCES)
                        .size());
        assertEquals(10, rules.assess(none, TODAY).area(Pitfall.IGNORED_DIFFERENCES));
        assertTrue(
                rules.assess(base, TODAY)
                        .findingsFor(Pitfall.IGNORED_DIFFERENCES)
                        .isEmpty(),
                "one difference recorded is enough");
    }

    @Test
    void should_show_every_pitfall_in_a_coalition_in_trouble() {
        var facts = new CoalitionFacts(
                Phase.MAIN_INITIATIVE,
                List.of(
                        stakeholder(1, 5, Stance.SKEPTIC, null),
                        new StakeholderFact(
                                2,
                                "Drifter",
                                4,
                                Stance.SKEPTIC,
                                TODAY.minusDays(5),
                                null,
                                Stance.SUPPORTER,
                                TODAY.minusDays(5),
                                null)),
                List.of(),
                WEEKLY,
                List.of(),
                null,
                null,
                List.of(new MemberFact(1, "Erin", null)),
                List.of(new DifferenceFact(4, "Old fight", TODAY.minusDays(40))),
                1);
        HealthAssessment health = rules.assess(facts, TODAY);
        for (Pitfall pitfall : Pitfall.values()) {
            assertTrue(!health.findingsFor(pitfall).isEmpty(), pitfall + " is found");
        }
        assertEquals("in trouble", health.verdict());
        assertTrue(health.score() < 30, "score " + health.score());
    }

    @Test
    void should_weigh_the_four_areas_30_25_25_20() {
        int total = 0;
        for (Pitfall pitfall : Pitfall.values()) {
            total += pitfall.weight();
        }
        assertEquals(100, total);
        assertEquals(30, Pitfall.ASSUMED_ALIGNMENT.weight());
        assertEquals(20, Pitfall.IGNORED_DIFFERENCES.weight());
    }

    private static CoalitionFacts.PromiseFact promiseTo(
            long stakeholderId,
            int dueInDays,
            org.coalition.commitment.CommitmentOutcome outcome,
            Integer settledDaysAgo) {
        return new CoalitionFacts.PromiseFact(
                100 + stakeholderId,
                "bob",
                stakeholderId,
                "S" + stakeholderId,
                TODAY.plusDays(dueInDays),
                outcome,
                settledDaysAgo == null ? null : TODAY.minusDays(settledDaysAgo));
    }

    @ParameterizedTest(name = "influence {0}, due in {1} days, {2} {3} days ago -> finding {4}, trust {5}")
    @CsvSource({
        "5, -1,  ,       ,   true,  19", // overdue since yesterday: a quarter of 25 lost
        "5, 0,   ,       ,   false, 25", // due today: not overdue yet
        "3, -10, ,       ,   false, 25", // not a key stakeholder
        "4, -10, ,       ,   true,  19", // influence at the cut-off is key
        "5, -10, BROKEN, 60, true,  19", // broken exactly the verification period ago still weighs
        "5, -10, BROKEN, 61, false, 25", // a day longer ago it no longer does
        "5, 5,   BROKEN, 0,  true,  19", // broken before it was even due
        "5, -10, KEPT,   1,  false, 25", // kept late is kept
    })
    void should_count_broken_or_overdue_promises_to_key_stakeholders_as_skipped_trust(
            int influence,
            int dueInDays,
            org.coalition.commitment.CommitmentOutcome outcome,
            Integer settledDaysAgo,
            boolean flagged,
            int trust) {
        var facts = healthy(
                        List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, influence, Stance.SUPPORTER, 1)))
                .withPromises(List.of(promiseTo(2, dueInDays, outcome, settledDaysAgo)));
        HealthAssessment health = rules.assess(facts, TODAY);
        var findings = health.findingsFor(Pitfall.SKIPPED_TRUST);
        assertEquals(flagged, !findings.isEmpty(), findings.toString());
        assertEquals(trust, health.area(Pitfall.SKIPPED_TRUST));
        if (flagged) {
            assertEquals(
                    "said.health.brokenPromisesProblem",
                    findings.get(0).problem().key());
            assertEquals(
                    List.of(2L),
                    findings.get(0).evidence().stream().map(Evidence::id).toList(),
                    "the stakeholder let down");
        }
    }

    /** The healthy coalition with these stakeholders (the first a verified key supporter) and decisions awaited. */
    private static CoalitionFacts deciding(List<StakeholderFact> stakeholders, List<DecisionFact> decisions) {
        var base = healthy(stakeholders);
        return new CoalitionFacts(
                base.phase(),
                base.stakeholders(),
                base.completedQuickWins(),
                WEEKLY,
                base.syncsHeld(),
                base.lastSyncOn(),
                base.lastUpdateOn(),
                base.members(),
                base.openDifferences(),
                base.differencesEverRecorded(),
                decisions);
    }

    private static List<Finding> decisionFindings(HealthAssessment health) {
        return health.findingsFor(Pitfall.ASSUMED_ALIGNMENT).stream()
                .filter(f -> f.problem().key().equals("said.health.decisionAssumedProblem"))
                .toList();
    }

    @ParameterizedTest(
            name = "approver of influence {0}, last one-on-one {1} days ago -> decision assumes alignment {2}")
    @CsvSource({"1, 60, false", "1, 61, true", "2, , true", "5, 0, false", "5, 61, true"})
    void should_count_a_decision_awaited_on_an_unverified_approver_as_assuming_alignment(
            int influence, Integer daysAgo, boolean assuming) {
        var facts = deciding(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, influence, Stance.SUPPORTER, daysAgo)),
                List.of(new DecisionFact(40, "Budget", List.of(2L))));
        var findings = decisionFindings(rules.assess(facts, TODAY));
        assertEquals(assuming ? 1 : 0, findings.size(), findings.toString());
        if (assuming) {
            Finding finding = findings.get(0);
            assertEquals(List.of("Budget", 1), finding.problem().arguments());
            assertEquals(
                    "said.health.decisionAssumedCorrection",
                    finding.correction().key());
            assertEquals(List.of(new Evidence("decision", 40, "Budget")), finding.evidence());
        }
    }

    @Test
    void should_count_each_key_stakeholder_let_down_once_up_to_half_the_trust_and_never_a_promise_to_a_member() {
        var people = List.of(
                stakeholder(1, 5, Stance.SUPPORTER, 1),
                stakeholder(2, 5, Stance.SUPPORTER, 1),
                stakeholder(3, 5, Stance.SUPPORTER, 1));
        var twiceToOne =
                healthy(people).withPromises(List.of(promiseTo(2, -1, null, null), promiseTo(2, -3, null, null)));
        assertEquals(
                19,
                rules.assess(twiceToOne, TODAY).area(Pitfall.SKIPPED_TRUST),
                "one stakeholder, however many promises");
        var two = healthy(people).withPromises(List.of(promiseTo(1, -1, null, null), promiseTo(2, -1, null, null)));
        assertEquals(13, rules.assess(two, TODAY).area(Pitfall.SKIPPED_TRUST), "half of 25");
        var three = healthy(people)
                .withPromises(List.of(
                        promiseTo(1, -1, null, null), promiseTo(2, -1, null, null), promiseTo(3, -1, null, null)));
        assertEquals(13, rules.assess(three, TODAY).area(Pitfall.SKIPPED_TRUST), "never more than half");
        var toMember = healthy(people)
                .withPromises(List.of(
                        new CoalitionFacts.PromiseFact(9, "bob", null, "Alice", TODAY.minusDays(5), null, null)));
        assertEquals(
                List.of(), rules.assess(toMember, TODAY).findings(), "promises among members are not the bank account");
    }

    @Test
    void should_add_the_withdrawals_to_a_quick_win_without_key_stakeholders() {
        var base = healthy(List.of(
                stakeholder(1, 5, Stance.SUPPORTER, 1),
                stakeholder(2, 5, Stance.SUPPORTER, 1),
                stakeholder(3, 2, Stance.NEUTRAL, 1)));
        var facts = new CoalitionFacts(
                        base.phase(),
                        base.stakeholders(),
                        List.of(new QuickWinFact(9, "Pilot", List.of(3L))),
                        base.cadence(),
                        base.syncsHeld(),
                        base.lastSyncOn(),
                        base.lastUpdateOn(),
                        base.members(),
                        base.openDifferences(),
                        base.differencesEverRecorded())
                .withPromises(List.of(promiseTo(1, -1, null, null), promiseTo(2, -1, null, null)));
        HealthAssessment health = rules.assess(facts, TODAY);
        assertEquals(0, health.area(Pitfall.SKIPPED_TRUST), "half for the win without them, half for two let down");
        assertEquals(
                List.of("said.health.winsWithoutKeyProblem", "said.health.brokenPromisesProblem"),
                health.findingsFor(Pitfall.SKIPPED_TRUST).stream()
                        .map(f -> f.problem().key())
                        .toList());
    }

    @Test
    void should_count_an_approver_whose_stance_changed_after_the_last_one_on_one_as_unverified() {
        var changed = new StakeholderFact(
                2, "S2", 2, Stance.SUPPORTER, TODAY.minusDays(3), TODAY.minusDays(4), null, null, null);
        var facts = deciding(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), changed),
                List.of(new DecisionFact(40, "Budget", List.of(2L))));
        assertEquals(1, decisionFindings(rules.assess(facts, TODAY)).size());
    }

    @Test
    void should_name_how_many_of_a_decisions_deciders_are_unverified_and_leave_a_verified_decision_alone() {
        var facts = deciding(
                List.of(
                        stakeholder(1, 5, Stance.SUPPORTER, 1),
                        stakeholder(2, 2, Stance.SUPPORTER, null),
                        stakeholder(3, 2, Stance.NEUTRAL, 90),
                        stakeholder(4, 2, Stance.CHAMPION, 5)),
                List.of(
                        new DecisionFact(41, "Pilot", List.of(4L, 1L)),
                        new DecisionFact(40, "Budget", List.of(2L, 3L, 4L))));
        HealthAssessment health = rules.assess(facts, TODAY);
        var findings = decisionFindings(health);
        assertEquals(1, findings.size(), "the pilot's deciders are both verified");
        assertEquals(List.of("Budget", 2), findings.get(0).problem().arguments());
        // one key stakeholder verified, two decisions of which one assumes alignment: a third of 30 lost
        assertEquals(20, health.area(Pitfall.ASSUMED_ALIGNMENT));
    }

    @Test
    void should_weigh_decisions_like_key_stakeholders_in_the_alignment_score() {
        var none = deciding(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 1, Stance.SUPPORTER, null)), List.of());
        assertEquals(
                30,
                rules.assess(none, TODAY).area(Pitfall.ASSUMED_ALIGNMENT),
                "no decision awaited: a low influence alone costs nothing");
        var onlyDecision = deciding(
                List.of(stakeholder(2, 1, Stance.SUPPORTER, null)),
                List.of(new DecisionFact(40, "Budget", List.of(2L))));
        assertEquals(
                0,
                rules.assess(onlyDecision, TODAY).area(Pitfall.ASSUMED_ALIGNMENT),
                "the only thing weighed assumes alignment");
        var keyAndDecision = deciding(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, null)),
                List.of(new DecisionFact(40, "Budget", List.of(1L))));
        var health = rules.assess(keyAndDecision, TODAY);
        assertEquals(0, health.area(Pitfall.ASSUMED_ALIGNMENT));
        assertEquals(
                2,
                health.findingsFor(Pitfall.ASSUMED_ALIGNMENT).size(),
                "the key stakeholder, and the decision counting on them");
    }

    @Test
    void should_show_the_first_ten_decisions_assuming_alignment_and_weigh_them_all() {
        List<DecisionFact> decisions = new java.util.ArrayList<>();
        for (long m = 112; m >= 100; m--) {
            decisions.add(new DecisionFact(m, "Decision " + m, List.of(2L)));
        }
        var facts = deciding(
                List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 1, Stance.SUPPORTER, null)), decisions);
        HealthFacts counted = HealthFacts.of(facts, HealthThresholds.DEFAULTS, TODAY);
        assertEquals(13, counted.pendingDecisions());
        assertEquals(13, counted.assumingDecisions().count());
        HealthAssessment health = rules.assess(facts, TODAY);
        var findings = decisionFindings(health);
        assertEquals(HealthFacts.SAMPLE, findings.size());
        assertEquals(100L, findings.get(0).evidence().get(0).id(), "by milestone");
        assertEquals(2, health.area(Pitfall.ASSUMED_ALIGNMENT), "13 of 14 lost: 30 / 14");
    }

    private static StakeholderFact assessed(
            long id,
            int influence,
            org.coalition.stakeholder.Engagement current,
            org.coalition.stakeholder.Engagement desired) {
        return new StakeholderFact(
                id,
                "S" + id,
                influence,
                Stance.SUPPORTER,
                TODAY.minusDays(200),
                TODAY.minusDays(1),
                null,
                null,
                null,
                current,
                desired);
    }

    @ParameterizedTest(name = "influence {0}, current {1}, desired {2} -> finding {3}")
    @CsvSource({
        "4, , SUPPORTIVE, true",
        "5, , LEADING, true",
        "3, , SUPPORTIVE, false",
        "4, NEUTRAL, SUPPORTIVE, false",
        "4, NEUTRAL, , false",
        "4, , , false"
    })
    void should_flag_a_key_stakeholder_with_a_needed_engagement_but_no_current_one_as_assumed_alignment(
            int influence,
            org.coalition.stakeholder.Engagement current,
            org.coalition.stakeholder.Engagement desired,
            boolean flagged) {
        var facts = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), assessed(2, influence, current, desired)));
        HealthAssessment health = rules.assess(facts, TODAY);
        var findings = health.findingsFor(Pitfall.ASSUMED_ALIGNMENT);
        assertEquals(flagged, !findings.isEmpty());
        if (flagged) {
            assertEquals(
                    "said.health.engagementUnknownProblem",
                    findings.get(0).problem().key());
            assertEquals(List.of(1, 2), findings.get(0).problem().arguments());
            assertEquals(2L, findings.get(0).evidence().get(0).id());
        }
        assertEquals(100, health.score(), "a finding only: the alignment score is the stances'");
    }

    private static CoalitionFacts.RatingFlagFact flag(long stakeholderId, boolean flagged, int closedDaysAgo) {
        return new CoalitionFacts.RatingFlagFact(stakeholderId, flagged, TODAY.minusDays(closedDaysAgo));
    }

    @ParameterizedTest(
            name =
                    "influence {0}, one-on-one {1} days ago, round closed {2} days ago, flagged {3} -> finding {4}, alignment {5}")
    @CsvSource({
        "5, 10, 5,  true,  true,  15", // flagged after the last one-on-one: assumed, half of 30
        "5, 10, 10, true,  false, 30", // a one-on-one the day it closed clears it
        "5, 10, 11, true,  false, 30", // a one-on-one after the close clears it
        "5, 10, 5,  false, false, 30", // not flagged
        "3, 10, 5,  true,  false, 30", // not a key stakeholder
        "4, 10, 5,  true,  true,  15", // influence at the cut-off is key
        "5, 61, 5,  true,  false, 15", // assumed already (no recent one-on-one): counted once, as assumed
    })
    void should_count_a_key_stakeholder_flagged_by_their_latest_rating_round_as_assumed_until_a_one_on_one(
            int influence,
            int conversationDaysAgo,
            int closedDaysAgo,
            boolean flagged,
            boolean finding,
            int alignment) {
        var facts = healthy(List.of(
                        stakeholder(1, 5, Stance.SUPPORTER, 1),
                        stakeholder(2, influence, Stance.SUPPORTER, conversationDaysAgo)))
                .withRatingFlags(List.of(flag(2, flagged, closedDaysAgo)));
        HealthAssessment health = rules.assess(facts, TODAY);
        var rated = health.findingsFor(Pitfall.ASSUMED_ALIGNMENT).stream()
                .filter(f -> f.problem().key().equals("said.health.ratedAssumedProblem"))
                .toList();
        assertEquals(finding, !rated.isEmpty(), health.findings().toString());
        assertEquals(alignment, health.area(Pitfall.ASSUMED_ALIGNMENT));
        if (finding) {
            assertEquals(
                    List.of(2L),
                    rated.get(0).evidence().stream().map(Evidence::id).toList(),
                    "the stakeholder flagged");
            assertEquals(
                    "said.health.ratedAssumedCorrection",
                    rated.get(0).correction().key());
        }
    }

    @Test
    void should_let_only_the_latest_closed_round_decide() {
        var people = List.of(stakeholder(1, 5, Stance.SUPPORTER, 1), stakeholder(2, 5, Stance.SUPPORTER, 20));
        var clearedLater = healthy(people).withRatingFlags(List.of(flag(2, true, 10), flag(2, false, 5)));
        assertEquals(List.of(), rules.assess(clearedLater, TODAY).findings(), "the latest round agreed");
        var flaggedLater = healthy(people).withRatingFlags(List.of(flag(2, false, 10), flag(2, true, 5)));
        var findings = rules.assess(flaggedLater, TODAY).findings();
        assertEquals(
                List.of("said.health.ratedAssumedProblem"),
                findings.stream().map(f -> f.problem().key()).toList());
        assertEquals(List.of(1), findings.get(0).problem().arguments());
        assertEquals(15, rules.assess(flaggedLater, TODAY).area(Pitfall.ASSUMED_ALIGNMENT));
    }

    @ParameterizedTest(name = "{0} tags, qualities carried {1} -> finding {2}, alignment {3}")
    @CsvSource({
        "0, '',                                                   false, 30", // coverage check not in use: nothing
        // missing
        "4, 'POSITION_POWER EXPERTISE CREDIBILITY LEADERSHIP',   false, 30", // all four brought
        "3, 'POSITION_POWER EXPERTISE CREDIBILITY',              true,  24", // one missing: 1 of 5 weighed lost
        "2, '',                                                   true,  6", // tags only on people not yet supportive
    })
    void should_count_a_quality_no_supporter_brings_as_assumed_alignment_once_anyone_was_tagged(
            int tags, String carried, boolean flagged, int alignment) {
        java.util.Set<org.coalition.coverage.Quality> qualities = carried.isBlank()
                ? java.util.Set.of()
                : java.util.Arrays.stream(carried.split(" "))
                        .map(org.coalition.coverage.Quality::valueOf)
                        .collect(java.util.stream.Collectors.toSet());
        var facts = healthy(List.of(stakeholder(1, 5, Stance.SUPPORTER, 1)))
                .withCoverage(new CoalitionFacts.CoverageFact(tags, qualities));
        HealthAssessment health = rules.assess(facts, TODAY);
        var findings = health.findingsFor(Pitfall.ASSUMED_ALIGNMENT).stream()
                .filter(f -> f.problem().key().equals("said.health.coverageProblem"))
                .toList();
        assertEquals(flagged, !findings.isEmpty(), findings.toString());
        assertEquals(alignment, health.area(Pitfall.ASSUMED_ALIGNMENT));
        if (flagged) {
            assertEquals(
                    List.of(4 - qualities.size()),
                    findings.get(0).problem().arguments(),
                    "how many qualities are missing");
            assertEquals(
                    "said.health.coverageCorrection",
                    findings.get(0).correction().key());
        }
    }
}
