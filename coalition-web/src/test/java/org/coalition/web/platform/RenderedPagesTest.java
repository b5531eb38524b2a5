package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    private static final String DASHBOARD = "/coalitions/dashboard.xhtml?id=7\nen";
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final RenderedPages pages = new RenderedPages(10_000, 1_000_000, clock::get);

    /** A page as the filter keeps it: rendered at the stamp, with the rights, after the session's latest rendering. */
    private RenderedPages.Copy rendered(String session, String page, long stamp, Object access, int size) {
        long renders = pages.rendered(session);
        var copy = new RenderedPages.Copy(stamp, access, renders, clock.get(), "text/html;charset=UTF-8", List.of(), new byte[size]);
        pages.keep(session, page, copy);
        return copy;
    }

    @Test
    void the_same_page_is_served_again_while_nothing_changed() {
        var copy = rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        clock.addAndGet(9_999);
        var found = pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).orElseThrow();
        assertArrayEquals(copy.body(), found.body());
        assertEquals(100, pages.bytes());
    }

    @Test
    void a_write_anywhere_on_this_server_ends_the_copy() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        assertTrue(pages.find("s1", DASHBOARD, 6, Set.of("VIEW")).isEmpty());
    }

    @Test
    void other_rights_render_again() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW", "POST_UPDATE"), 100);
        assertTrue(pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).isEmpty());
    }

    @Test
    void a_copy_gets_too_old_for_other_servers_writes() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        clock.addAndGet(10_000);
        assertTrue(pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).isEmpty());
    }

    @Test
    void any_other_rendering_in_the_session_ends_its_copies() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        pages.rendered("s1"); // a form post, an Ajax update, another page
        assertTrue(pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).isEmpty());
    }

    @Test
    void sessions_never_see_each_others_copies() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        pages.rendered("s2");
        assertTrue(pages.find("s2", DASHBOARD, 5, Set.of("VIEW")).isEmpty());
        assertTrue(pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).isPresent(), "s2's rendering does not end s1's copy");
    }

    @Test
    void a_rendering_overtaken_by_a_later_one_is_not_kept() {
        long first = pages.rendered("s1");
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100); // the later rendering finished first
        pages.keep("s1", DASHBOARD, new RenderedPages.Copy(5, Set.of("VIEW"), first, clock.get(), "text/html", List.of(), new byte[7]));
        assertEquals(100, pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).orElseThrow().body().length);
    }

    @Test
    void another_address_or_language_is_another_page() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        assertTrue(pages.find("s1", "/coalitions/dashboard.xhtml?id=7&taskPage=1\nen", 5, Set.of("VIEW")).isEmpty());
        assertTrue(pages.find("s1", "/coalitions/dashboard.xhtml?id=7\nde", 5, Set.of("VIEW")).isEmpty());
    }

    @Test
    void an_ended_session_frees_its_copies() {
        rendered("s1", DASHBOARD, 5, Set.of("VIEW"), 100);
        pages.forget("s1");
        assertEquals(0, pages.bytes());
        assertTrue(pages.find("s1", DASHBOARD, 5, Set.of("VIEW")).isEmpty());
    }

    @Test
    void a_session_keeps_its_latest_pages_only_and_the_memory_is_bounded() {
        for (int i = 0; i < RenderedPages.PER_SESSION + 2; i++) {
            rendered("s1", "/page" + i, 5, Set.of(), 1_000);
        }
        assertEquals(RenderedPages.PER_SESSION * 1_000L, pages.bytes(), "the oldest copies were dropped and uncounted");
        rendered("s2", DASHBOARD, 5, Set.of(), 999_000); // over the limit: everything goes
        assertEquals(0, pages.bytes());
        assertTrue(pages.find("s2", DASHBOARD, 5, Set.of()).isEmpty());
        var again = rendered("s2", DASHBOARD, 5, Set.of(), 500);
        assertEquals(again.body().length, pages.find("s2", DASHBOARD, 5, Set.of()).orElseThrow().body().length);
    }

    @Test
    void no_seconds_means_no_copies() {
        var off = new RenderedPages(0, 1_000_000, clock::get);
        assertFalse(off.enabled());
        long renders = off.rendered("s1");
        off.keep("s1", DASHBOARD, new RenderedPages.Copy(5, Set.of(), renders, clock.get(), "text/html", List.of(), new byte[10]));
        assertTrue(off.find("s1", DASHBOARD, 5, Set.of()).isEmpty());
    }
}
