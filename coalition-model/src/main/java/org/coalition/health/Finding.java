package org.coalition.health;

import java.util.List;

/** One pitfall the coalition is falling into: what is wrong, the records behind it, and the correction. */
public record Finding(Pitfall pitfall, org.coalition.shared.Said problem, org.coalition.shared.Said correction,
                      List<Evidence> evidence) implements java.io.Serializable {
}
