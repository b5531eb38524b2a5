package org.coalition.milestone;

import static org.coalition.milestone.MilestoneStatus.APPROVED;
import static org.coalition.milestone.MilestoneStatus.PROPOSED;
import static org.coalition.milestone.MilestoneStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneStatusTest {

    @ParameterizedTest(name = "{0}: may be decided={1}, may be revised={2}")
    @CsvSource({
        "PROPOSED, true,  false",
        "APPROVED, false, false",
        "REJECTED, false, true",
    })
    void should_decide_only_proposed_and_revise_only_rejected(
            MilestoneStatus status, boolean decidable, boolean revisable) {
        assertEquals(decidable, status.mayBeDecided());
        assertEquals(revisable, status.mayBeRevised());
    }

    @Test
    void should_approve_or_reject_a_proposed_milestone() {
        assertEquals(APPROVED, PROPOSED.approve());
        assertEquals(REJECTED, PROPOSED.reject());
    }

    @Test
    void should_bring_a_rejected_milestone_back_to_proposed_when_revised() {
        assertEquals(PROPOSED, REJECTED.revise());
        assertEquals(APPROVED, REJECTED.revise().approve());
    }

    @ParameterizedTest(name = "{0} cannot be decided again")
    @CsvSource({
        "APPROVED, This milestone has already been approved. Only a proposed milestone can be approved or rejected.",
        "REJECTED, This milestone has already been rejected. Only a proposed milestone can be approved or rejected.",
    })
    void should_refuse_to_decide_twice_with_a_plain_message(MilestoneStatus status, String message) {
        assertEquals(
                message,
                assertThrows(IllegalStateException.class, status::approve).getMessage());
        assertEquals(
                message,
                assertThrows(IllegalStateException.class, status::reject).getMessage());
    }

    @ParameterizedTest(name = "{0} cannot be revised")
    @CsvSource(
            delimiter = '|',
            value = {
                "APPROVED | This milestone has been approved; there is nothing to revise.",
                "PROPOSED | This milestone is still waiting for a decision; it can be revised once it has been rejected.",
            })
    void should_refuse_to_revise_a_milestone_that_was_not_rejected(MilestoneStatus status, String message) {
        assertEquals(
                message,
                assertThrows(IllegalStateException.class, status::revise).getMessage());
    }
}
