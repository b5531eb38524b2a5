package org.coalition.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coalition.health.HealthThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every checklist item's rule, done and not done on each side of its boundary. */
class ChecklistRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "{0} with [{1}] -> {2}")
    @CsvSource(delimiter = ',', textBlock = """
            STAKEHOLDERS_MAPPED,      stakeholders=3; keyStakeholders=1,                          true
            STAKEHOLDERS_MAPPED,      stakeholders=2; keyStakeholders=1,                          false
            STAKEHOLDERS_MAPPED,      stakeholders=9; keyStakeholders=0,                          false
            KEY_ONE_ON_ONES,          keyStakeholders=2; keyWithoutRecentOneOnOne=0,              true
            KEY_ONE_ON_ONES,          keyStakeholders=2; keyWithoutRecentOneOnOne=1,              false
            KEY_ONE_ON_ONES,          keyStakeholders=0; keyWithoutRecentOneOnOne=0,              false
            MOTIVATIONS_RECORDED,     keyStakeholders=2; keyWithMotivations=2,                    true
            MOTIVATIONS_RECORDED,     keyStakeholders=2; keyWithMotivations=1,                    false
            MOTIVATIONS_RECORDED,     keyStakeholders=0; keyWithMotivations=0,                    false
            SPONSOR_ON_BOARD,         sponsors=1,                                                 true
            SPONSOR_ON_BOARD,         sponsors=0,                                                 false
            PURPOSE_DRAFTED,          purposeRevisions=1,                                         true
            PURPOSE_DRAFTED,          purposeRevisions=0,                                         false
            PURPOSE_AGREED,           purposeRevisions=1; keyStakeholders=2; keySignedOn=2,       true
            PURPOSE_AGREED,           purposeRevisions=1; keyStakeholders=2; keySignedOn=1,       false
            PURPOSE_AGREED,           purposeRevisions=0; keyStakeholders=2; keySignedOn=2,       false
            PURPOSE_AGREED,           purposeRevisions=1; keyStakeholders=0; keySignedOn=0,       false
            QUICK_WIN_WITH_KEY,       completedQuickWins=1; completedQuickWinsWithKey=1,          true
            QUICK_WIN_WITH_KEY,       completedQuickWins=3; completedQuickWinsWithKey=0,          false
            RHYTHM_AGREED,            cadenceSet=true,                                            true
            RHYTHM_AGREED,            cadenceSet=false,                                           false
            MILESTONE_APPROVED,       approvedMilestones=1,                                       true
            MILESTONE_APPROVED,       approvedMilestones=0,                                       false
            SYNCS_ON_RHYTHM,          syncsHeld=1; lastSyncOn=-9; cadenceIntervalDays=7,          true
            SYNCS_ON_RHYTHM,          syncsHeld=1; lastSyncOn=-10; cadenceIntervalDays=7,         false
            SYNCS_ON_RHYTHM,          syncsHeld=1; lastSyncOn=-16; cadenceIntervalDays=14,        true
            SYNCS_ON_RHYTHM,          syncsHeld=0; lastSyncOn=null,                               false
            DIFFERENCES_IN_THE_OPEN,  ,                                                           true
            DIFFERENCES_IN_THE_OPEN,  differencesEver=1; openDifferences=1; staleDifferences=0,   true
            DIFFERENCES_IN_THE_OPEN,  differencesEver=1; openDifferences=1; staleDifferences=1,   false
            DIFFERENCES_IN_THE_OPEN,  doubters=1; differencesEver=0,                              false
            DIFFERENCES_IN_THE_OPEN,  doubters=1; differencesEver=1,                              true
            MILESTONES_DELIVERED,     approvedMilestones=1; openTasksOnApproved=0,                true
            MILESTONES_DELIVERED,     approvedMilestones=1; openTasksOnApproved=1,                false
            MILESTONES_DELIVERED,     approvedMilestones=0; openTasksOnApproved=0,                false
            CONTRIBUTIONS_RECOGNISED, lastRecognitionOn=-30,                                      true
            CONTRIBUTIONS_RECOGNISED, lastRecognitionOn=-31,                                      false
            CONTRIBUTIONS_RECOGNISED, lastRecognitionOn=null,                                     false
            DIFFERENCES_SETTLED,      differencesEver=2; openDifferences=0,                       true
            DIFFERENCES_SETTLED,      differencesEver=2; openDifferences=1,                       false
            RETROSPECTIVE_WRITTEN,    retrospectiveWritten=true,                                  true
            RETROSPECTIVE_WRITTEN,    retrospectiveWritten=false,                                 false
            WINS_CELEBRATED,          celebrations=1,                                             true
            WINS_CELEBRATED,          celebrations=0,                                             false
            ALLIES_CARRIED_FORWARD,   allies=1,                                                   true
            ALLIES_CARRIED_FORWARD,   allies=0,                                                   false
            """)
    void should_compute_each_item_from_the_coalitions_data(ChecklistRule rule, String facts, boolean done) {
        PlaybookFacts f = new FactsBuilder().with(facts, TODAY, ";").build();
        ChecklistItem item = rule.evaluate(f, TODAY, HealthThresholds.DEFAULTS);
        assertEquals(done, item.done(), rule + " with " + facts);
        assertEquals(rule.id(), item.id());
        assertEquals(rule.page(), item.page());
    }

    /** Guards the table above: a new rule without its boundary cases fails here. */
    @Test
    void should_have_every_rule_covered_by_the_table_and_none_done_for_a_coalition_with_no_data() {
        Set<ChecklistRule> covered = EnumSet.noneOf(ChecklistRule.class);
        try {
            var source = ChecklistRuleTest.class
                    .getDeclaredMethod(
                            "should_compute_each_item_from_the_coalitions_data",
                            ChecklistRule.class,
                            String.class,
                            boolean.class)
                    .getAnnotation(CsvSource.class);
            for (String line :
                    source.textBlock().lines().filter(l -> !l.isBlank()).toList()) {
                covered.add(ChecklistRule.valueOf(line.split(",")[0].strip()));
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        assertEquals(EnumSet.allOf(ChecklistRule.class), covered);
        PlaybookFacts nothing = new FactsBuilder().build();
        for (ChecklistRule rule : ChecklistRule.values()) {
            if (rule != ChecklistRule.DIFFERENCES_IN_THE_OPEN && rule != ChecklistRule.DIFFERENCES_SETTLED) {
                assertFalse(
                        rule.evaluate(nothing, TODAY, HealthThresholds.DEFAULTS).done(),
                        rule + " on a blank coalition");
            }
        }
    }
}
