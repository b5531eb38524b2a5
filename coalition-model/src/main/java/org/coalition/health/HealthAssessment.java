package org.coalition.health;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The health of a coalition: a score out of 100, its breakdown per pitfall, and the findings. */
public record HealthAssessment(int score, Map<Pitfall, Integer> areaScores, List<Finding> findings)
        implements Serializable {

    public List<Finding> findingsFor(Pitfall pitfall) {
        return findings.stream().filter(f -> f.pitfall() == pitfall).toList();
    }

    /** "good" from 80, "at risk" from 50, else "in trouble". */
    public String verdict() {
        return score >= 80 ? "good" : score >= 50 ? "at risk" : "in trouble";
    }

    public int area(Pitfall pitfall) {
        return areaScores.getOrDefault(pitfall, 0);
    }
}
