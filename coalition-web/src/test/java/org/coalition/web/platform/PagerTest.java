package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void oneFullPageHasNoNeighbours() {
        Pager pager = new Pager(10);
        assertEquals(0, pager.settle(10));
        assertFalse(pager.isPrevious());
        assertFalse(pager.isNext());
        assertFalse(pager.isShown());
    }

    @Test
    void oneRowMoreOpensTheNextPage() {
        Pager pager = new Pager(10);
        pager.settle(11);
        assertTrue(pager.isNext());
        pager.next();
        assertEquals(10, pager.settle(11));
        assertTrue(pager.isPrevious());
        assertFalse(pager.isNext());
    }

    @Test
    void anUncountedListOpensTheNextPageWhenItsExtraRowWasThere() {
        Pager pager = new Pager(2);
        assertEquals(java.util.List.of("a", "b"), pager.uncounted(java.util.List.of("a", "b", "c")));
        assertTrue(pager.isNext());
        pager.next();
        assertEquals(java.util.List.of("c"), pager.uncounted(java.util.List.of("c")));
        assertTrue(pager.isPrevious());
        assertFalse(pager.isNext());
    }

    @Test
    void previousStopsAtTheFirstRow() {
        Pager pager = new Pager(10);
        pager.settle(5);
        pager.previous();
        assertEquals(0, pager.getFirst());
    }

    @Test
    void aPageThatEmptiedFallsBackToTheLastOne() {
        Pager pager = new Pager(10);
        pager.settle(25);
        pager.next();
        pager.next();
        assertEquals(20, pager.settle(25));
        assertEquals(10, pager.settle(20), "the third page's rows are gone");
        assertEquals(0, pager.settle(0), "nothing left");
    }
}
