package org.coalition.web.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.coalition.health.HealthSnapshot;
import org.coalition.web.platform.Formats;

/**
 * The health trend as a chart drawn on the server (an SVG with axes, no script): the score (0–100) up the
 * left, the days of the snapshots along the bottom, placed by date so a gap of days shows as a gap.
 */
public final class HealthTrend {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 180;
    /** Room for the score labels on the left and the dates at the bottom. */
    public static final int LEFT = 36;

    public static final int RIGHT = 40;
    public static final int TOP = 24;
    public static final int BOTTOM = 28;

    /** A labelled mark on an axis, at x (dates) or y (scores) in the chart's coordinates. */
    public record Tick(double at, String label) {}

    private final List<HealthSnapshot> snapshots;

    /** @param snapshots oldest first, one a day at most */
    public HealthTrend(List<HealthSnapshot> snapshots) {
        this.snapshots = List.copyOf(snapshots);
    }

    public int size() {
        return snapshots.size();
    }

    public int getFirstScore() {
        return snapshots.get(0).getScore();
    }

    public int getLastScore() {
        return snapshots.get(snapshots.size() - 1).getScore();
    }

    public LocalDate getFirstDay() {
        return snapshots.get(0).getTakenOn();
    }

    public LocalDate getLastDay() {
        return snapshots.get(snapshots.size() - 1).getTakenOn();
    }

    /** The polyline's points, one per snapshot. */
    public String getPoints() {
        StringBuilder points = new StringBuilder();
        for (HealthSnapshot s : snapshots) {
            Formats.appendPoint(points, x(s.getTakenOn()), y(s.getScore()));
        }
        return points.toString();
    }

    /** Score lines at 0, 25, 50, 75 and 100. */
    public List<Tick> getScoreTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            ticks.add(new Tick(y(score), Integer.toString(score)));
        }
        return ticks;
    }

    /** The first and last day, and up to three days between them, evenly spread (ISO dates, as in every language). */
    public List<Tick> getDayTicks() {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        LocalDate first = getFirstDay();
        long span = ChronoUnit.DAYS.between(first, getLastDay());
        List<Tick> ticks = new ArrayList<>();
        int parts = (int) Math.min(4, span);
        for (int i = 0; i <= parts; i++) {
            LocalDate day = parts == 0 ? first : first.plusDays(Math.round((double) span * i / parts));
            ticks.add(new Tick(x(day), day.toString()));
        }
        return ticks;
    }

    public int getPlotLeft() {
        return LEFT;
    }

    public int getPlotRight() {
        return WIDTH - RIGHT;
    }

    public int getPlotTop() {
        return TOP;
    }

    public int getPlotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    double x(LocalDate day) {
        long span = ChronoUnit.DAYS.between(getFirstDay(), getLastDay());
        double plot = WIDTH - LEFT - RIGHT;
        if (span == 0) {
            return LEFT + plot / 2;
        }
        return LEFT + plot * ChronoUnit.DAYS.between(getFirstDay(), day) / span;
    }

    double y(int score) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot - plot * Math.max(0, Math.min(100, score)) / 100.0;
    }
}
