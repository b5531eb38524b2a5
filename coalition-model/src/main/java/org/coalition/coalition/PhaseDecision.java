package org.coalition.coalition;

import java.util.List;
import org.coalition.shared.Refusal;

/**
 * The answer to "may this coalition move from one phase to another?". An expected outcome, not an
 * exception: the page shows the warning or the reason to the person who asked.
 */
public sealed interface PhaseDecision {

    Phase from();

    Phase to();

    /**
     * The move may be recorded.
     *
     * @param acknowledgedWarning the warning the lead confirmed before moving on, {@code null} when
     *                            there was none; worth keeping in the coalition's history
     */
    record Allowed(Phase from, Phase to, String acknowledgedWarning) implements PhaseDecision {

        public boolean warningAcknowledged() {
            return acknowledgedWarning != null;
        }
    }

    /** The move is possible, but only once the lead has read this warning and confirmed it. */
    record NeedsConfirmation(Phase from, Phase to, String warning) implements PhaseDecision {}

    /** The move is not possible, whatever anyone confirms. */
    record Refused(Phase from, Phase to, Refusal refusal, List<Object> arguments) implements PhaseDecision {

        /** Why, in English. */
        public String reason() {
            return refusal.english(arguments.toArray());
        }
    }
}
