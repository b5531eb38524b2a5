package org.coalition.stakeholder;

import static org.coalition.stakeholder.Engagement.LEADING;
import static org.coalition.stakeholder.Engagement.NEUTRAL;
import static org.coalition.stakeholder.Engagement.RESISTANT;
import static org.coalition.stakeholder.Engagement.SUPPORTIVE;
import static org.coalition.stakeholder.Engagement.UNAWARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementGapTest {

    @Test
    void should_count_the_steps_from_current_up_to_desired() {
        assertEquals(4, EngagementGap.steps(UNAWARE, LEADING));
        assertEquals(1, EngagementGap.steps(NEUTRAL, SUPPORTIVE));
        assertEquals(0, EngagementGap.steps(SUPPORTIVE, SUPPORTIVE));
        assertEquals(-4, EngagementGap.steps(LEADING, UNAWARE));
    }

    @Test
    void should_know_no_gap_while_either_level_is_not_assessed() {
        assertNull(EngagementGap.steps(null, SUPPORTIVE));
        assertNull(EngagementGap.steps(RESISTANT, null));
        assertFalse(EngagementGap.ranked(null, LEADING));
        assertFalse(EngagementGap.ranked(UNAWARE, null));
    }

    @Test
    void should_rank_only_a_gap_upwards_of_at_least_one_step() {
        assertTrue(EngagementGap.ranked(NEUTRAL, SUPPORTIVE));
        assertFalse(EngagementGap.ranked(SUPPORTIVE, SUPPORTIVE), "no gap");
        assertFalse(EngagementGap.ranked(LEADING, SUPPORTIVE), "more engaged than needed");
        assertThrows(IllegalArgumentException.class, () -> EngagementGap.of(1, "A", 3, LEADING, SUPPORTIVE));
    }

    @Test
    void should_weigh_the_gap_by_influence_from_1_to_20() {
        assertEquals(1, EngagementGap.of(1, "A", 1, NEUTRAL, SUPPORTIVE).weight());
        assertEquals(20, EngagementGap.of(1, "A", 5, UNAWARE, LEADING).weight());
        assertEquals(6, EngagementGap.of(1, "A", 3, RESISTANT, SUPPORTIVE).weight());
    }

    @Test
    void should_put_the_heaviest_first_then_the_most_influential_then_the_widest_then_by_name_and_id() {
        EngagementGap wide = EngagementGap.of(1, "Wide", 2, UNAWARE, SUPPORTIVE); // 3 × 2 = 6
        EngagementGap director = EngagementGap.of(2, "Director", 3, RESISTANT, SUPPORTIVE); // 2 × 3 = 6
        EngagementGap heavy = EngagementGap.of(3, "Heavy", 5, RESISTANT, SUPPORTIVE); // 2 × 5 = 10
        EngagementGap small = EngagementGap.of(4, "Small", 5, NEUTRAL, SUPPORTIVE); // 1 × 5 = 5
        EngagementGap annaSix = EngagementGap.of(6, "Anna", 3, RESISTANT, SUPPORTIVE); // 6, influence 3, gap 2
        EngagementGap annaFive = EngagementGap.of(5, "Anna", 3, RESISTANT, SUPPORTIVE); // the same but for the id
        List<EngagementGap> expected = List.of(heavy, annaFive, annaSix, director, wide, small);
        for (int seed = 0; seed < 5; seed++) {
            List<EngagementGap> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertEquals(expected, EngagementGap.rank(shuffled));
        }
    }

    @Test
    void should_give_each_level_its_step_in_jpql_as_in_java() {
        String jpql = Engagement.stepJpql("s.engagementCurrent");
        for (Engagement each : Engagement.values()) {
            assertTrue(jpql.contains("Engagement." + each.name() + " THEN " + each.step()), jpql);
        }
        assertEquals(Engagement.values().length, jpql.split("\\bWHEN\\b", -1).length - 1);
        assertEquals(
                jpql.split("\\bCASE\\b", -1).length - 1,
                jpql.split("\\bWHEN\\b", -1).length - 1,
                "one WHEN per CASE (eclipselink issue 2136): " + jpql);
        assertEquals(1, UNAWARE.step());
        assertEquals(5, LEADING.step());
    }

    @Test
    void should_keep_the_history_out_of_an_unchanged_assessment() {
        Stakeholder s = new Stakeholder();
        assertNull(s.engagementGap());
        assertTrue(s.assessEngagement(RESISTANT, SUPPORTIVE));
        assertEquals(2, s.engagementGap());
        assertFalse(s.assessEngagement(RESISTANT, SUPPORTIVE), "the same levels are no change");
        assertTrue(s.assessEngagement(null, SUPPORTIVE), "clearing a level is a change");
        assertNull(s.engagementGap());
    }
}
