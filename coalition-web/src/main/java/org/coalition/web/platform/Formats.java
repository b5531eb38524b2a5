package org.coalition.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How pages show moments in time (Faces' own converter cannot apply a pattern to an {@link Instant}). */
@Named
@ApplicationScoped
public class Formats {

    /** The formatters by pattern and language, parsed once (a page formats dozens of moments). */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    /** The patterns are texts of the bundle ({@code format.moment}, {@code format.zoned}): each language has its own. */
    private static DateTimeFormatter pattern(String key) {
        String pattern = I18n.text(key);
        Locale locale = I18n.locale();
        return FORMATTERS.computeIfAbsent(
                locale.toLanguageTag() + '|' + pattern, k -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    public String moment(Instant instant) {
        return instant == null
                ? ""
                : pattern("format.moment").withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A date as the language writes it ({@code format.date}), e.g. "5 Mar 2026"; empty when there is none. */
    public String date(LocalDate date) {
        return date == null ? "" : pattern("format.date").format(date);
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
            appendPoint(points, x, y);
        }
        return points.toString();
    }

    /**
     * Appends an SVG point {@code x,y} with one decimal each, after a space unless it is the first: what
     * {@code String.format(Locale.ROOT, "%.1f,%.1f")} writes (half up from the shortest decimal form of the double),
     * without parsing a format for every point (the sponsor view draws thousands).
     */
    public static void appendPoint(StringBuilder points, double x, double y) {
        if (!points.isEmpty()) {
            points.append(' ');
        }
        appendTenths(points, x);
        points.append(',');
        appendTenths(points, y);
    }

    private static void appendTenths(StringBuilder out, double value) {
        long tenths = BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .unscaledValue()
                .longValueExact();
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10).append('.').append(tenths % 10);
    }
}
