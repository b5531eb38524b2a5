package org.coalition.coalition;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coalition.shared.Refusal;

/**
 * The rules for moving a coalition between phases. A coalition moves one step at a time, forward or
 * back, so no phase of the method is skipped silently. Nothing leaves {@link Phase#CLOSED}: a closed
 * coalition is archived and read-only. Pure: no lookups, no side effects.
 */
public final class PhaseTransition {

    /**
     * Shown when a coalition starts its main initiative before any quick win is completed: without an
     * early visible success, stakeholders have no reason yet to trust it with a bigger change.
     */
    public static final String NO_QUICK_WIN_WARNING = "No quick win has been completed yet. Starting the main "
            + "initiative before a first visible success means asking people for a big commitment before they "
            + "have seen the coalition deliver anything. Start it anyway?";

    private PhaseTransition() {}

    /** The phases a coalition in {@code from} may be moved to, before any warning. */
    public static Set<Phase> reachableFrom(Phase from) {
        Set<Phase> reachable = EnumSet.noneOf(Phase.class);
        for (Phase to : Phase.values()) {
            if (refusal(from, to) == null) {
                reachable.add(to);
            }
        }
        return reachable;
    }

    /**
     * What the rules say about a move, before the lead confirmed anything.
     *
     * @param completedQuickWins how many of the coalition's quick wins are completed, zero or more
     */
    public static PhaseDecision evaluate(Phase from, Phase to, int completedQuickWins) {
        return decide(from, to, completedQuickWins, false);
    }

    /**
     * What to record when the lead asks for a move.
     *
     * @param completedQuickWins how many of the coalition's quick wins are completed, zero or more
     * @param confirmed          whether the lead has confirmed the warning shown for this move, if any
     * @return {@link PhaseDecision.Allowed} (carrying the warning that was confirmed, if any),
     *         {@link PhaseDecision.NeedsConfirmation} when a warning still has to be confirmed, or
     *         {@link PhaseDecision.Refused}
     */
    public static PhaseDecision decide(Phase from, Phase to, int completedQuickWins, boolean confirmed) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (completedQuickWins < 0) {
            throw new IllegalArgumentException("completedQuickWins must not be negative: " + completedQuickWins);
        }
        PhaseDecision.Refused refused = refusal(from, to);
        if (refused != null) {
            return refused;
        }
        String warning = warning(from, to, completedQuickWins);
        if (warning == null) {
            return new PhaseDecision.Allowed(from, to, null);
        }
        return confirmed
                ? new PhaseDecision.Allowed(from, to, warning)
                : new PhaseDecision.NeedsConfirmation(from, to, warning);
    }

    private static PhaseDecision.Refused refusal(Phase from, Phase to) {
        if (from == Phase.CLOSED) {
            return new PhaseDecision.Refused(from, to, Refusal.PHASE_CLOSED, List.of());
        }
        if (from == to) {
            return new PhaseDecision.Refused(from, to, Refusal.PHASE_ALREADY, List.of(from));
        }
        int steps = to.ordinal() - from.ordinal();
        if (steps > 1) {
            return new PhaseDecision.Refused(
                    from, to, Refusal.PHASE_ONE_STEP, List.of(from, Phase.values()[from.ordinal() + 1]));
        }
        if (steps < -1) {
            return new PhaseDecision.Refused(
                    from, to, Refusal.PHASE_ONE_STEP_BACK, List.of(from, Phase.values()[from.ordinal() - 1]));
        }
        return null;
    }

    /** Only the step forward into the main initiative can skip trust building; stepping back cannot. */
    private static String warning(Phase from, Phase to, int completedQuickWins) {
        boolean startingMainInitiative = from == Phase.TRUST_BUILDING && to == Phase.MAIN_INITIATIVE;
        return startingMainInitiative && completedQuickWins == 0 ? NO_QUICK_WIN_WARNING : null;
    }
}
