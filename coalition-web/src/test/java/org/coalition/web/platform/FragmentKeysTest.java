package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionService;
import org.coalition.shared.ChangeStamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the viewer may do goes into every fragment key: asked once per page, again after a write. */
class FragmentKeysTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final FragmentKeys keys = new FragmentKeys();
    private CoalitionAction granted = CoalitionAction.VIEW;

    @BeforeEach
    void a_service_that_counts_its_calls() {
        keys.coalitions = new CoalitionService() {
            @Override
            public AccessGuard.Grant grant(long coalitionId) {
                asked.incrementAndGet();
                return new AccessGuard.Grant(Optional.empty(), EnumSet.of(granted));
            }
        };
    }

    @Test
    void should_ask_the_service_once_for_all_parts_of_a_page() {
        var health = keys.allowed(7L);
        keys.allowed(7L);
        keys.allowed(7L);

        assertEquals(1, asked.get());
        assertEquals(health, keys.allowed(7L));
    }

    @Test
    void should_ask_again_for_another_coalition_or_after_a_write() {
        keys.allowed(7L);
        keys.allowed(8L);
        assertEquals(2, asked.get());

        var before = keys.allowed(8L);
        granted = CoalitionAction.EDIT_STAKEHOLDERS; // say the write made the viewer a member
        ChangeStamp.changed();
        var after = keys.allowed(8L);

        assertEquals(3, asked.get());
        assertNotEquals(before, after);
    }
}
