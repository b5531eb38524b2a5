package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void should_draw_health_scores_as_points_higher_scores_higher_up() {
        assertEquals("0.0,36.0 80.0,18.0 160.0,0.0", formats.trendPoints(List.of(0, 50, 100), 160, 36));
        assertEquals("80.0,12.2", formats.trendPoints(List.of(66), 160, 36), "one score in the middle");
        assertEquals("", formats.trendPoints(List.of(), 160, 36));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.15, 0.25, 0.35, 1.05, 2.45, 12.25, 79.95, 159.99, 0.0, 36.0})
    void should_round_as_string_format_does(double value) {
        StringBuilder point = new StringBuilder();
        Formats.appendPoint(point, value, value);
        String expected = String.format(Locale.ROOT, "%.1f", value);
        assertEquals(expected + "," + expected, point.toString());
    }

    @Test
    void should_write_what_string_format_writes_for_any_chart_coordinate() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            int width = 1 + random.nextInt(400);
            int n = 2 + random.nextInt(120);
            double x = (double) width * random.nextInt(n) / (n - 1);
            double y = width - width * random.nextInt(101) / 100.0;
            StringBuilder point = new StringBuilder();
            Formats.appendPoint(point, x, y);
            assertEquals(String.format(Locale.ROOT, "%.1f,%.1f", x, y), point.toString());
        }
    }
}
