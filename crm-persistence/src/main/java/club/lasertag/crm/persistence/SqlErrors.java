package club.lasertag.crm.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises the constraint violations the adapters turn into domain outcomes, on PostgreSQL and SQLite. */
final class SqlErrors {

    /** PostgreSQL: unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL: exclusion_violation, raised by the booking overlap constraints. */
    private static final String EXCLUSION_VIOLATION = "23P01";

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

    /** One of PostgreSQL's exclusion constraints rejected the write: a concurrent booking won the slot. */
    static boolean isExclusionViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
