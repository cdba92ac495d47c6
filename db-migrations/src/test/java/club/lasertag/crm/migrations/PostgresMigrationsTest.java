package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMigrationsTest {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();

    private Connection connection;
    private Statement st;

    @BeforeEach
    void connect() throws SQLException {
        connection = postgres.connect();
        st = connection.createStatement();
        st.execute("TRUNCATE crm_orders, crm_clients, crm_staff, crm_dialog_state, crm_processed_updates, crm_outbox, crm_inbox, crm_job_runs, crm_feed_tokens, "
                + "crm_club_settings, crm_briefing_opt_outs, crm_unreachable_staff, crm_briefings_sent RESTART IDENTITY");
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void secondRunIsANoOp() {
        assertThat(Migrations.migrate(postgres.jdbcUrl(), null, null).migrationsExecuted).isZero();
    }

    @Test
    void fillsTheSeedDefaults() throws SQLException {
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        st.execute("INSERT INTO crm_clients (name, phone) VALUES ('Иван', '+79991234567')");
        st.execute("INSERT INTO crm_orders (game_end, rest_end)"
                + " VALUES (timezone('utc', now()) + interval '1 hour', timezone('utc', now()) + interval '2 hours')");
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5);

        try (ResultSet rs = st.executeQuery("SELECT * FROM crm_clients")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("uid")).isEqualTo(1);
            for (String column : new String[] {"surname", "midname", "secondphone", "description", "from", "search_text"}) {
                assertThat(rs.getString(column)).as(column).isEmpty();
            }
            assertThat(rs.getObject("created_at", LocalDateTime.class)).isBetween(before, after);
            assertThat(rs.getObject("updated_at", LocalDateTime.class)).isBetween(before, after);
        }
        try (ResultSet rs = st.executeQuery("SELECT * FROM crm_orders")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject("date", LocalDateTime.class)).as("date defaults to UTC now").isBetween(before, after);
            SeedDefaults.assertOrderDefaults(rs);
            assertThat(rs.getObject("created_at", LocalDateTime.class)).isBetween(before, after);
        }
        st.execute("INSERT INTO crm_staff (telegram_user_id, role) VALUES (42, 'manager')");
        st.execute("INSERT INTO crm_dialog_state (chat_id, flow, step) VALUES (42, 'order', 'date')");
        st.execute("INSERT INTO crm_processed_updates (update_id) VALUES (7)");
        try (ResultSet rs = st.executeQuery("SELECT s.display_name, s.added_by, s.added_at, d.answers, d.updated_at,"
                + " p.processed_at FROM crm_staff s, crm_dialog_state d, crm_processed_updates p")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("display_name")).isEmpty();
            assertThat(rs.getLong("added_by")).isZero();
            assertThat(rs.getString("answers")).isEmpty();
            assertThat(rs.getObject("added_at", LocalDateTime.class)).isBetween(before, after);
            assertThat(rs.getObject("updated_at", LocalDateTime.class)).isBetween(before, after);
            assertThat(rs.getObject("processed_at", LocalDateTime.class)).isBetween(before, after);
        }
    }

    @Test
    void phoneColumnTakesAnyE164Number() throws SQLException {
        st.execute("INSERT INTO crm_clients (name, phone) VALUES ('Max', '+491711234567890')");
        assertRejected("INSERT INTO crm_clients (name, phone) VALUES ('Max', '+4917112345678901')", "value too long");
    }

    @Test
    void polygonOverlapOfLiveOrdersIsRejected() throws SQLException {
        insertOrder("arena", 1, "2024-05-01 10:00", 3600, 0, "new");

        assertRejected(orderSql("arena", 2, "2024-05-01 10:30", 3600, 0, "confirmed"), "crm_orders_polygon_overlap");
        // back to back is fine: ranges are half-open [date, game_end)
        insertOrder("arena", 2, "2024-05-01 11:00", 3600, 0, "new");
        // another polygon at the same time is fine
        insertOrder("park", 2, "2024-05-01 10:30", 3600, 0, "new");
        // a cancelled order occupies nothing
        insertOrder("arena", 2, "2024-05-01 10:30", 1800, 0, "cancelled");
    }

    @Test
    void overlapIsAcceptedOnceTheOtherOrderIsCancelled() throws SQLException {
        insertOrder("arena", 1, "2024-05-01 10:00", 3600, 3600, "new");
        assertRejected(orderSql("arena", 1, "2024-05-01 10:30", 3600, 3600, "new"), "crm_orders_polygon_overlap");

        st.execute("UPDATE crm_orders SET status = 'cancelled'");
        insertOrder("arena", 1, "2024-05-01 10:30", 3600, 3600, "new");

        assertRejected("UPDATE crm_orders SET status = 'new' WHERE status = 'cancelled'", "crm_orders_polygon_overlap");
    }

    @Test
    void restRoomOverlapOfLiveOrdersIsRejected() throws SQLException {
        // arena game 10:00-11:00, room 1 11:00-12:00
        insertOrder("arena", 1, "2024-05-01 10:00", 3600, 3600, "new");

        // park game 10:30-11:30, room 1 11:30-12:30: overlaps the room
        assertRejected(orderSql("park", 1, "2024-05-01 10:30", 3600, 3600, "new"), "crm_orders_restroom_overlap");
        // room 2 is free
        insertOrder("park", 2, "2024-05-01 10:30", 3600, 3600, "new");
        // no room at all occupies nothing
        insertOrder("forest", 0, "2024-05-01 10:30", 3600, 3600, "new");
        // arena right after the first game, room 1 right after the first order's rest: fine
        insertOrder("arena", 1, "2024-05-01 11:00", 3600, 3600, "new");
        // zero rest time occupies nothing
        insertOrder("park", 1, "2024-05-01 11:30", 1800, 0, "new");
    }

    @Test
    void restRoomOverlapIsAcceptedWhenTheOtherOrderIsCancelled() throws SQLException {
        insertOrder("arena", 1, "2024-05-01 10:00", 3600, 3600, "cancelled");
        insertOrder("park", 1, "2024-05-01 10:30", 3600, 3600, "new");
    }

    @Test
    void derivedEndTimesMustMatchTheDurations() {
        assertRejected("INSERT INTO crm_orders (date, gametime, resttime, game_end, rest_end) VALUES"
                + " ('2024-05-01 10:00', 3600, 3600, '2024-05-01 10:59', '2024-05-01 11:59')", "crm_orders_game_end_check");
        assertRejected("INSERT INTO crm_orders (date, gametime, resttime, game_end, rest_end) VALUES"
                + " ('2024-05-01 10:00', 3600, 3600, '2024-05-01 11:00', '2024-05-01 11:59')", "crm_orders_rest_end_check");
    }

    @Test
    void deletingAClientKeepsItsOrdersWithoutClient() throws SQLException {
        st.execute("INSERT INTO crm_clients (name, phone) VALUES ('A', '+79991234567')");
        insertOrder("arena", 1, "2024-05-01 10:00", 3600, 3600, "new");
        st.execute("UPDATE crm_orders SET client_uid = 1");
        st.execute("DELETE FROM crm_clients");
        try (ResultSet rs = st.executeQuery("SELECT count(*), count(client_uid) FROM crm_orders")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isZero();
        }
    }

    @Test
    void checksRejectValuesOutsideTheAllowedSets() {
        assertRejected(orderSql("moon", 1, "2024-05-01 10:00", 3600, 3600, "new"), "crm_orders_polygon_check");
        assertRejected(orderSql("arena", 3, "2024-05-01 10:00", 3600, 3600, "new"), "crm_orders_restroom_check");
        assertRejected(orderSql("arena", 1, "2024-05-01 10:00", 3600, 3600, "lost"), "crm_orders_status_check");
        assertRejected(orderSql("arena", 1, "2024-05-01 10:00", 0, 3600, "new"), "crm_orders_gametime_check");
        assertRejected("INSERT INTO crm_staff (telegram_user_id, role) VALUES (1, 'boss')", "crm_staff_role_check");
    }

    private void insertOrder(String polygon, int restroom, String date, int gametime, int resttime, String status)
            throws SQLException {
        st.execute(orderSql(polygon, restroom, date, gametime, resttime, status));
    }

    private static String orderSql(String polygon, int restroom, String date, int gametime, int resttime, String status) {
        LocalDateTime start = LocalDateTime.parse(date.replace(' ', 'T'));
        LocalDateTime gameEnd = start.plus(Duration.ofSeconds(gametime));
        LocalDateTime restEnd = gameEnd.plus(Duration.ofSeconds(resttime));
        return "INSERT INTO crm_orders (polygon, restroom, date, gametime, resttime, status, game_end, rest_end)"
                + " VALUES ('" + polygon + "', " + restroom + ", '" + start + "', " + gametime + ", " + resttime
                + ", '" + status + "', '" + gameEnd + "', '" + restEnd + "')";
    }

    private void assertRejected(String sql, String why) {
        assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }
}
