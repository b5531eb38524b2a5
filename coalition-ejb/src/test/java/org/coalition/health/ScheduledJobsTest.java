package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ScheduledJobsTest {

    @Test
    void should_read_hour_and_minute_with_the_second_at_zero() {
        ScheduleExpression daily = ScheduledJobs.schedule("7:15");
        assertEquals("7", daily.getHour());
        assertEquals("15", daily.getMinute());
        assertEquals("0", daily.getSecond());
    }

    @Test
    void should_accept_calendar_expressions_for_a_test_every_ten_seconds() {
        ScheduleExpression often = ScheduledJobs.schedule("*:*:*/10");
        assertEquals("*", often.getHour());
        assertEquals("*", often.getMinute());
        assertEquals("*/10", often.getSecond());
    }

    @Test
    void should_refuse_a_schedule_without_a_minute_with_the_expected_form() {
        var refused = assertThrows(IllegalArgumentException.class, () -> ScheduledJobs.schedule("7"));
        assertEquals("A job schedule is hour:minute[:second], e.g. 7:15 or *:*:*/10, not '7'", refused.getMessage());
    }
}
