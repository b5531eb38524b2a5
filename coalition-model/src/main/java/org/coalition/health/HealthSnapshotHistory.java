package org.coalition.health;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds snapshots for demo history: a score only, spread over the four areas by their weights. */
public final class HealthSnapshotHistory {

    private HealthSnapshotHistory() {}

    public static HealthSnapshot demo(long coalitionId, LocalDate day, int score) {
        int clamped = Math.max(0, Math.min(100, score));
        Map<Pitfall, Integer> areas = new EnumMap<>(Pitfall.class);
        for (Pitfall pitfall : Pitfall.values()) {
            areas.put(pitfall, Math.round(pitfall.weight() * clamped / 100f));
        }
        return new HealthSnapshot(coalitionId, day, new HealthAssessment(clamped, areas, List.of()));
    }
}
