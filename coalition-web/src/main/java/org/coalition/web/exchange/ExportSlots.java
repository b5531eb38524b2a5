package org.coalition.web.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many downloads are written at once. An export's cost grows with the coalition (a 20,000-task CSV takes a
 * third of a second of CPU, a 5,000-row PDF more), and twenty of them started together shared the cores so evenly
 * that none finished within ten seconds, while every page waited behind them. Here they take turns, first come
 * first served: as many at once as the server has cores (or {@code coalition.exports.concurrent}), each of the
 * others waits for a turn, and one that waits longer than {@code coalition.exports.wait-seconds} is answered 503
 * ("try again in a minute") rather than being kept waiting. MicroProfile Fault Tolerance's {@code @Bulkhead} would
 * refuse a synchronous call at once when the slots are taken, instead of letting it wait its turn.
 */
@ApplicationScoped
public class ExportSlots {

    @Inject
    @ConfigProperty(name = "coalition.exports.concurrent", defaultValue = "0")
    int concurrent;

    @Inject
    @ConfigProperty(name = "coalition.exports.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private Turns turns;

    @PostConstruct
    void init() {
        turns = new Turns(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), waitSeconds);
    }

    /** Writes the export in its turn; false when no turn came within the wait (nothing was written). */
    public <E extends Exception> boolean inTurn(Export<E> export) throws E, InterruptedException {
        return turns.inTurn(export);
    }

    /** Work that may fail with a checked exception (the download's I/O). */
    @FunctionalInterface
    public interface Export<E extends Exception> {
        void write() throws E;
    }

    /** The turns themselves: a fair semaphore, so that the earliest waiting download goes next. */
    static final class Turns {
        private final Semaphore slots;
        private final long waitNanos;

        Turns(int slots, long waitSeconds) {
            if (slots < 1) {
                throw new IllegalArgumentException("At least one export at a time, not " + slots);
            }
            this.slots = new Semaphore(slots, true);
            this.waitNanos = TimeUnit.SECONDS.toNanos(waitSeconds);
        }

        <E extends Exception> boolean inTurn(Export<E> export) throws E, InterruptedException {
            if (!slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return false;
            }
            try {
                export.write();
                return true;
            } finally {
                slots.release();
            }
        }
    }
}
