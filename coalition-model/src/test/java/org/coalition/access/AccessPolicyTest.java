package org.coalition.access;

import static org.coalition.access.CoalitionAction.DECIDE_MILESTONE;
import static org.coalition.access.CoalitionAction.EDIT_COALITION;
import static org.coalition.access.CoalitionAction.MANAGE_ACCESS;
import static org.coalition.access.CoalitionAction.VIEW;
import static org.coalition.access.CoalitionAction.VIEW_NOTES;
import static org.coalition.coalition.CoalitionRole.MEMBER;
import static org.coalition.coalition.CoalitionRole.OBSERVER;
import static org.coalition.coalition.CoalitionRole.SPONSOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.coalition.coalition.CoalitionRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {

    @ParameterizedTest(name = "{0} in role {1} (admin={2}) -> {3}")
    @CsvSource({
            "VIEW,             SPONSOR,  false, true",
            "VIEW,             MEMBER,   false, true",
            "VIEW,             OBSERVER, false, true",
            "VIEW,             ,         false, false",
            "VIEW,             ,         true,  true",
            "VIEW_NOTES,       OBSERVER, false, false",
            "VIEW_NOTES,       MEMBER,   false, true",
            "EDIT_COALITION,   OBSERVER, false, false",
            "EDIT_COALITION,   MEMBER,   false, true",
            "DECIDE_MILESTONE, MEMBER,   false, false",
            "DECIDE_MILESTONE, SPONSOR,  false, true",
            "DECIDE_MILESTONE, ,         true,  false",
            "MANAGE_DIFFERENCES, SPONSOR,  false, true",
            "MANAGE_DIFFERENCES, MEMBER,   false, true",
            "MANAGE_DIFFERENCES, OBSERVER, false, false",
            "MANAGE_DIFFERENCES, ,         true,  false",
            "MANAGE_RHYTHM,    SPONSOR,  false, true",
            "MANAGE_RHYTHM,    MEMBER,   false, true",
            "MANAGE_RHYTHM,    OBSERVER, false, false",
            "MANAGE_RHYTHM,    ,         true,  false",
            "MANAGE_ACCESS,    SPONSOR,  false, false",
            "MANAGE_ACCESS,    ,         true,  true",
    })
    void should_follow_the_action_table(CoalitionAction action, CoalitionRole role, boolean admin, boolean expected) {
        assertEquals(expected, AccessPolicy.permits(role, admin, action));
    }

    @ParameterizedTest
    @EnumSource(CoalitionAction.class)
    void should_refuse_everything_to_someone_without_a_role_who_is_not_admin(CoalitionAction action) {
        assertFalse(AccessPolicy.permits(null, false, action));
    }

    @Test
    void should_let_observers_only_view() {
        var observerMay = Arrays.stream(CoalitionAction.values())
                .filter(action -> AccessPolicy.permits(OBSERVER, false, action))
                .toList();
        assertEquals(java.util.List.of(VIEW), observerMay);
    }

    @Test
    void should_keep_notes_and_editing_to_sponsors_and_members() {
        for (CoalitionAction action : new CoalitionAction[] {VIEW_NOTES, EDIT_COALITION}) {
            assertEquals(true, AccessPolicy.permits(SPONSOR, false, action));
            assertEquals(true, AccessPolicy.permits(MEMBER, false, action));
        }
        assertFalse(AccessPolicy.permits(MEMBER, false, DECIDE_MILESTONE));
        assertFalse(AccessPolicy.permits(SPONSOR, false, MANAGE_ACCESS));
    }
}
