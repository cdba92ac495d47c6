package club.lasertag.crm.persistence;

import java.sql.Connection;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * The connections of the thread-bound context. Inside a unit of work, once a connection could not be had, asking
 * again fails at once: jOOQ asks again to roll back and to restore auto-commit after a failed begin, and each ask
 * would wait out the pool's connection timeout (1.2 s on PostgreSQL) while the database is down, tripling the time
 * before the user is told.
 */
final class UnitOfWorkConnections implements ConnectionProvider {

    /** Per thread: open units of work, and the failure to get a connection in the outermost one, if any. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<RuntimeException> FAILED = new ThreadLocal<>();

    private final ConnectionProvider connections;

    UnitOfWorkConnections(ConnectionProvider connections) {
        this.connections = connections;
    }

    static void opened() {
        DEPTH.get()[0]++;
    }

    static void closed() {
        if (--DEPTH.get()[0] == 0) {
            DEPTH.remove();
            FAILED.remove();
        }
    }

    @Override
    public Connection acquire() {
        RuntimeException earlier = FAILED.get();
        if (earlier != null) {
            throw new DataAccessException("no connection for this unit of work: " + earlier.getMessage(), earlier);
        }
        try {
            return connections.acquire();
        } catch (RuntimeException e) {
            if (DEPTH.get()[0] > 0) {
                FAILED.set(e);
            } else {
                DEPTH.remove();
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection) {
        connections.release(connection);
    }
}
