package org.coalition.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A counter of committed changes on this server: every transaction that inserted, changed or removed an
 * entity moves it on once it has completed. Whatever was computed from the database while the stamp
 * stayed the same is still what the database says (on this server; other servers' changes reach it
 * through the caches' time limit), so it can be kept and reused — read the stamp before computing.
 *
 * <p>The model knows no transactions: the services install how a write's move waits for the end of its
 * transaction ({@code org.coalition.platform.ChangeStampAfterCommit}); until then it moves at once.
 */
public final class ChangeStamp {

    private static final AtomicLong STAMP = new AtomicLong();
    private static final Consumer<Runnable> AT_ONCE = Runnable::run;
    /** Every write passes here: set once at start-up. */
    private static volatile Consumer<Runnable> afterWrite = AT_ONCE;

    private ChangeStamp() {}

    public static long current() {
        return STAMP.get();
    }

    /** Moves the stamp on at once (bulk updates that bypass entity callbacks, tests). */
    public static void changed() {
        STAMP.incrementAndGet();
    }

    /**
     * Says how the move after an entity write is scheduled: the scheduler gets the move and runs it once
     * the write's transaction has completed. {@code null} puts back moving at once.
     */
    public static void moveAfterWrites(Consumer<Runnable> scheduler) {
        afterWrite = scheduler == null ? AT_ONCE : scheduler;
    }

    /** The JPA callbacks: each write hands the move to the installed scheduler. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            afterWrite.accept(ChangeStamp::changed);
        }
    }
}
