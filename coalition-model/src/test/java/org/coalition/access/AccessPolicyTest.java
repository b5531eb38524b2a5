package org.coalition.access;

import static org.coalition.access.CoalitionAction.DECIDE_MILESTONE;
import static org.coalition.access.CoalitionAction.EDIT_COALITION;
import static org.coalition.access.CoalitionAction.MANAGE_ACCESS;
import static org.coalition.access.CoalitionAction.UPDATE_ANY_TASK;
import static org.coalition.access.CoalitionAction.UPDATE_OWN_TASK;
import static org.coalition.access.CoalitionAction.VIEW;
import static org.coalition.access.CoalitionAction.VIEW_NOTES;
import static org.coalition.coalition.CoalitionRole.MEMBER;
import static org.coalition.coalition.CoalitionRole.OBSERVER;
import static org.coalition.coalition.CoalitionRole.SPONSOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.coalition.coalition.CoalitionRole;
import org.coalition.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {

    @ParameterizedTest(name = "{0} in role {1} (admin={2}, executive={3}) -> {4}")
    @CsvSource({
        "VIEW,             SPONSOR,  false, true, true",
        "VIEW,             MEMBER,   false, true, true",
        "VIEW,             OBSERVER, false, true, true",
        "VIEW,             ,         false, true, false",
        "VIEW,             ,         true, true,  true",
        "VIEW_NOTES,       OBSERVER, false, true, false",
        "VIEW_NOTES,       MEMBER,   false, true, true",
        "EDIT_COALITION,   OBSERVER, false, true, false",
        "EDIT_COALITION,   MEMBER,   false, true, true",
        "DECIDE_MILESTONE, MEMBER,   false, true, false",
        "DECIDE_MILESTONE, SPONSOR,  false, true, true",
        "DECIDE_MILESTONE, SPONSOR,  false, false, false",
        "UPDATE_ANY_TASK,  SPONSOR,  false, false, true",
        "UPDATE_ANY_TASK,  MEMBER,   false, true, false",
        "UPDATE_ANY_TASK,  OBSERVER, false, true, false",
        "UPDATE_ANY_TASK,  ,         true,  true, false",
        "UPDATE_OWN_TASK,  MEMBER,   false, false, true",
        "DECIDE_MILESTONE, ,         true, true,  false",
        "MANAGE_DIFFERENCES, SPONSOR,  false, true, true",
        "MANAGE_DIFFERENCES, MEMBER,   false, true, true",
        "MANAGE_DIFFERENCES, OBSERVER, false, true, false",
        "MANAGE_DIFFERENCES, ,         true, true,  false",
        "MANAGE_RHYTHM,    SPONSOR,  false, true, true",
        "MANAGE_RHYTHM,    MEMBER,   false, true, true",
        "MANAGE_RHYTHM,    OBSERVER, false, true, false",
        "MANAGE_RHYTHM,    ,         true, true,  false",
        "KEEP_OWN_COMMITMENTS, SPONSOR,  false, false, true",
        "KEEP_OWN_COMMITMENTS, MEMBER,   false, false, true",
        "KEEP_OWN_COMMITMENTS, OBSERVER, false, true,  false",
        "KEEP_OWN_COMMITMENTS, ,         true,  true,  false",
        "KEEP_ANY_COMMITMENTS, SPONSOR,  false, false, true",
        "KEEP_ANY_COMMITMENTS, MEMBER,   false, true,  false",
        "KEEP_ANY_COMMITMENTS, OBSERVER, false, true,  false",
        "KEEP_ANY_COMMITMENTS, ,         true,  true,  false",
        "ASSESS_ENGAGEMENT, SPONSOR,  false, false, true",
        "ASSESS_ENGAGEMENT, MEMBER,   false, false, true",
        "ASSESS_ENGAGEMENT, OBSERVER, false, true,  false",
        "ASSESS_ENGAGEMENT, ,         true,  true,  false",
        "OPEN_RATING_ROUND, SPONSOR,  false, false, true",
        "OPEN_RATING_ROUND, MEMBER,   false, false, true",
        "OPEN_RATING_ROUND, OBSERVER, false, true,  false",
        "OPEN_RATING_ROUND, ,         true,  true,  false",
        "RATE_STANCE,       MEMBER,   false, false, true",
        "RATE_STANCE,       OBSERVER, false, true,  false",
        "RATE_STANCE,       ,         true,  true,  false",
        "CLOSE_ANY_RATING_ROUND, SPONSOR,  false, false, true",
        "CLOSE_ANY_RATING_ROUND, MEMBER,   false, true,  false",
        "TAG_COVERAGE,     SPONSOR,  false, false, true",
        "TAG_COVERAGE,     MEMBER,   false, false, true",
        "TAG_COVERAGE,     OBSERVER, false, true,  false",
        "TAG_COVERAGE,     ,         true,  true,  false",
        "MANAGE_ACCESS,    SPONSOR,  false, true, false",
        "MANAGE_ACCESS,    ,         true, true,  true",
    })
    void should_follow_the_action_table(
            CoalitionAction action, CoalitionRole role, boolean admin, boolean executive, boolean expected) {
        assertEquals(expected, AccessPolicy.permits(new AccessPolicy.Caller(role, admin, false, executive), action));
    }

    @ParameterizedTest
    @EnumSource(CoalitionAction.class)
    void should_refuse_everything_to_someone_without_a_role_who_is_not_admin(CoalitionAction action) {
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(null, true), action));
    }

    @Test
    void should_let_observers_only_view() {
        var observerMay = Arrays.stream(CoalitionAction.values())
                .filter(action -> AccessPolicy.permits(AccessPolicy.Caller.of(OBSERVER, true), action))
                .toList();
        assertEquals(java.util.List.of(VIEW), observerMay);
    }

    @Test
    void should_keep_notes_and_editing_to_sponsors_and_members() {
        for (CoalitionAction action : new CoalitionAction[] {VIEW_NOTES, EDIT_COALITION}) {
            assertEquals(true, AccessPolicy.permits(AccessPolicy.Caller.of(SPONSOR, false), action));
            assertEquals(true, AccessPolicy.permits(AccessPolicy.Caller.of(MEMBER, false), action));
        }
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(MEMBER, true), DECIDE_MILESTONE));
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(SPONSOR, true), MANAGE_ACCESS));
    }

    @Test
    void should_let_only_an_executive_sponsor_decide_and_say_why_the_others_may_not() {
        assertTrue(AccessPolicy.permits(AccessPolicy.Caller.of(SPONSOR, true), DECIDE_MILESTONE));
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(SPONSOR, false), DECIDE_MILESTONE));
        assertFalse(
                AccessPolicy.permits(new AccessPolicy.Caller(null, true, true, true), DECIDE_MILESTONE),
                "no administrator decides without being a sponsor");
        assertEquals(
                Refusal.ONLY_SPONSOR_DECIDES,
                AccessPolicy.refusal(AccessPolicy.Caller.of(SPONSOR, false), DECIDE_MILESTONE));
        assertEquals(
                Refusal.ROLE_MAY_NOT, AccessPolicy.refusal(AccessPolicy.Caller.of(MEMBER, true), DECIDE_MILESTONE));
        assertEquals(Refusal.NO_ROLE, AccessPolicy.refusal(AccessPolicy.Caller.of(null, true), DECIDE_MILESTONE));
    }

    @Test
    void should_need_an_executive_for_no_action_but_deciding() {
        for (CoalitionAction action : CoalitionAction.values()) {
            assertEquals(action == DECIDE_MILESTONE, action.needsExecutive(), action.name());
        }
    }

    @Test
    void should_let_sponsors_update_any_task_and_members_only_their_own() {
        assertTrue(AccessPolicy.permits(AccessPolicy.Caller.of(SPONSOR, false), UPDATE_ANY_TASK));
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(MEMBER, true), UPDATE_ANY_TASK));
        assertTrue(AccessPolicy.permits(AccessPolicy.Caller.of(MEMBER, false), UPDATE_OWN_TASK));
        assertFalse(AccessPolicy.permits(AccessPolicy.Caller.of(OBSERVER, true), UPDATE_OWN_TASK));
    }

    @Test
    void should_let_only_executives_be_sponsors() {
        assertTrue(AccessPolicy.maySponsor(true));
        assertFalse(AccessPolicy.maySponsor(false));
        assertFalse(AccessPolicy.mayHold(SPONSOR, false));
        assertTrue(AccessPolicy.mayHold(SPONSOR, true));
        for (CoalitionRole role : new CoalitionRole[] {MEMBER, OBSERVER}) {
            assertTrue(AccessPolicy.mayHold(role, false), role.name());
        }
    }

    @Test
    void should_let_an_administrator_of_the_lead_department_see_and_manage_access_only() {
        var departmentAdmin = new AccessPolicy.Caller(null, false, true, true);
        var may = Arrays.stream(CoalitionAction.values())
                .filter(action -> AccessPolicy.permits(departmentAdmin, action))
                .toList();
        assertEquals(java.util.List.of(VIEW, MANAGE_ACCESS), may);
    }
}
