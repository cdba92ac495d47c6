package club.lasertag.crm.migrations;

import java.util.Locale;
import java.util.Optional;

/** The databases the CRM runs on, recognised from a JDBC URL. */
public enum DatabaseKind {
    POSTGRESQL("jdbc:postgresql:", "postgresql"),
    SQLITE("jdbc:sqlite:", "sqlite");

    private final String urlPrefix;
    private final String migrationFolder;

    DatabaseKind(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** The kind whose JDBC URL scheme starts {@code jdbcUrl}, if it is one we support. */
    public static Optional<DatabaseKind> fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (lower.startsWith(kind.urlPrefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Flyway location of this database's migrations. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }
}
