package club.lasertag.crm.migrations.testing;

import club.lasertag.crm.migrations.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, uniquely named PostgreSQL database for one test class, dropped afterwards.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();
 * ...
 * DriverManager.getConnection(postgres.jdbcUrl());
 * }</pre>
 *
 * <p>The server comes from {@link PostgresServer}: env {@value #URL_ENV}, a JDBC URL with credentials in it, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}, else a Testcontainers {@code postgres:15}
 * container when Docker is reachable; that database is only used to run {@code CREATE DATABASE crm_test_<random>}
 * and {@code DROP DATABASE}. With neither the test class is skipped (one loud line on stderr) on a developer
 * machine, and fails when env {@code CI} is set, so CI never passes by silently skipping the PostgreSQL tests.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

    public static final String URL_ENV = PostgresServer.URL_ENV;

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private final boolean migrate;
    private String adminUrl;
    private String databaseName;
    private String jdbcUrl;

    private PostgresTestDatabase(boolean migrate) {
        this.migrate = migrate;
    }

    /** An empty database. */
    public static PostgresTestDatabase empty() {
        return new PostgresTestDatabase(false);
    }

    /** A database with the CRM migrations applied. */
    public static PostgresTestDatabase migrated() {
        return new PostgresTestDatabase(true);
    }

    /** JDBC URL of the fresh database, credentials included (as they were in the server's URL). */
    public String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("the test database exists only between beforeAll and afterAll");
        }
        return jdbcUrl;
    }

    public String databaseName() {
        return databaseName;
    }

    /** A new connection to the fresh database; close it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String configured = PostgresServer.adminUrl(context.getRequiredTestClass().getSimpleName());
        Matcher m = URL.matcher(configured.trim());
        if (!m.matches()) {
            throw new IllegalStateException(URL_ENV + " must look like jdbc:postgresql://host:port/db?user=...: "
                    + configured);
        }
        adminUrl = configured.trim();
        databaseName = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + databaseName);
        }
        jdbcUrl = m.group(1) + "/" + databaseName + (m.group(3) == null ? "" : m.group(3));
        if (migrate) {
            Migrations.migrate(jdbcUrl, null, null);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (databaseName == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement st = admin.createStatement()) {
            // FORCE: a connection pool left open by a test must not keep the database alive
            st.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } finally {
            databaseName = null;
            jdbcUrl = null;
        }
    }
}
