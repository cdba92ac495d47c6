package club.lasertag.crm.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises the constraint violations the adapters turn into domain outcomes, on PostgreSQL and SQLite. */
final class SqlErrors {

    /** PostgreSQL: unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL: exclusion_violation, raised by the booking overlap constraints. */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** PostgreSQL: deadlock_detected. */
    private static final String DEADLOCK_DETECTED = "40P01";

    private SqlErrors() {
    }

    /** A UNIQUE or PRIMARY KEY constraint rejected the write. */
    static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                if (message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A concurrent booking won: one of PostgreSQL's exclusion constraints rejected the write, or two bookings
     * waiting on each other's uncommitted rows in those constraints were resolved by aborting one as a deadlock.
     */
    static boolean isLostBookingRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (EXCLUSION_VIOLATION.equals(sql.getSQLState())
                    || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
