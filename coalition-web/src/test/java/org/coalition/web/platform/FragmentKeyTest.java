package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.coalition.access.AccessPolicy;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionRole;
import org.junit.jupiter.api.Test;

class FragmentKeyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private static Set<CoalitionAction> allowedFor(CoalitionRole role) {
        var allowed = EnumSet.noneOf(CoalitionAction.class);
        for (CoalitionAction action : CoalitionAction.values()) {
            if (AccessPolicy.permits(AccessPolicy.Caller.of(role, false), action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private static String key(CoalitionRole role, Locale locale, long stamp) {
        return FragmentKey.of("health", 7, allowedFor(role), locale, DAY, stamp);
    }

    @Test
    void should_stay_the_same_while_nothing_changed_so_viewers_share_it() {
        assertEquals(key(CoalitionRole.MEMBER, Locale.ENGLISH, 41), key(CoalitionRole.MEMBER, Locale.ENGLISH, 41));
    }

    @Test
    void should_change_when_the_change_stamp_moves() {
        assertNotEquals(key(CoalitionRole.MEMBER, Locale.ENGLISH, 41), key(CoalitionRole.MEMBER, Locale.ENGLISH, 42));
    }

    @Test
    void should_differ_between_observer_member_and_sponsor() {
        String observer = key(CoalitionRole.OBSERVER, Locale.ENGLISH, 41);
        String member = key(CoalitionRole.MEMBER, Locale.ENGLISH, 41);
        String sponsor = key(CoalitionRole.SPONSOR, Locale.ENGLISH, 41);
        assertNotEquals(observer, member);
        assertNotEquals(member, sponsor);
        assertNotEquals(observer, sponsor);
    }

    @Test
    void should_differ_by_language_day_part_and_coalition() {
        Set<CoalitionAction> member = allowedFor(CoalitionRole.MEMBER);
        String english = FragmentKey.of("health", 7, member, Locale.ENGLISH, DAY, 41);
        assertNotEquals(english, FragmentKey.of("health", 7, member, Locale.GERMAN, DAY, 41));
        assertNotEquals(english, FragmentKey.of("health", 7, member, Locale.ENGLISH, DAY.plusDays(1), 41));
        assertNotEquals(english, FragmentKey.of("feed", 7, member, Locale.ENGLISH, DAY, 41));
        assertNotEquals(english, FragmentKey.of("health", 8, member, Locale.ENGLISH, DAY, 41));
    }

    @Test
    void should_tell_every_set_of_rights_apart() {
        // an archived coalition takes the changing actions away: same role, other view
        Set<CoalitionAction> member = allowedFor(CoalitionRole.MEMBER);
        Set<CoalitionAction> archived = EnumSet.copyOf(member);
        archived.removeIf(CoalitionAction::changes);
        assertNotEquals(FragmentKey.roleClass(member), FragmentKey.roleClass(archived));
        assertEquals(
                FragmentKey.roleClass(EnumSet.of(CoalitionAction.VIEW)),
                FragmentKey.roleClass(Set.of(CoalitionAction.VIEW)));
    }
}
