package org.coalition.commonground;

import static org.coalition.engagement.MotivationCategory.BUDGET_AND_COST;
import static org.coalition.engagement.MotivationCategory.DATA_AND_EFFICIENCY;
import static org.coalition.engagement.MotivationCategory.TEAM_MORALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coalition.commonground.CommonGround.CategoryOverlap;
import org.coalition.commonground.CommonGround.Heard;
import org.junit.jupiter.api.Test;

class CommonGroundTest {

    @Test
    void should_weigh_each_category_by_the_influence_of_the_stakeholders_who_share_it() {
        List<CategoryOverlap> overlap = CommonGround.overlap(List.of(
                new Heard(1, TEAM_MORALE, 1),
                new Heard(2, TEAM_MORALE, 1),
                new Heard(3, TEAM_MORALE, 2),
                new Heard(4, BUDGET_AND_COST, 5)));

        assertEquals(BUDGET_AND_COST, overlap.get(0).category(), "one executive outweighs three ICs");
        assertEquals(5, overlap.get(0).weight());
        assertEquals(1, overlap.get(0).stakeholders());
        assertEquals(TEAM_MORALE, overlap.get(1).category());
        assertEquals(4, overlap.get(1).weight());
        assertEquals(3, overlap.get(1).stakeholders());
        assertEquals(44, overlap.get(1).percent(), "4 of the 9 points of influence in play");
    }

    @Test
    void should_count_a_stakeholder_once_per_category_however_often_it_was_heard() {
        List<CategoryOverlap> overlap = CommonGround.overlap(List.of(
                new Heard(1, DATA_AND_EFFICIENCY, 4),
                new Heard(1, DATA_AND_EFFICIENCY, 4),
                new Heard(2, DATA_AND_EFFICIENCY, 3)));

        assertEquals(1, overlap.size());
        assertEquals(2, overlap.get(0).stakeholders());
        assertEquals(7, overlap.get(0).weight());
        assertEquals(100, overlap.get(0).percent());
    }

    @Test
    void should_break_weight_ties_by_number_of_stakeholders() {
        List<CategoryOverlap> overlap = CommonGround.overlap(
                List.of(new Heard(1, BUDGET_AND_COST, 4), new Heard(2, TEAM_MORALE, 2), new Heard(3, TEAM_MORALE, 2)));
        assertEquals(TEAM_MORALE, overlap.get(0).category());
    }

    @Test
    void should_show_no_common_ground_before_any_motivation_is_heard() {
        assertTrue(CommonGround.overlap(List.of()).isEmpty());
    }
}
