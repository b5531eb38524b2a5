package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.MemberFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.health.Finding;
import org.coalition.health.HealthRules;
import org.coalition.health.HealthThresholds;
import org.coalition.rhythm.Cadence;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

/** The health advisor writes its findings in English; a German page tells every one of them in German. */
class HealthFindingTranslationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Cadence WEEKLY = Cadence.weekly(TODAY.minusMonths(3), DayOfWeek.TUESDAY, LocalTime.of(10, 0),
            Duration.ofMinutes(45), ZoneId.of("Europe/Berlin"));

    /** Two coalitions in trouble, between them every finding the rules can write. */
    private static List<Finding> everyFinding() {
        HealthRules rules = new HealthRules(HealthThresholds.DEFAULTS);
        List<Finding> findings = new ArrayList<>();
        // never synced, a key skeptic nobody talked to, no quick win, an idle member, nothing ever disagreed
        findings.addAll(rules.assess(new CoalitionFacts(Phase.MAIN_INITIATIVE,
                List.of(new StakeholderFact(1, "Jana", 5, Stance.SKEPTIC, TODAY.minusDays(200), null, null, null, null)),
                List.of(), WEEKLY, List.of(), null, null,
                List.of(new MemberFact(7, "Bob", TODAY.minusDays(90))), List.of(), 0), TODAY).findings());
        // synced long ago and missed since, a stance that fell, a stale disagreement, a win without key people
        List<LocalDate> early = WEEKLY.nextOccurrences(TODAY.minusMonths(3), 3).stream().map(o -> o.start().toLocalDate()).toList();
        findings.addAll(rules.assess(new CoalitionFacts(Phase.MAIN_INITIATIVE,
                List.of(new StakeholderFact(2, "Lena", 5, Stance.NEUTRAL, TODAY.minusDays(20), TODAY.minusDays(40),
                        Stance.SUPPORTER, TODAY.minusDays(20), null), new StakeholderFact(3, "Omar", 2, Stance.SUPPORTER,
                        TODAY.minusDays(100), TODAY.minusDays(5), null, null, null)),
                List.of(new CoalitionFacts.QuickWinFact(9, "Pilot", List.of(3L))), WEEKLY, early, early.get(early.size() - 1),
                early.get(early.size() - 1), List.of(new MemberFact(7, "Bob", TODAY.minusDays(1))),
                List.of(new DifferenceFact(4, "Core hours", TODAY.minusDays(30))), 1), TODAY).findings());
        return findings;
    }

    @Test
    void should_tell_every_finding_and_correction_in_german() {
        List<Finding> findings = everyFinding();
        assertTrue(findings.size() >= 8, "the fixture provokes most findings: " + findings);
        for (Finding finding : findings) {
            for (String english : List.of(finding.problem(), finding.correction())) {
                String german = I18n.said(english, Locale.GERMAN);
                assertNotEquals(english, german, "no German template for: " + english);
                assertFalse(german.contains("{"), german);
            }
        }
    }

    @Test
    void should_keep_the_numbers_of_a_finding() {
        assertEquals("Bei 3 von 6 einflussreichen Stakeholdern hat in den letzten 60 Tagen niemand die Haltung geprüft.",
                I18n.said("3 of 6 high-influence stakeholders have a stance nobody checked in the last 60 days.", Locale.GERMAN));
        assertEquals("Setzen Sie jede auf die Tagesordnung des nächsten Syncs: Positionen und die Interessen dahinter noch "
                + "einmal darlegen, dann entscheiden oder die Optionen festhalten.",
                I18n.said("Put each on the next sync's agenda: restate the positions and the interests beneath them, then "
                        + "decide or record the options.", Locale.GERMAN));
    }

    @Test
    void should_name_a_phase_in_the_page_language_inside_a_playbook_step() {
        assertEquals("Jeder Schritt der Phase Erkundung ist erledigt: Weiter zur Phase Vertrauensaufbau.",
                I18n.said("Every step of Discovery is done: move on to Trust building.", Locale.GERMAN));
    }
}
