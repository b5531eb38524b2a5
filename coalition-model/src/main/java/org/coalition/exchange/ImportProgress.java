package org.coalition.exchange;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a running import is, shared between the service doing it and the page polling it
 * (thread-safe; the count only ever grows).
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    public void start(int rows) {
        total.set(rows);
        done.set(0);
    }

    public void advance(int rows) {
        done.addAndGet(rows);
    }

    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }

    /** 0–100. */
    public int percent() {
        int all = total.get();
        return all == 0 ? 0 : Math.min(100, (int) (100L * done.get() / all));
    }
}
