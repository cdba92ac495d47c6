package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.migrations.DatabaseKind;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the CRM's database from a JDBC URL: a SQLite file (the embedded default) or PostgreSQL.
 *
 * <p>Use {@link #dialect(String)} with the same URL for jOOQ, so one code path serves both databases.
 * Close what {@link #open} returned with {@link #close(DataSource)} when the application stops.
 */
public final class DataSources {

    /** SQLite waits this long for another writer before failing with SQLITE_BUSY. */
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    /** At least the bot's default handler threads (8): a handler waiting for a free connection looks like an outage. */
    private static final int POSTGRESQL_POOL_SIZE = 10;
    private static final int POSTGRESQL_MIN_IDLE = 2;
    /**
     * How long the app lets taking a PostgreSQL connection wait before it fails (HikariCP's default is 30 s): while
     * the server is unreachable, a manager is told so within about this long (the bot promises 2 s), and the update
     * is retried later instead of holding a handler thread. The bot's default 8 handler threads do not outnumber the
     * pool, so in the app a wait this long means the server is unreachable, not that the pool is busy.
     */
    public static final Duration FAIL_FAST_CONNECTION_TIMEOUT = Duration.ofMillis(1_200);
    /** For callers that may outnumber the pool (tests racing fifty bookings, benchmarks): wait as HikariCP does. */
    static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30);
    /** Readers share the file (WAL); writers queue for its single write lock whatever the pool size. */
    private static final int SQLITE_POOL_SIZE = 4;

    private DataSources() {}

    /**
     * A data source for {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql:...}.
     *
     * @param user ignored for SQLite; may be null (credentials inside the URL)
     * @param password ignored for SQLite; may be null
     * @throws IllegalArgumentException for any other URL, or an in-memory SQLite URL
     */
    public static DataSource open(String jdbcUrl, String user, String password) {
        return switch (kind(jdbcUrl)) {
            case SQLITE -> sqlite(sqliteFile(jdbcUrl));
            case POSTGRESQL -> postgresql(jdbcUrl, user, password);
        };
    }

    /** The jOOQ dialect for {@code jdbcUrl}. */
    public static SQLDialect dialect(String jdbcUrl) {
        return switch (kind(jdbcUrl)) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRESQL -> SQLDialect.POSTGRES;
        };
    }

    /**
     * A SQLite file database, created (with its parent directories) if missing. Every connection has
     * foreign keys enforced, WAL journaling, a {@value #SQLITE_BUSY_TIMEOUT_MILLIS} ms busy timeout, and starts
     * its transactions with {@code BEGIN IMMEDIATE}: a transaction takes the single write lock up front, so
     * "check for overlaps, then insert" cannot interleave with another writer.
     *
     * <p>The connections are pooled (HikariCP): opening a SQLite connection and setting its pragmas costs more
     * than most of the CRM's queries. Close the pool with {@link #close(DataSource)} when done.
     */
    public static DataSource sqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for the SQLite database " + absolute, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // durable enough with WAL, much faster
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("crm-sqlite");
        pool.setDataSource(dataSource);
        pool.setMaximumPoolSize(SQLITE_POOL_SIZE);
        pool.setMinimumIdle(1);
        return new HikariDataSource(pool);
    }

    /**
     * A small HikariCP pool for PostgreSQL, waiting up to 30 s for a free connection; close it with
     * {@link #close(DataSource)} or directly.
     */
    public static HikariDataSource postgresql(String jdbcUrl, String user, String password) {
        return postgresql(jdbcUrl, user, password, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * A small HikariCP pool for PostgreSQL whose {@code getConnection} fails after {@code connectionTimeout}
     * (at least 250 ms, HikariCP's floor) when no connection can be had: {@link #FAIL_FAST_CONNECTION_TIMEOUT} for
     * the app, so that an unreachable server is noticed at once.
     */
    public static HikariDataSource postgresql(String jdbcUrl, String user, String password, Duration connectionTimeout) {
        if (kind(jdbcUrl) != DatabaseKind.POSTGRESQL) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + JdbcUrls.redacted(jdbcUrl));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("crm-postgresql");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
        config.setMinimumIdle(POSTGRESQL_MIN_IDLE); // a quiet club (and each test's pool) holds few server connections
        config.setConnectionTimeout(connectionTimeout.toMillis());
        // checking that an idle connection still works must take less than the connection timeout (HikariCP's rule)
        config.setValidationTimeout(Math.max(250, Math.min(5_000, connectionTimeout.toMillis() * 5 / 6)));
        return new HikariDataSource(config);
    }

    /**
     * The {@link JobLeases} of the database at {@code jdbcUrl}: on PostgreSQL, advisory locks held on a session of
     * their own (opened on the first {@link JobLeases#hold}, again after it was lost), so that one instance of several
     * runs each job; on SQLite, which one instance only uses, that instance holds every lease. Close it at stop.
     *
     * @param user     ignored for SQLite; may be null (credentials inside the URL)
     * @param password ignored for SQLite; may be null
     */
    public static JobLeases jobLeases(String jdbcUrl, String user, String password) {
        if (kind(jdbcUrl) == DatabaseKind.SQLITE) {
            return new JobLeases() {
                @Override
                public boolean hold(String job) {
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }
        return new PostgresJobLeases(() -> {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            properties.setProperty("ApplicationName", "lasertag-crm job leases");
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("socketTimeout", "30");
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(jdbcUrl, properties);
        });
    }

    /**
     * Has the pool of {@code dataSource} (one from this class) report its use to {@code meterRegistry}, a Micrometer
     * {@code MeterRegistry} (HikariCP takes it as an Object, so this module needs no Micrometer): the
     * {@code hikaricp_connections_*} metrics, tagged with the pool's name. Once per pool; a running pool is fine.
     *
     * @return false when {@code dataSource} is not a pool of this class (nothing to report)
     */
    public static boolean reportPoolTo(DataSource dataSource, Object meterRegistry) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.setMetricRegistry(meterRegistry);
            return true;
        }
        return false;
    }

    /**
     * Backups of the database of {@code dialect} on {@code dataSource}: SQLite copies itself ({@code VACUUM INTO});
     * PostgreSQL is backed up with {@code pg_dump}.
     */
    public static DatabaseBackups backups(DataSource dataSource, SQLDialect dialect) {
        return dialect == SQLDialect.SQLITE ? new SqliteBackups(dataSource) : new PostgresBackups();
    }

    /** Releases what {@link #open}, {@link #sqlite} or {@link #postgresql} returned: closes its pool. */
    public static void close(DataSource dataSource) {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the data source", e);
            }
        }
    }

    private static DatabaseKind kind(String jdbcUrl) {
        return DatabaseKind.fromJdbcUrl(jdbcUrl).orElseThrow(() -> new IllegalArgumentException(
                "Unsupported JDBC URL '" + JdbcUrls.redacted(jdbcUrl) + "': expected jdbc:postgresql:... or jdbc:sqlite:<file>"));
    }

    /** {@code jdbc:sqlite:data/crm.db} -> {@code data/crm.db}. Options belong in {@link #sqlite}, not the URL. */
    private static Path sqliteFile(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        String lower = path.toLowerCase(Locale.ROOT);
        if (path.isBlank() || lower.startsWith(":memory:") || lower.startsWith("file:") || path.contains("?")) {
            throw new IllegalArgumentException("expected jdbc:sqlite:<path to a file>, got " + JdbcUrls.redacted(jdbcUrl));
        }
        return Path.of(path);
    }
}
