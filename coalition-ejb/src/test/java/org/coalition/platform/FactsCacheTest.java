package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.coalition.shared.ChangeStamp;
import org.junit.jupiter.api.Test;

class FactsCacheTest {

    private static FactsCache cache() {
        FactsCache cache = new FactsCache();
        cache.cacheSeconds = 10;
        return cache;
    }

    @Test
    void should_keep_an_answer_until_the_next_change() {
        FactsCache cache = cache();
        AtomicInteger reads = new AtomicInteger();
        cache.get("network", 1, reads::incrementAndGet);
        cache.get("network", 1, reads::incrementAndGet);
        assertEquals(1, reads.get(), "kept");
        ChangeStamp.changed();
        cache.get("network", 1, reads::incrementAndGet);
        assertEquals(2, reads.get(), "read again after a change");
    }

    @Test
    void should_let_go_of_answers_no_request_may_use_after_a_change() throws InterruptedException {
        FactsCache cache = cache();
        for (long coalition = 1; coalition <= 50; coalition++) {
            cache.get("network", coalition, () -> new byte[1024]);
        }
        assertEquals(50, cache.size());
        ChangeStamp.changed();
        Thread.sleep(1100); // the stale entries are looked for at most once a second
        cache.get("network", 51, () -> new byte[1024]);
        assertEquals(1, cache.size(), "the 50 stale networks are gone, not kept until asked for again");
    }
}
