package org.coalition.testsupport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/** Counts the SQL statements EclipseLink sends on the current thread while a piece of work runs. */
@Singleton
@Startup
@PermitAll
public class SqlCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @PersistenceUnit
    private EntityManagerFactory emf;

    @PostConstruct
    void listen() {
        emf.createEntityManager().unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                }
            }
        });
    }

    /**
     * Like {@link #statementsOf}, without a transaction of its own: each service call inside runs in its own
     * transaction and persistence context, as the calls of one page request do.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public int statementsOfCalls(Supplier<?> work) {
        return statementsOf(work);
    }

    /** Runs the work and returns how many SQL statements it sent. */
    public int statementsOf(Supplier<?> work) {
        COUNT.set(new int[1]);
        try {
            work.get();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
