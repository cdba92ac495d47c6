package club.lasertag.crm.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.LoggerFactory;

/**
 * Brings a PostgreSQL or SQLite database to the current CRM schema with Flyway.
 *
 * <p>The migration folder is picked from the JDBC URL: {@code db/migration/postgresql} or
 * {@code db/migration/sqlite}. The two folders are kept in lockstep.
 */
public final class Migrations {

    /** Exit code of {@link #main} when the arguments are wrong or the URL scheme is unsupported. */
    static final int EXIT_USAGE = 2;

    private Migrations() {}

    /** Migrates the database behind {@code dataSource}; its JDBC URL tells which dialect it speaks. */
    public static MigrateResult migrate(DataSource dataSource) {
        DatabaseKind kind = kindOf(dataSource);
        return flyway(kind).dataSource(dataSource).load().migrate();
    }

    /**
     * Migrates the database at {@code jdbcUrl}. For a SQLite file the parent directories are created
     * when missing, so a fresh machine needs nothing prepared.
     *
     * @param user may be null (SQLite, or credentials inside the URL)
     * @param password may be null
     * @throws IllegalArgumentException when the URL is neither {@code jdbc:postgresql:} nor {@code jdbc:sqlite:}
     */
    public static MigrateResult migrate(String jdbcUrl, String user, String password) {
        DatabaseKind kind = DatabaseKind.fromJdbcUrl(jdbcUrl).orElseThrow(() -> unsupported(jdbcUrl));
        if (kind == DatabaseKind.SQLITE) {
            createParentDirectories(jdbcUrl);
        }
        return flyway(kind).dataSource(jdbcUrl, user, password).load().migrate();
    }

    /**
     * Runs the migrations alone: {@code Migrations <jdbcUrl> [user [password]]}.
     * Exits with 2 (one logged line, no stack trace) on bad arguments or an unsupported URL scheme.
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            LoggerFactory.getLogger(Migrations.class).error("usage: Migrations <jdbc:postgresql:...|jdbc:sqlite:...> [user [password]]");
            System.exit(EXIT_USAGE);
        }
        String url = args[0];
        if (DatabaseKind.fromJdbcUrl(url).isEmpty()) {
            LoggerFactory.getLogger(Migrations.class).error(unsupported(url).getMessage());
            System.exit(EXIT_USAGE);
        }
        String user = args.length > 1 ? args[1] : null;
        String password = args.length > 2 ? args[2] : null;
        migrate(url, user, password);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseKind kind) {
        return Flyway.configure()
                .locations(kind.migrationLocation())
                .failOnMissingLocations(true)
                // the application owns the schema: never wipe it by accident
                .cleanDisabled(true);
    }

    private static DatabaseKind kindOf(DataSource dataSource) {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate it", e);
        }
        return DatabaseKind.fromJdbcUrl(url).orElseThrow(() -> unsupported(url));
    }

    private static IllegalArgumentException unsupported(String jdbcUrl) {
        return new IllegalArgumentException("Unsupported JDBC URL '" + jdbcUrl
                + "': expected jdbc:postgresql:... or jdbc:sqlite:...");
    }

    /** {@code jdbc:sqlite:path/to/file.db?options}: create {@code path/to} if missing. */
    private static void createParentDirectories(String sqliteUrl) {
        String path = sqliteUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.startsWith(":") || path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return; // in-memory, or a URI form we leave to the driver
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for the SQLite database " + path, e);
        }
    }
}
