package org.coalition.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuadrantTest {

    @ParameterizedTest(name = "influence {0}, interest {1} -> {2}")
    @CsvSource({
        "5, 5, MANAGE_CLOSELY",
        "3, 3, MANAGE_CLOSELY",
        "3, 2, KEEP_SATISFIED",
        "5, 1, KEEP_SATISFIED",
        "2, 3, KEEP_INFORMED",
        "1, 5, KEEP_INFORMED",
        "2, 2, MONITOR",
        "1, 1, MONITOR",
    })
    void should_place_a_stakeholder_by_influence_and_interest_with_three_counting_as_high(
            int influence, int interest, Quadrant expected) {
        assertEquals(expected, Quadrant.of(influence, interest));
    }
}
