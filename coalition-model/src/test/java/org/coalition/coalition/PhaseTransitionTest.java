package org.coalition.coalition;

import static org.coalition.coalition.Phase.CLOSED;
import static org.coalition.coalition.Phase.DISCOVERY;
import static org.coalition.coalition.Phase.MAIN_INITIATIVE;
import static org.coalition.coalition.Phase.SUSTAINING;
import static org.coalition.coalition.Phase.TRUST_BUILDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PhaseTransitionTest {

    enum Outcome {
        ALLOWED,
        CONFIRM,
        REFUSED
    }

    private static Outcome outcome(PhaseDecision decision) {
        if (decision instanceof PhaseDecision.Allowed) {
            return Outcome.ALLOWED;
        }
        return decision instanceof PhaseDecision.NeedsConfirmation ? Outcome.CONFIRM : Outcome.REFUSED;
    }

    @ParameterizedTest(name = "{0} -> {1} with {2} quick wins: {3}")
    @CsvSource({
        // one step forward
        "DISCOVERY,       TRUST_BUILDING,  0, ALLOWED",
        "TRUST_BUILDING,  MAIN_INITIATIVE, 0, CONFIRM",
        "TRUST_BUILDING,  MAIN_INITIATIVE, 1, ALLOWED",
        "TRUST_BUILDING,  MAIN_INITIATIVE, 7, ALLOWED",
        "MAIN_INITIATIVE, SUSTAINING,      0, ALLOWED",
        "SUSTAINING,      CLOSED,          0, ALLOWED",
        // one step back
        "TRUST_BUILDING,  DISCOVERY,       0, ALLOWED",
        "MAIN_INITIATIVE, TRUST_BUILDING,  0, ALLOWED",
        "SUSTAINING,      MAIN_INITIATIVE, 0, ALLOWED",
        // skipping a phase, either way
        "DISCOVERY,       MAIN_INITIATIVE, 3, REFUSED",
        "DISCOVERY,       CLOSED,          3, REFUSED",
        "TRUST_BUILDING,  SUSTAINING,      3, REFUSED",
        "MAIN_INITIATIVE, DISCOVERY,       3, REFUSED",
        "SUSTAINING,      TRUST_BUILDING,  3, REFUSED",
        // standing still
        "DISCOVERY,       DISCOVERY,       0, REFUSED",
        "MAIN_INITIATIVE, MAIN_INITIATIVE, 1, REFUSED",
        // nothing leaves CLOSED, not even one step back
        "CLOSED,          SUSTAINING,      3, REFUSED",
        "CLOSED,          DISCOVERY,       3, REFUSED",
        "CLOSED,          CLOSED,          3, REFUSED",
    })
    void should_allow_one_step_at_a_time_in_either_direction(Phase from, Phase to, int quickWins, Outcome expected) {
        assertEquals(expected, outcome(PhaseTransition.evaluate(from, to, quickWins)));
    }

    @ParameterizedTest(name = "{0} quick wins, confirmed={1}: {2}, warning recorded={3}")
    @CsvSource({
        "0, false, CONFIRM, false",
        "0, true,  ALLOWED, true",
        "1, false, ALLOWED, false",
        "1, true,  ALLOWED, false",
    })
    void should_start_the_main_initiative_without_a_quick_win_only_once_the_lead_confirms(
            int quickWins, boolean confirmed, Outcome expected, boolean warningRecorded) {
        PhaseDecision decision = PhaseTransition.decide(TRUST_BUILDING, MAIN_INITIATIVE, quickWins, confirmed);

        assertEquals(expected, outcome(decision));
        if (decision instanceof PhaseDecision.Allowed allowed) {
            assertEquals(warningRecorded, allowed.warningAcknowledged());
        }
    }

    @Test
    void should_record_the_warning_the_lead_confirmed() {
        var allowed = assertInstanceOf(
                PhaseDecision.Allowed.class, PhaseTransition.decide(TRUST_BUILDING, MAIN_INITIATIVE, 0, true));

        assertEquals(TRUST_BUILDING, allowed.from());
        assertEquals(MAIN_INITIATIVE, allowed.to());
        assertEquals(PhaseTransition.NO_QUICK_WIN_WARNING, allowed.acknowledgedWarning());
    }

    @Test
    void should_show_the_warning_in_plain_words() {
        var needsConfirmation = assertInstanceOf(
                PhaseDecision.NeedsConfirmation.class, PhaseTransition.evaluate(TRUST_BUILDING, MAIN_INITIATIVE, 0));

        assertTrue(needsConfirmation.warning().startsWith("No quick win has been completed yet."));
    }

    @Test
    void should_not_warn_when_stepping_back_into_the_main_initiative() {
        var allowed = assertInstanceOf(
                PhaseDecision.Allowed.class, PhaseTransition.decide(SUSTAINING, MAIN_INITIATIVE, 0, false));

        assertNull(allowed.acknowledgedWarning());
    }

    @Test
    void should_not_let_a_confirmation_override_a_refusal() {
        assertInstanceOf(PhaseDecision.Refused.class, PhaseTransition.decide(DISCOVERY, MAIN_INITIATIVE, 0, true));
        assertInstanceOf(PhaseDecision.Refused.class, PhaseTransition.decide(CLOSED, SUSTAINING, 5, true));
    }

    @Test
    void should_name_the_next_phase_when_refusing_a_skip() {
        var refused = assertInstanceOf(PhaseDecision.Refused.class, PhaseTransition.evaluate(DISCOVERY, SUSTAINING, 2));

        assertEquals(
                "A coalition moves one phase at a time. From Discovery the next phase is Trust building.",
                refused.reason());
    }

    @Test
    void should_name_the_previous_phase_when_refusing_a_jump_back() {
        var refused = assertInstanceOf(PhaseDecision.Refused.class, PhaseTransition.evaluate(SUSTAINING, DISCOVERY, 2));

        assertEquals(
                "A coalition moves back one phase at a time. From Sustaining it can go back to Main initiative.",
                refused.reason());
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void should_explain_that_a_closed_coalition_is_archived(Phase to) {
        var refused = assertInstanceOf(PhaseDecision.Refused.class, PhaseTransition.decide(CLOSED, to, 1, true));

        assertEquals(
                "This coalition is closed. Closed coalitions are archived and can no longer change.", refused.reason());
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource({
        "DISCOVERY,       TRUST_BUILDING",
        "TRUST_BUILDING,  DISCOVERY MAIN_INITIATIVE",
        "MAIN_INITIATIVE, TRUST_BUILDING SUSTAINING",
        "SUSTAINING,      MAIN_INITIATIVE CLOSED",
        "CLOSED,          ''",
    })
    void should_list_the_phases_one_can_move_to(Phase from, String expected) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String name : expected.split(" ")) {
            if (!name.isBlank()) {
                phases.add(Phase.valueOf(name));
            }
        }
        assertEquals(phases, PhaseTransition.reachableFrom(from));
    }

    @Test
    void should_refuse_a_negative_number_of_quick_wins() {
        assertThrows(IllegalArgumentException.class, () -> PhaseTransition.evaluate(DISCOVERY, TRUST_BUILDING, -1));
    }

    @Test
    void should_reach_every_phase_in_order_from_discovery_to_closed() {
        Phase phase = DISCOVERY;
        for (Phase next : new Phase[] {TRUST_BUILDING, MAIN_INITIATIVE, SUSTAINING, CLOSED}) {
            var allowed = assertInstanceOf(PhaseDecision.Allowed.class, PhaseTransition.decide(phase, next, 1, false));
            assertFalse(allowed.warningAcknowledged());
            phase = allowed.to();
        }
        assertEquals(CLOSED, phase);
    }
}
