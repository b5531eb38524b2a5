package org.coalition.health;

import java.io.Serializable;
import java.util.List;
import org.coalition.shared.Said;

/**
 * One pitfall the coalition is falling into: what is wrong, the records behind it (the first few of them:
 * {@code evidenceCount} says how many there are), and the correction.
 */
public record Finding(Pitfall pitfall, Said problem, Said correction, List<Evidence> evidence, int evidenceCount)
        implements Serializable {

    /** A finding with every record behind it. */
    public Finding(Pitfall pitfall, Said problem, Said correction, List<Evidence> evidence) {
        this(pitfall, problem, correction, evidence, evidence.size());
    }

    /** A finding with the first records behind it of a counted number. */
    Finding(Pitfall pitfall, Said problem, Said correction, HealthFacts.Sample sample) {
        this(pitfall, problem, correction, sample.shown(), sample.count());
    }
}
