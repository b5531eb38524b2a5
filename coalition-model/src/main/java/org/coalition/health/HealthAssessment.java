package org.coalition.health;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The health of a coalition: a score out of 100, its breakdown per pitfall, and the findings. */
public record HealthAssessment(int score, Map<Pitfall, Integer> areaScores, List<Finding> findings)
        implements Serializable {

    public List<Finding> findingsFor(Pitfall pitfall) {
        return findings.stream().filter(f -> f.pitfall() == pitfall).toList();
    }

    /**
     * The pitfalls found, each once with how many findings name it, in the order of their first finding: a summary
     * that reads "Sporadic communication × 3" rather than the same name three times.
     */
    public List<PitfallCount> pitfallsFound() {
        Map<Pitfall, Integer> counts = new LinkedHashMap<>();
        findings.forEach(finding -> counts.merge(finding.pitfall(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(count -> new PitfallCount(count.getKey(), count.getValue()))
                .toList();
    }

    /** A pitfall and the number of findings naming it. */
    public record PitfallCount(Pitfall pitfall, int count) implements Serializable {}

    /** "good" from 80, "at risk" from 50, else "in trouble". */
    public String verdict() {
        return score >= 80 ? "good" : score >= 50 ? "at risk" : "in trouble";
    }

    public int area(Pitfall pitfall) {
        return areaScores.getOrDefault(pitfall, 0);
    }
}
