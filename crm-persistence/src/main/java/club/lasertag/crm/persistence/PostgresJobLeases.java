package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.schedule.JobLeases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * {@link JobLeases} as PostgreSQL session-level advisory locks ({@code pg_try_advisory_lock(class, job)}) on a
 * connection of their own, outside the pool: a lease is held as long as that session lives, so when its instance
 * dies (killed, its machine gone) PostgreSQL ends the session and the lease is free at once, with no expiry to wait
 * out. Each {@link #hold} checks the session with a query; if it is gone (the server restarted, the network cut),
 * every lease is taken as lost, and the next {@link #hold} opens a new session and tries again.
 *
 * <p>The locks use the two-key form with {@link #LOCK_CLASS} as the first key, so they never meet the bookings'
 * one-key transaction locks.
 */
final class PostgresJobLeases implements JobLeases {

    /** The first key of every lease's lock: "CRMJ". */
    static final int LOCK_CLASS = 0x43524D4A;

    /** Opens a new session to the database. */
    interface Sessions {
        Connection open() throws SQLException;
    }

    private final Sessions sessions;
    private final Set<String> held = new HashSet<>();
    private Connection session;

    PostgresJobLeases(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized boolean hold(String job) {
        try {
            if (session == null) {
                session = sessions.open();
                session.setAutoCommit(true);
                held.clear();
            } else {
                try (Statement check = session.createStatement()) {
                    check.execute("SELECT 1");
                }
            }
            if (held.contains(job)) {
                return true;
            }
            try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, key(job));
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        held.add(job);
                        return true;
                    }
                    return false;
                }
            }
        } catch (SQLException e) {
            dropSession();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        dropSession(); // ending the session releases its advisory locks
    }

    private void dropSession() {
        held.clear();
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            session = null;
        }
    }

    /** The second key of a job's lock: a hash of its name (names are few and chosen by the code). */
    static int key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
