package org.coalition.web.platform;

import java.sql.SQLException;

/**
 * Recognises failures that mean a service the application depends on is down — the database, the
 * identity provider — so that people get a clear "try again in a minute" page with status 503 instead of
 * a generic error.
 */
public final class Unavailable {

    public static final String DATABASE =
            "The database cannot be reached right now, so nothing was saved. " + "Please try again in a minute.";
    public static final String SIGN_IN = "The sign-in service is unavailable right now. Please try again in a minute; "
            + "nothing you entered before was lost.";

    private Unavailable() {}

    /** Whether the failure comes from the database connection (a JDBC error anywhere in its causes). */
    public static boolean isDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException
                    || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.DatabaseException")
                    || cause.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
