package club.lasertag.crm.telegram.chat;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The update could not be handled because the database cannot be reached now (stopped, restarting, network cut,
 * no connection free within the pool's timeout). Nothing is wrong with the update: it is to be handled again once
 * the database is back, so the {@link Router} lets this through instead of answering "something went wrong".
 *
 * <p>{@link #isCause} is the one place that recognises such failures, whatever wraps them (jOOQ's
 * {@code DataAccessException}, a use case's exception): by the JDBC exception types and SQL states of a lost or
 * refused connection, and by a refused or unroutable connection.
 */
public final class DatabaseUnavailable extends RuntimeException {

    /**
     * SQL states that mean "not reachable now": class 08 (connection exception), and PostgreSQL's 57P01-57P03
     * (the server is shutting down, crashed, or not accepting connections yet).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    public DatabaseUnavailable(Throwable cause) {
        super("the database is unavailable: " + cause.getMessage(), cause);
    }

    /** Whether {@code failure}, or anything it wraps, says the database cannot be reached now. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof DatabaseUnavailable
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
