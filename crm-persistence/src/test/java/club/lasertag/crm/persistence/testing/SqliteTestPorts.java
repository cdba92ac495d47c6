package club.lasertag.crm.persistence.testing;

import club.lasertag.crm.migrations.Migrations;
import club.lasertag.crm.persistence.DataSources;
import club.lasertag.crm.persistence.JooqPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated SQLite file under {@code target/sqlite-tests} for one test class, emptied before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SqliteTestPorts sqlite = new SqliteTestPorts();
 * ... sqlite.ports().clients() ...
 * }</pre>
 */
public final class SqliteTestPorts implements TestPorts, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Children first, so foreign keys hold while deleting. */
    static final List<String> TABLES = List.of("crm_orders", "crm_clients", "crm_staff", "crm_dialog_state",
            "crm_processed_updates", "crm_outbox", "crm_inbox", "crm_job_runs",
            "crm_feed_tokens", "crm_prices", "crm_price_holidays", "crm_order_prices", "crm_payments", "crm_audit_log",
            "crm_club_settings", "crm_briefing_opt_outs", "crm_unreachable_staff", "crm_briefings_sent");

    private Path file;
    private DataSource dataSource;
    private DSLContext db;
    private JooqPorts ports;

    /** A new migrated file, outside JUnit: for scenario tests that manage their own lifecycle. */
    public static SqliteTestPorts open(String name) {
        SqliteTestPorts sqlite = new SqliteTestPorts();
        sqlite.create(name);
        return sqlite;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        create(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes the connection pool; the file stays under target/ for a post-mortem. */
    public void close() {
        DataSources.close(dataSource);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clean();
    }

    /** Deletes every row and restarts the ids. */
    public void clean() {
        for (String table : TABLES) {
            db.deleteFrom(DSL.table(DSL.name(table))).execute();
        }
        db.execute("DELETE FROM sqlite_sequence");
    }

    public Path file() {
        return file;
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

    private void create(String name) {
        file = Path.of("target", "sqlite-tests", name + "-" + UUID.randomUUID() + ".db");
        dataSource = DataSources.sqlite(file);
        Migrations.migrate(dataSource);
        db = DSL.using(dataSource, SQLDialect.SQLITE);
        ports = JooqPorts.create(db);
    }
}
