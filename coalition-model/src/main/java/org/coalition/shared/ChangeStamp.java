package org.coalition.shared;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A counter of committed changes on this server: every transaction that inserted, changed or removed an
 * entity moves it on once it has completed. Whatever was computed from the database while the stamp
 * stayed the same is still what the database says (on this server; other servers' changes reach it
 * through the caches' time limit), so it can be kept and reused — read the stamp before computing.
 */
public final class ChangeStamp {

    private static final Logger LOG = Logger.getLogger(ChangeStamp.class.getName());
    private static final AtomicLong STAMP = new AtomicLong();
    private static final Object KEY = new Object();
    /** Looked up once: every write passes here. */
    private static volatile TransactionSynchronizationRegistry registry;

    private ChangeStamp() {
    }

    public static long current() {
        return STAMP.get();
    }

    /** Moves the stamp on at once (bulk updates that bypass entity callbacks, tests). */
    public static void changed() {
        STAMP.incrementAndGet();
    }

    /** The JPA callbacks: one move per transaction, after it completed (committed or not, to be safe). */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            try {
                if (registry == null) {
                    registry = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                }
                if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                    changed();
                    return;
                }
                if (registry.getResource(KEY) == null) {
                    registry.putResource(KEY, Boolean.TRUE);
                    registry.registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            // nothing: the change is not visible to others before the commit
                        }

                        @Override
                        public void afterCompletion(int status) {
                            changed();
                        }
                    });
                }
            } catch (NamingException | RuntimeException e) {
                LOG.log(Level.FINE, "No transaction registry; the stamp moves at once", e);
                changed();
            }
        }
    }
}
