package org.coalition.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExportSlotsTest {

    @Test
    void should_write_no_more_exports_at_once_than_there_are_slots_and_every_one_in_its_turn() throws Exception {
        ExportSlots.Turns turns = new ExportSlots.Turns(2, 30);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService downloads = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(downloads.submit(() -> {
                    start.await();
                    return turns.inTurn(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        written.incrementAndGet();
                        running.decrementAndGet();
                    });
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get(20, TimeUnit.SECONDS), "every download gets its turn within the wait");
            }
        } finally {
            downloads.shutdownNow();
        }
        assertEquals(12, written.get());
        assertEquals(2, most.get(), "two slots: two exports at once, never more (and the twelve did overlap)");
    }

    @Test
    void should_answer_false_without_writing_when_no_turn_comes_within_the_wait() throws Exception {
        ExportSlots.Turns turns = new ExportSlots.Turns(1, 0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                turns.inTurn(() -> {
                    holding.countDown();
                    release.await();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        AtomicInteger written = new AtomicInteger();
        assertFalse(turns.inTurn(written::incrementAndGet));
        assertEquals(0, written.get());
        release.countDown();
        first.join(10_000);
        assertTrue(turns.inTurn(written::incrementAndGet), "the slot is free again once the first is written");
        assertEquals(1, written.get());
    }

    @Test
    void should_free_the_slot_when_an_export_fails() throws Exception {
        ExportSlots.Turns turns = new ExportSlots.Turns(1, 0);
        assertThrows(
                IOException.class,
                () -> turns.inTurn(() -> {
                    throw new IOException("Broken pipe");
                }));
        assertTrue(turns.inTurn(() -> {}), "a failed download gives its slot back");
    }
}
