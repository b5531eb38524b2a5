package org.coalition.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How pages show moments in time (Faces' own converter cannot apply a pattern to an {@link Instant}). */
@Named
@ApplicationScoped
public class Formats {

    /** The patterns are texts of the bundle ({@code format.moment}, {@code format.zoned}): each language has its own. */
    private static DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(I18n.text(key), I18n.locale());
    }

    public String moment(Instant instant) {
        return instant == null
                ? ""
                : pattern("format.moment").withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A time in its own zone, with the zone named, e.g. "Thu 5 Mar 2026 09:30 (Europe/Berlin)": a sync's start. */
    public String zoned(ZonedDateTime time) {
        return time == null
                ? ""
                : pattern("format.zoned").format(time) + " (" + time.getZone().getId() + ")";
    }

    /**
     * Health scores (0–100, oldest first) as SVG polyline points in a {@code width} × {@code height} box,
     * higher scores higher up; one point in the middle when there is a single score.
     */
    public String trendPoints(List<Integer> scores, int width, int height) {
        if (scores == null || scores.isEmpty()) {
            return "";
        }
        StringBuilder points = new StringBuilder();
        int n = scores.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? width / 2.0 : (double) width * i / (n - 1);
            double y = height - height * scores.get(i) / 100.0;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().trim();
    }
}
