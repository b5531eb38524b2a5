package org.coalition.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.shared.ChangeStamp;

/**
 * Makes {@link ChangeStamp} move once per transaction, after it completed (committed or not, to be safe):
 * a change is not visible to other readers before its commit, so a cache filled meanwhile under the old
 * stamp must not be taken for current. The JTA part lives here because the model sees no server API.
 */
@Singleton
@Startup
public class ChangeStampAfterCommit {

    @Resource
    private TransactionSynchronizationRegistry registry;

    @PostConstruct
    void install() {
        ChangeStamp.moveAfterWrites(new AfterCompletion(registry));
    }

    @PreDestroy
    void uninstall() {
        ChangeStamp.moveAfterWrites(null);
    }

    /** Registers one move per transaction; without a transaction the stamp moves at once. */
    static final class AfterCompletion implements Consumer<Runnable> {

        private static final Logger LOG = Logger.getLogger(AfterCompletion.class.getName());
        private static final Object KEY = new Object();

        private final TransactionSynchronizationRegistry registry;

        AfterCompletion(TransactionSynchronizationRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void accept(Runnable move) {
            try {
                if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                    move.run();
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
                            move.run();
                        }
                    });
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No usable transaction; the stamp moves at once", e);
                move.run();
            }
        }
    }
}
