package org.coalition.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements a request sends, for the benchmark and for diagnosis: EclipseLink reports
 * every call it executes; the count goes to the thread that started counting (a web request runs its
 * EJB calls on its own thread), and costs nothing when nobody counts.
 */
@Singleton
@Startup
@PermitAll
public class SqlStatements {

    private static final Logger LOG = Logger.getLogger(SqlStatements.class.getName());
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @PersistenceUnit
    private EntityManagerFactory emf;

    @PostConstruct
    void listen() {
        var em = emf.createEntityManager();
        try {
            em.unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    int[] count = COUNT.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warning("SQL statements cannot be counted: " + e);
        } finally {
            em.close();
        }
    }

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and returns the count since {@link #start()}. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
