package org.coalition.coverage;

import java.util.Set;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stance;

/** Who counts as a supporter for the coverage, and at which level a member counts. */
public final class Supporters {

    /** The stances that count: supporters and champions. */
    public static final Set<Stance> SUPPORTIVE = Set.of(Stance.CHAMPION, Stance.SUPPORTER);

    private Supporters() {}

    public static boolean isSupportive(Stance stance) {
        return SUPPORTIVE.contains(stance);
    }

    /**
     * A member's level for the grid: the level the coalition recorded for them; else an executive counts as
     * {@link Level#EXECUTIVE} and anyone else as {@link Level#INDIVIDUAL_CONTRIBUTOR} — never more than is known.
     */
    public static Level memberLevel(Level recorded, boolean executive) {
        if (recorded != null) {
            return recorded;
        }
        return executive ? Level.EXECUTIVE : Level.INDIVIDUAL_CONTRIBUTOR;
    }
}
