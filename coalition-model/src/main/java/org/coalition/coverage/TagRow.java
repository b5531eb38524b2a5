package org.coalition.coverage;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tag as the coverage page lists it: who (a member or a stakeholder) brings which quality, whether it counts today
 * (a member of the coalition, or a supportive stakeholder), who tagged them and when.
 */
public record TagRow(
        long id,
        long version,
        Long personId,
        Long stakeholderId,
        String name,
        Quality quality,
        boolean counts,
        String taggedBy,
        Instant taggedAt)
        implements Serializable {

    public boolean member() {
        return personId != null;
    }
}
