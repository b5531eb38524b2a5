package org.coalition.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Verification sixtyDays = new Verification(60);

    @ParameterizedTest(name = "conversation {0} days ago, stance set {1} days ago -> verified {2}")
    @CsvSource({
        "0,   0,  true",
        "59,  90, true",
        "60,  90, true", // exactly at the window's edge still counts
        "61,  90, false", // one day older: assumed
        "10,  5,  false", // the stance changed after the last conversation: not backed by it
        "5,   5,  true", // set on the day of the conversation
        "5,   10, true",
    })
    void should_verify_a_stance_only_when_a_recent_conversation_backs_it(
            int conversationDaysAgo, int stanceDaysAgo, boolean expected) {
        assertEquals(
                expected,
                sixtyDays.isVerified(TODAY.minusDays(conversationDaysAgo), TODAY.minusDays(stanceDaysAgo), TODAY));
    }

    @Test
    void should_call_a_stance_assumed_when_nobody_ever_talked_to_the_stakeholder() {
        assertFalse(sixtyDays.isVerified(null, TODAY.minusDays(1), TODAY));
    }

    @Test
    void should_honour_a_configured_window() {
        Verification week = new Verification(7);
        assertEquals(true, week.isVerified(TODAY.minusDays(7), TODAY.minusDays(30), TODAY));
        assertEquals(false, week.isVerified(TODAY.minusDays(8), TODAY.minusDays(30), TODAY));
    }

    @Test
    void should_refuse_a_window_shorter_than_a_day() {
        assertThrows(IllegalArgumentException.class, () -> new Verification(0));
    }
}
