package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite has no timestamp type: the schema stores TEXT in the form jOOQ binds a LocalDateTime
 * ({@code java.sql.Timestamp#toString}). These tests pin that contract down.
 */
class SqliteTimestampsTest {

    private static final Table<?> ORDERS = DSL.table(DSL.name("crm_orders"));
    private static final Field<Integer> UID = DSL.field(DSL.name("uid"), SQLDataType.INTEGER);
    private static final Field<LocalDateTime> DATE = DSL.field(DSL.name("date"), SQLDataType.LOCALDATETIME);
    private static final Field<LocalDateTime> GAME_END = DSL.field(DSL.name("game_end"), SQLDataType.LOCALDATETIME);
    private static final Field<LocalDateTime> REST_END = DSL.field(DSL.name("rest_end"), SQLDataType.LOCALDATETIME);
    private static final Field<LocalDateTime> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.LOCALDATETIME);
    private static final Field<String> CREATED_AT_TEXT = DSL.field(DSL.name("created_at"), SQLDataType.VARCHAR);
    private static final Field<String> DATE_TEXT = DSL.field(DSL.name("date"), SQLDataType.VARCHAR);

    /** The values an application writes: minutes, seconds and milliseconds, across day, month and year borders. */
    private static final List<LocalDateTime> TIMES = List.of(
            LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_000_000),
            LocalDateTime.of(2024, 5, 1, 10, 0),
            LocalDateTime.of(2025, 1, 1, 0, 0),
            LocalDateTime.of(2024, 5, 1, 10, 0, 0, 1_000_000),
            LocalDateTime.of(2024, 5, 1, 9, 59, 59, 500_000_000),
            LocalDateTime.of(2024, 5, 1, 10, 0, 0, 120_000_000),
            LocalDateTime.of(2024, 5, 1, 10, 0, 0, 12_000_000),
            LocalDateTime.of(2024, 5, 2, 8, 30, 15));

    private Connection connection;
    private DSLContext db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = SqliteFiles.freshUrl("timestamps");
        Migrations.migrate(url, null, null);
        connection = DriverManager.getConnection(url);
        db = DSL.using(connection, SQLDialect.SQLITE);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aLocalDateTimeWrittenThroughJooqReadsBackEqual() {
        for (LocalDateTime time : TIMES) {
            int uid = insert(time);
            assertThat(db.select(DATE).from(ORDERS).where(UID.eq(uid)).fetchOne(DATE)).isEqualTo(time);
        }
    }

    @Test
    void precisionIsMilliseconds() {
        LocalDateTime micros = LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_456_789);
        int uid = insert(micros);
        assertThat(db.select(DATE).from(ORDERS).where(UID.eq(uid)).fetchOne(DATE))
                .isEqualTo(micros.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void comparingInSqlOrdersLikeTime() {
        TIMES.forEach(this::insert);
        for (LocalDateTime pivot : TIMES) {
            List<LocalDateTime> expected = TIMES.stream().filter(t -> t.isBefore(pivot)).sorted().toList();
            assertThat(db.select(DATE).from(ORDERS).where(DATE.lt(pivot)).orderBy(DATE).fetch(DATE))
                    .as("date < %s", pivot).containsExactlyElementsOf(expected);
            assertThat(db.selectCount().from(ORDERS).where(DATE.eq(pivot)).fetchOne(0, int.class))
                    .as("date = %s", pivot).isEqualTo(1);
        }
    }

    @Test
    void theDefaultIsUtcNowAtWholeSecondsInTheFormJooqWrites() {
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        int uid = insert(before);
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC);

        LocalDateTime createdAt = db.select(CREATED_AT).from(ORDERS).where(UID.eq(uid)).fetchOne(CREATED_AT);
        assertThat(createdAt).isBetween(before, after).isEqualTo(createdAt.truncatedTo(ChronoUnit.SECONDS));

        // the default's text equals the text jOOQ writes for the same value, so SQL comparisons agree
        String createdAtText = db.select(CREATED_AT_TEXT).from(ORDERS).where(UID.eq(uid)).fetchOne(CREATED_AT_TEXT);
        int sameValueUid = insert(createdAt);
        String jooqText = db.select(DATE_TEXT).from(ORDERS).where(UID.eq(sameValueUid)).fetchOne(DATE_TEXT);
        assertThat(createdAtText).isEqualTo(jooqText).endsWith(".0");
        assertThat(db.selectCount().from(ORDERS).where(UID.eq(uid)).and(CREATED_AT.eq(createdAt)).fetchOne(0, int.class))
                .isEqualTo(1);
    }

    private int insert(LocalDateTime date) {
        return db.insertInto(ORDERS, DATE, GAME_END, REST_END)
                .values(date, date.plusHours(1), date.plusHours(2))
                .returning(UID)
                .fetchOne(UID);
    }
}
