package org.coalition.coverage;

import java.io.Serializable;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stance;

/**
 * A stakeholder of the register who could fill a hole ({@link Coverage.Hole#id()}): for a department, someone there at
 * its level or above who is not yet supportive; for a quality, someone not yet tagged with it (supporters first).
 */
public record Suggestion(
        String holeId, long stakeholderId, String name, String department, Level level, Stance stance, int influence)
        implements Serializable {

    /** Whether the stakeholder already supports the coalition (a tag is then all that is missing). */
    public boolean supportive() {
        return Supporters.isSupportive(stance);
    }
}
