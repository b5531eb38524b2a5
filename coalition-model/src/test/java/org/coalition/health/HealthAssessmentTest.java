package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.coalition.health.HealthAssessment.PitfallCount;
import org.coalition.shared.Said;
import org.junit.jupiter.api.Test;

class HealthAssessmentTest {

    private static Finding finding(Pitfall pitfall) {
        return new Finding(pitfall, Said.asSaid("problem"), Said.asSaid("correction"), List.of());
    }

    @Test
    void the_pitfalls_found_are_named_once_each_with_their_count_in_the_order_first_found() {
        HealthAssessment health = new HealthAssessment(
                40,
                Map.of(),
                List.of(
                        finding(Pitfall.SPORADIC_COMMUNICATION),
                        finding(Pitfall.ASSUMED_ALIGNMENT),
                        finding(Pitfall.SPORADIC_COMMUNICATION),
                        finding(Pitfall.SPORADIC_COMMUNICATION)));

        assertEquals(
                List.of(
                        new PitfallCount(Pitfall.SPORADIC_COMMUNICATION, 3),
                        new PitfallCount(Pitfall.ASSUMED_ALIGNMENT, 1)),
                health.pitfallsFound());
    }

    @Test
    void no_findings_name_no_pitfall() {
        assertEquals(List.of(), new HealthAssessment(100, Map.of(), List.of()).pitfallsFound());
    }
}
