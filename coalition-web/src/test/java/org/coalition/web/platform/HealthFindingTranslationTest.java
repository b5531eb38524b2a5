package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts;
import org.coalition.health.CoalitionFacts.DifferenceFact;
import org.coalition.health.CoalitionFacts.MemberFact;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.health.Finding;
import org.coalition.health.HealthRules;
import org.coalition.health.HealthThresholds;
import org.coalition.rhythm.Cadence;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

/** The health advisor says its findings as keys and values; a German page tells every one of them in German. */
class HealthFindingTranslationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Cadence WEEKLY = Cadence.weekly(
            TODAY.minusMonths(3),
            DayOfWeek.TUESDAY,
            LocalTime.of(10, 0),
            Duration.ofMinutes(45),
            ZoneId.of("Europe/Berlin"));

    /** Two coalitions in trouble, between them every finding the rules can write. */
    private static List<Finding> everyFinding() {
        HealthRules rules = new HealthRules(HealthThresholds.DEFAULTS);
        List<Finding> findings = new ArrayList<>();
        // never synced, a key skeptic nobody talked to (and a decision counting on her), no quick win, an idle member,
        // nothing ever disagreed
        findings.addAll(rules.assess(
                        new CoalitionFacts(
                                Phase.MAIN_INITIATIVE,
                                List.of(new StakeholderFact(
                                        1, "Jana", 5, Stance.SKEPTIC, TODAY.minusDays(200), null, null, null, null)),
                                List.of(),
                                WEEKLY,
                                List.of(),
                                null,
                                null,
                                List.of(new MemberFact(7, "Bob", TODAY.minusDays(90))),
                                List.of(),
                                0,
                                List.of(new CoalitionFacts.DecisionFact(40, "Budget", List.of(1L)))),
                        TODAY)
                .findings());
        // synced long ago and missed since, a stance that fell, a stale disagreement, a win without key people
        List<LocalDate> early = WEEKLY.nextOccurrences(TODAY.minusMonths(3), 3).stream()
                .map(o -> o.start().toLocalDate())
                .toList();
        findings.addAll(rules.assess(
                        new CoalitionFacts(
                                Phase.MAIN_INITIATIVE,
                                List.of(
                                        new StakeholderFact(
                                                2,
                                                "Lena",
                                                5,
                                                Stance.NEUTRAL,
                                                TODAY.minusDays(20),
                                                TODAY.minusDays(40),
                                                Stance.SUPPORTER,
                                                TODAY.minusDays(20),
                                                null),
                                        new StakeholderFact(
                                                3,
                                                "Omar",
                                                2,
                                                Stance.SUPPORTER,
                                                TODAY.minusDays(100),
                                                TODAY.minusDays(5),
                                                null,
                                                null,
                                                null)),
                                List.of(new CoalitionFacts.QuickWinFact(9, "Pilot", List.of(3L))),
                                WEEKLY,
                                early,
                                early.get(early.size() - 1),
                                early.get(early.size() - 1),
                                List.of(new MemberFact(7, "Bob", TODAY.minusDays(1))),
                                List.of(new DifferenceFact(4, "Core hours", TODAY.minusDays(30))),
                                1),
                        TODAY)
                .findings());
        return findings;
    }

    @Test
    void should_tell_every_finding_and_correction_in_german_and_in_english_as_the_domain_does() {
        List<Finding> findings = everyFinding();
        assertTrue(findings.size() >= 8, "the fixture provokes most findings: " + findings);
        for (Finding finding : findings) {
            for (Said said : List.of(finding.problem(), finding.correction())) {
                String german = I18n.said(said, Locale.GERMAN);
                assertNotEquals(said.english(), german, "no German text for: " + said);
                assertFalse(german.contains("{"), german);
                assertEquals(said.english(), I18n.said(said, Locale.ENGLISH));
            }
        }
    }

    @Test
    void should_have_every_sentence_in_english_and_german_with_the_same_values() {
        Properties english = load("/org/coalition/web/Pages.properties");
        Properties german = load("/org/coalition/web/Pages_de.properties");
        Properties domain = load("/org/coalition/shared/Said.properties");
        assertTrue(domain.size() > 20, domain.toString());
        for (String key : domain.stringPropertyNames()) {
            int values = new MessageFormat(domain.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(domain.getProperty(key), english.getProperty(key), key);
            assertTrue(german.containsKey(key), key);
            assertEquals(values, new MessageFormat(german.getProperty(key)).getFormatsByArgumentIndex().length, key);
        }
        for (String key : english.stringPropertyNames()) {
            assertTrue(!key.startsWith("said.") || domain.containsKey(key), "not said by the domain: " + key);
        }
    }

    @Test
    void should_keep_the_numbers_of_a_finding() {
        assertEquals(
                "Bei 3 von 6 einflussreichen Stakeholdern hat in den letzten 60 Tagen niemand die Haltung geprüft.",
                I18n.said(Said.of("said.health.assumedProblem", 3, 6, 60), Locale.GERMAN));
        assertEquals(
                "3 of 6 high-influence stakeholders have a stance nobody checked in the last 60 days.",
                Said.of("said.health.assumedProblem", 3, 6, 60).english());
        assertEquals(
                "Setzen Sie jede auf die Tagesordnung des nächsten Syncs: Positionen und die Interessen dahinter noch "
                        + "einmal darlegen, dann entscheiden oder die Optionen festhalten.",
                I18n.said(Said.of("said.health.staleCorrection"), Locale.GERMAN));
    }

    @Test
    void should_name_a_phase_in_the_page_language_inside_a_playbook_step() {
        Said moveOn = Said.of("said.nextStepMoveOn", Phase.DISCOVERY, Phase.TRUST_BUILDING);
        assertEquals(
                "Jeder Schritt der Phase Erkundung ist erledigt: Weiter zur Phase Vertrauensaufbau.",
                I18n.said(moveOn, Locale.GERMAN));
        assertEquals("Every step of Discovery is done: move on to Trust building.", moveOn.english());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = HealthFindingTranslationTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
