package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

class SqliteMigrationsTest {

    private static final String ORDER_TIMES = "'2024-05-01 10:00:00.0', '2024-05-01 11:00:00.0', '2024-05-01 12:00:00.0'";

    private String url;

    @BeforeEach
    void migrateAFreshFile() {
        url = SqliteFiles.freshUrl("migrations");
        MigrateResult result = Migrations.migrate(url, null, null);
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }

    @Test
    void createsAllTables() throws SQLException {
        assertThat(SchemaSnapshot.of(url).tables()).containsExactlyInAnyOrder(
                "crm_clients", "crm_orders", "crm_staff", "crm_dialog_state", "crm_processed_updates",
                "crm_name_words", "crm_client_name_words", "crm_outbox", "crm_inbox", "crm_job_runs",
                "crm_feed_tokens", "crm_prices", "crm_price_holidays", "crm_order_prices", "crm_payments",
                "crm_audit_log",
                "crm_club_settings", "crm_briefing_opt_outs", "crm_unreachable_staff", "crm_briefings_sent");
    }

    @Test
    void secondRunIsANoOp() {
        assertThat(Migrations.migrate(url, null, null).migrationsExecuted).isZero();
    }

    @Test
    void migratesThroughADataSourceToo() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(SqliteFiles.freshUrl("datasource"));
        assertThat(Migrations.migrate(dataSource).migrationsExecuted).isPositive();
    }

    @Test
    void fillsTheSeedDefaults() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO crm_clients (name, phone) VALUES ('Иван', '+79991234567')");
            st.execute("INSERT INTO crm_orders (game_end, rest_end) VALUES ('2024-05-01 11:00:00.0', '2024-05-01 12:00:00.0')");
            try (ResultSet rs = st.executeQuery("SELECT surname, midname, secondphone, description, \"from\", search_text,"
                    + " created_at, updated_at FROM crm_clients")) {
                assertThat(rs.next()).isTrue();
                for (int i = 1; i <= 6; i++) {
                    assertThat(rs.getString(i)).isEmpty();
                }
                assertThat(rs.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{1,3}");
            }
            try (ResultSet rs = st.executeQuery("SELECT client_uid, gametime, resttime, restroom, players, polygon,"
                    + " gametype, gifts, status, comment, created_by, updated_by, date FROM crm_orders")) {
                assertThat(rs.next()).isTrue();
                SeedDefaults.assertOrderDefaults(rs);
                assertThat(rs.getString("date")).isNotBlank();
            }
        }
    }

    @Test
    void checksRejectValuesOutsideTheAllowedSets() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, polygon) VALUES (" + ORDER_TIMES + ", 'moon')");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, gametype) VALUES (" + ORDER_TIMES + ", 'x')");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, gifts) VALUES (" + ORDER_TIMES + ", 'x')");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, status) VALUES (" + ORDER_TIMES + ", 'x')");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, restroom) VALUES (" + ORDER_TIMES + ", 3)");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, players) VALUES (" + ORDER_TIMES + ", 0)");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, gametime) VALUES (" + ORDER_TIMES + ", 0)");
            assertRejected(st, "INSERT INTO crm_orders (date, game_end, rest_end, resttime) VALUES (" + ORDER_TIMES + ", -1)");
            assertRejected(st, "INSERT INTO crm_staff (telegram_user_id, role) VALUES (1, 'boss')");
            st.execute("INSERT INTO crm_staff (telegram_user_id, role) VALUES (1, 'admin')");
        }
    }

    @Test
    void phoneIsUnique() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO crm_clients (name, phone) VALUES ('A', '+79991234567')");
            assertRejected(st, "INSERT INTO crm_clients (name, phone) VALUES ('B', '+79991234567')");
        }
    }

    @Test
    void deletingAClientKeepsItsOrdersWithoutClient() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO crm_clients (name, phone) VALUES ('A', '+79991234567')");
            st.execute("INSERT INTO crm_orders (client_uid, date, game_end, rest_end) SELECT uid, " + ORDER_TIMES
                    + " FROM crm_clients");
            st.execute("DELETE FROM crm_clients");
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(client_uid) FROM crm_orders")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isZero();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        return DriverManager.getConnection(url, properties);
    }

    private static void assertRejected(Statement st, String sql) {
        assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining("constraint");
    }
}
