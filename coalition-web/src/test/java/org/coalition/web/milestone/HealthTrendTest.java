package org.coalition.web.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coalition.health.HealthAssessment;
import org.coalition.health.HealthSnapshot;
import org.junit.jupiter.api.Test;

class HealthTrendTest {

    private static HealthSnapshot on(LocalDate day, int score) {
        return new HealthSnapshot(1, day, new HealthAssessment(score, Map.of(), List.of()));
    }

    @Test
    void should_place_snapshots_by_date_so_a_gap_of_days_shows() {
        LocalDate first = LocalDate.of(2026, 11, 1);
        HealthTrend trend =
                new HealthTrend(List.of(on(first, 0), on(first.plusDays(1), 50), on(first.plusDays(10), 100)));
        String[] points = trend.getPoints().split(" ");
        assertEquals(3, points.length);
        double left = HealthTrend.LEFT;
        double right = HealthTrend.WIDTH - HealthTrend.RIGHT;
        assertEquals(
                left + (right - left) / 10,
                Double.parseDouble(points[1].split(",")[0]),
                0.1,
                "day 2 of 11 is a tenth along");
        assertEquals(right, Double.parseDouble(points[2].split(",")[0]), 0.1);
        assertEquals(
                HealthTrend.HEIGHT - HealthTrend.BOTTOM,
                Double.parseDouble(points[0].split(",")[1]),
                0.1,
                "score 0 on the x axis");
        assertEquals(HealthTrend.TOP, Double.parseDouble(points[2].split(",")[1]), 0.1, "score 100 at the top");
    }

    @Test
    void should_label_the_axes_with_scores_and_the_first_and_last_day() {
        LocalDate first = LocalDate.of(2026, 9, 6);
        HealthTrend trend = new HealthTrend(List.of(on(first, 40), on(first.plusDays(89), 70)));
        assertEquals(
                List.of("0", "25", "50", "75", "100"),
                trend.getScoreTicks().stream().map(HealthTrend.Tick::label).toList());
        List<String> days =
                trend.getDayTicks().stream().map(HealthTrend.Tick::label).toList();
        assertEquals(5, days.size());
        assertEquals("2026-09-06", days.get(0));
        assertEquals("2026-12-04", days.get(4));
        assertEquals(40, trend.getFirstScore());
        assertEquals(70, trend.getLastScore());
    }

    @Test
    void should_draw_a_single_snapshot_in_the_middle_with_one_date() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        HealthTrend trend = new HealthTrend(List.of(on(day, 80)));
        assertEquals(
                List.of("2026-12-05"),
                trend.getDayTicks().stream().map(HealthTrend.Tick::label).toList());
        double middle = HealthTrend.LEFT + (HealthTrend.WIDTH - HealthTrend.LEFT - HealthTrend.RIGHT) / 2.0;
        assertTrue(
                trend.getPoints().startsWith(String.format(java.util.Locale.ROOT, "%.1f,", middle)), trend.getPoints());
    }
}
