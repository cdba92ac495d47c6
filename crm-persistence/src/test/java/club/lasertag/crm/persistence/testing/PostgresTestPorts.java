package club.lasertag.crm.persistence.testing;

import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import club.lasertag.crm.persistence.DataSources;
import club.lasertag.crm.persistence.JooqPorts;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated PostgreSQL database ({@link PostgresTestDatabase}) for one test class, with a pool and the
 * jOOQ ports on it; every table is truncated (ids restarted) before each test. The server ({@code CRM_TEST_POSTGRES_URL},
 * else a Testcontainers container, else skip or fail on CI) is chosen as for {@link PostgresTestDatabase}.
 */
public final class PostgresTestPorts implements TestPorts, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final PostgresTestDatabase database = PostgresTestDatabase.migrated();
    private HikariDataSource dataSource;
    private DSLContext db;
    private JooqPorts ports;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database.beforeAll(context);
        dataSource = DataSources.postgresql(database.jdbcUrl(), null, null);
        db = DSL.using(dataSource, SQLDialect.POSTGRES);
        ports = JooqPorts.create(db);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        db.execute("TRUNCATE crm_orders, crm_clients, crm_staff, crm_dialog_state, crm_processed_updates, crm_outbox, crm_inbox, crm_job_runs, crm_feed_tokens, "
                + "crm_prices, crm_price_holidays, crm_order_prices, crm_payments, crm_audit_log "
                + "RESTART IDENTITY CASCADE");
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (dataSource != null) {
            dataSource.close();
        }
        database.afterAll(context);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    @Override
    public JooqPorts ports() {
        return ports;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DSLContext db() {
        return db;
    }

    /** How many deadlocks the server has counted in this database ({@code pg_stat_database}). */
    public long deadlocks() {
        return db.fetchOne("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
                .get(0, Long.class);
    }

    /**
     * Waits (up to 10 s) until no backend of {@code application} (its JDBC {@code ApplicationName}) is left: a backend
     * reports its statistics, deadlocks included, at the latest when it exits.
     */
    public void awaitNoBackendsOf(String application) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (db.fetchOne("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?", application)
                .get(0, Long.class) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the backends of " + application + " did not exit");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
