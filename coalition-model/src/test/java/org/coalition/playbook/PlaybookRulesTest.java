package org.coalition.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.health.Finding;
import org.coalition.health.HealthThresholds;
import org.coalition.health.Pitfall;
import org.coalition.shared.Said;
import org.junit.jupiter.api.Test;

class PlaybookRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private final PlaybookRules rules = new PlaybookRules(HealthThresholds.DEFAULTS);

    private static Finding finding(Pitfall pitfall, String correction) {
        return new Finding(pitfall, Said.asSaid("problem"), Said.asSaid(correction), List.of());
    }

    @Test
    void should_give_every_phase_its_checklist_and_mark_the_current_one() {
        Playbook playbook = rules.assess(
                new FactsBuilder().with("phase=TRUST_BUILDING", TODAY).build(), List.of(), TODAY);
        assertEquals(Phase.values().length, playbook.phases().size());
        assertEquals(Phase.TRUST_BUILDING, playbook.current().phase());
        assertEquals(
                List.of("purpose-drafted", "purpose-agreed", "quick-win-with-key", "rhythm-agreed"),
                playbook.current().items().stream().map(ChecklistItem::id).toList());
        for (PhaseChecklist phase : playbook.phases()) {
            assertFalse(phase.items().isEmpty(), phase.phase() + " has a checklist");
        }
    }

    @Test
    void should_send_the_next_step_to_the_coverage_page_when_the_first_finding_is_a_quality_the_coalition_lacks() {
        Finding lacking = new Finding(
                Pitfall.ASSUMED_ALIGNMENT,
                Said.of("said.health.coverageProblem", 2),
                Said.of("said.health.coverageCorrection"),
                List.of());
        NextStep next = rules.assess(new FactsBuilder().build(), List.of(lacking), TODAY)
                .nextStep();
        assertEquals(PlaybookPage.COVERAGE, next.page());
        assertEquals("said.health.coverageCorrection", next.text().key());
        NextStep other = rules.assess(
                        new FactsBuilder().build(), List.of(finding(Pitfall.ASSUMED_ALIGNMENT, "Talk.")), TODAY)
                .nextStep();
        assertEquals(PlaybookPage.STAKEHOLDERS, other.page(), "other alignment findings stay with the stakeholders");
    }

    @Test
    void should_make_the_first_open_item_of_the_current_phase_the_next_step_when_healthy() {
        PlaybookFacts facts = new FactsBuilder()
                .with("stakeholders=3; keyStakeholders=1; keyWithoutRecentOneOnOne=1", TODAY, ";")
                .build();
        NextStep next = rules.assess(facts, List.of(), TODAY).nextStep();
        assertEquals("key-one-on-ones", next.itemId());
        assertEquals(PlaybookPage.STAKEHOLDERS, next.page());
        assertFalse(next.correctsPitfall());
        assertTrue(
                next.text().english().startsWith("One-on-ones held with every high-influence stakeholder"),
                next.text().english());
    }

    @Test
    void should_make_the_first_findings_correction_the_next_step_when_the_advisor_reports_a_pitfall() {
        PlaybookFacts facts = new FactsBuilder().build();
        NextStep next = rules.assess(
                        facts,
                        List.of(
                                finding(Pitfall.SPORADIC_COMMUNICATION, "Hold the next sync."),
                                finding(Pitfall.IGNORED_DIFFERENCES, "Name them.")),
                        TODAY)
                .nextStep();
        assertEquals("Hold the next sync.", next.text().english());
        assertEquals(Pitfall.SPORADIC_COMMUNICATION, next.pitfall());
        assertEquals(PlaybookPage.RHYTHM, next.page());
        assertNull(next.itemId());
    }

    @Test
    void should_link_each_pitfalls_correction_to_the_page_where_it_is_done() {
        assertEquals(PlaybookPage.STAKEHOLDERS, PlaybookRules.pageFor(Pitfall.ASSUMED_ALIGNMENT));
        assertEquals(PlaybookPage.QUICK_WINS, PlaybookRules.pageFor(Pitfall.SKIPPED_TRUST));
        assertEquals(PlaybookPage.RHYTHM, PlaybookRules.pageFor(Pitfall.SPORADIC_COMMUNICATION));
        assertEquals(PlaybookPage.DIFFERENCES, PlaybookRules.pageFor(Pitfall.IGNORED_DIFFERENCES));
    }

    @Test
    void should_suggest_moving_on_when_the_current_phase_is_complete() {
        PlaybookFacts facts = new FactsBuilder()
                .with(
                        "stakeholders=4; keyStakeholders=2; keyWithoutRecentOneOnOne=0; keyWithMotivations=2; sponsors=1",
                        TODAY,
                        ";")
                .build();
        Playbook playbook = rules.assess(facts, List.of(), TODAY);
        assertTrue(playbook.current().complete());
        assertEquals(PlaybookPage.OVERVIEW, playbook.nextStep().page());
        assertTrue(
                playbook.nextStep().text().english().contains("move on to Trust building"),
                playbook.nextStep().text().english());
    }

    @Test
    void should_suggest_closing_with_a_retrospective_once_sustaining_is_complete() {
        PlaybookFacts facts = new FactsBuilder()
                .with("phase=SUSTAINING; approvedMilestones=1; lastRecognitionOn=-2", TODAY, ";")
                .build();
        NextStep next = rules.assess(facts, List.of(), TODAY).nextStep();
        assertTrue(
                next.text().english().startsWith("Close the coalition"),
                next.text().english());
    }

    @Test
    void should_ignore_findings_once_the_coalition_is_closed() {
        PlaybookFacts facts = new FactsBuilder()
                .with("phase=CLOSED; retrospectiveWritten=true; celebrations=1; allies=3", TODAY, ";")
                .build();
        NextStep next = rules.assess(
                        facts, List.of(finding(Pitfall.SPORADIC_COMMUNICATION, "Hold the next sync.")), TODAY)
                .nextStep();
        assertFalse(next.correctsPitfall());
        assertTrue(next.text().english().contains("closed"), next.text().english());
    }

    @Test
    void should_count_done_items_per_phase() {
        PlaybookFacts facts = new FactsBuilder()
                .with("sponsors=1; stakeholders=3; keyStakeholders=1; keyWithoutRecentOneOnOne=1", TODAY, ";")
                .build();
        PhaseChecklist discovery =
                rules.assess(facts, List.of(), TODAY).phases().get(0);
        assertEquals(2, discovery.doneCount());
        assertFalse(discovery.complete());
    }

    @Test
    void should_send_the_next_one_on_one_to_the_widest_engagement_gap_of_a_key_stakeholder_before_the_checklist() {
        FactsBuilder builder =
                new FactsBuilder().with("stakeholders=3; keyStakeholders=1; keyWithoutRecentOneOnOne=1", TODAY, ";");
        builder.widestKeyGap = org.coalition.stakeholder.EngagementGap.of(
                7,
                "Dora Director",
                5,
                org.coalition.stakeholder.Engagement.RESISTANT,
                org.coalition.stakeholder.Engagement.SUPPORTIVE);
        NextStep next = rules.assess(builder.build(), List.of(), TODAY).nextStep();
        assertEquals(
                "Spend your next one-on-one with Dora Director: resistant now, needed supportive.",
                next.text().english());
        assertEquals(PlaybookPage.ENGAGEMENT, next.page());
        assertFalse(next.correctsPitfall());
        assertNull(next.itemId());
    }

    @Test
    void should_keep_a_pitfalls_correction_before_the_engagement_gap_and_no_gap_step_once_closed() {
        FactsBuilder builder = new FactsBuilder();
        builder.widestKeyGap = org.coalition.stakeholder.EngagementGap.of(
                7,
                "Dora Director",
                5,
                org.coalition.stakeholder.Engagement.RESISTANT,
                org.coalition.stakeholder.Engagement.SUPPORTIVE);
        NextStep next = rules.assess(
                        builder.build(), List.of(finding(Pitfall.SPORADIC_COMMUNICATION, "Hold the next sync.")), TODAY)
                .nextStep();
        assertEquals(Pitfall.SPORADIC_COMMUNICATION, next.pitfall());
        builder.phase = Phase.CLOSED;
        assertFalse(rules.assess(builder.build(), List.of(), TODAY).nextStep().page() == PlaybookPage.ENGAGEMENT);
    }

    @Test
    void should_suggest_a_one_on_one_on_the_stakeholders_page_when_a_rating_round_flagged_someone() {
        var facts = new org.coalition.health.CoalitionFacts(
                        Phase.DISCOVERY,
                        List.of(new org.coalition.health.CoalitionFacts.StakeholderFact(
                                7,
                                "Clara",
                                5,
                                org.coalition.stakeholder.Stance.SUPPORTER,
                                TODAY.minusDays(100),
                                TODAY.minusDays(10),
                                null,
                                null,
                                null)),
                        List.of(),
                        org.coalition.rhythm.Cadence.weekly(
                                TODAY.minusMonths(1),
                                java.time.DayOfWeek.TUESDAY,
                                java.time.LocalTime.of(10, 0),
                                java.time.Duration.ofMinutes(30),
                                java.time.ZoneId.of("Europe/Berlin")),
                        List.of(TODAY.minusDays(1)),
                        TODAY.minusDays(1),
                        TODAY.minusDays(1),
                        List.of(),
                        List.of(),
                        0)
                .withRatingFlags(
                        List.of(new org.coalition.health.CoalitionFacts.RatingFlagFact(7, true, TODAY.minusDays(2))));
        var findings = new org.coalition.health.HealthRules(HealthThresholds.DEFAULTS)
                .assess(facts, TODAY)
                .findings();
        NextStep next =
                rules.assess(new FactsBuilder().build(), findings, TODAY).nextStep();
        assertEquals("said.health.ratedAssumedCorrection", next.text().key(), findings.toString());
        assertEquals(PlaybookPage.STAKEHOLDERS, next.page());
        assertEquals(Pitfall.ASSUMED_ALIGNMENT, next.pitfall());
    }
}
