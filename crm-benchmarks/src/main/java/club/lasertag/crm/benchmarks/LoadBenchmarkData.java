package club.lasertag.crm.benchmarks;

import club.lasertag.crm.migrations.Migrations;
import club.lasertag.crm.persistence.DataSources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the benchmark databases afresh and loads them: {@code crm_bench} on the PostgreSQL server (with COPY)
 * and a SQLite file (with batched inserts in large transactions). Prints the load times.
 *
 * <p>{@code LoadBenchmarkData <postgres admin url> <sqlite file> <clients> <orders> [postgresql|sqlite|both]}
 */
public final class LoadBenchmarkData {

    private static final Logger log = LoggerFactory.getLogger(LoadBenchmarkData.class);

    static final String DATABASE = "crm_bench";
    private static final int CHUNK = 50_000;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S");

    private LoadBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        String adminUrl = args[0];
        Path sqliteFile = Path.of(args[1]);
        long clients = Long.parseLong(args[2]);
        long orders = Long.parseLong(args[3]);
        String which = args.length > 4 ? args[4] : "both";
        if (!which.equals("sqlite")) {
            loadPostgres(adminUrl, clients, orders);
        }
        if (!which.equals("postgresql")) {
            loadSqlite(sqliteFile, clients, orders);
        }
    }

    /** {@code jdbc:postgresql://host:port/db?params} -> the same server, database {@value #DATABASE}. */
    static String benchUrl(String adminUrl) {
        return adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + DATABASE);
    }

    /** {@code jdbc:postgresql://host:port/db?params} -> the same server, database {@code database}. */
    static String benchUrl(String adminUrl, String database) {
        return adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + database);
    }

    static void loadPostgres(String adminUrl, long clients, long orders) throws SQLException, IOException {
        loadPostgres(adminUrl, DATABASE, clients, orders, BenchmarkData.FIRST_DAY);
    }

    /** (Re)creates {@code database} on the server of {@code adminUrl} and loads it, the orders from {@code firstDay} on. */
    static void loadPostgres(String adminUrl, String database, long clients, long orders, LocalDate firstDay)
            throws SQLException, IOException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a plain lower-case database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
        }
        String url = benchUrl(adminUrl, database);
        Migrations.migrate(url, null, null);
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long started = System.nanoTime();
            // bulk-load practice: build the secondary indexes and exclusion constraints once, after the COPY,
            // instead of row by row; their definitions are read from the migrated schema, not repeated here
            List<String> rebuild = new ArrayList<>();
            rebuild.addAll(dropSecondaryIndexes(c, "crm_clients"));
            rebuild.addAll(dropSecondaryIndexes(c, "crm_orders"));
            try (Statement st = c.createStatement()) {
                st.execute("SET maintenance_work_mem = '256MB'");
                // the name words (V5) are filled once after the COPY, as V5 fills them, not by its trigger row by row
                st.execute("ALTER TABLE crm_clients DISABLE TRIGGER crm_clients_name_words_insert_delete");
                st.execute("ALTER TABLE crm_client_name_words DROP CONSTRAINT crm_client_name_words_pkey");
            }
            StringBuilder csv = new StringBuilder();
            for (long i = 0; i < clients; i++) {
                // quoted: in CSV an unquoted empty field is NULL
                csv.append(quoted(BenchmarkData.surname(i))).append(',').append(quoted(BenchmarkData.name(i))).append(',')
                        .append(quoted(BenchmarkData.midname(i))).append(',').append(quoted(BenchmarkData.phone(i)))
                        .append(',').append(quoted(BenchmarkData.secondPhone(i))).append(',')
                        .append(quoted(BenchmarkData.searchText(i))).append('\n');
                if ((i + 1) % CHUNK == 0 || i + 1 == clients) {
                    copy.copyIn("COPY crm_clients (surname, name, midname, phone, secondphone, search_text) "
                            + "FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
                    csv.setLength(0);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO crm_name_words (word) SELECT DISTINCT w FROM crm_clients, "
                        + "unnest(string_to_array(search_text, ' ')) AS w WHERE w <> '' ON CONFLICT DO NOTHING");
                st.execute("INSERT INTO crm_client_name_words (word, search_text, uid) SELECT DISTINCT w, search_text, uid "
                        + "FROM crm_clients, unnest(string_to_array(search_text, ' ')) AS w WHERE w <> ''");
                st.execute("ALTER TABLE crm_client_name_words ADD CONSTRAINT crm_client_name_words_pkey "
                        + "PRIMARY KEY (word, search_text, uid)");
                st.execute("ALTER TABLE crm_clients ENABLE TRIGGER crm_clients_name_words_insert_delete");
            }
            c.commit();
            long clientsDone = System.nanoTime();
            for (long j = 0; j < orders; j++) {
                appendOrder(csv, j, clients, ',', firstDay);
                if ((j + 1) % CHUNK == 0 || j + 1 == orders) {
                    copy.copyIn("COPY crm_orders (client_uid, date, gametime, resttime, restroom, players, polygon, "
                            + "gametype, gifts, status, comment, game_end, rest_end, created_by, created_at, updated_by, "
                            + "updated_at) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
                    csv.setLength(0);
                }
            }
            try (Statement st = c.createStatement()) {
                for (String ddl : rebuild) {
                    st.execute(ddl); // re-adding the exclusion constraints also proves the data never overlaps
                }
            }
            c.commit();
            long ordersDone = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE");
            }
            long analysed = System.nanoTime();
            report("PostgreSQL", clients, orders, started, clientsDone, ordersDone, analysed);
        }
    }

    static void loadSqlite(Path file, long clients, long orders) throws SQLException, IOException {
        loadSqlite(file, clients, orders, BenchmarkData.FIRST_DAY);
    }

    /** Creates the SQLite file afresh and loads it, the orders from {@code firstDay} on. */
    static void loadSqlite(Path file, long clients, long orders, LocalDate firstDay) throws SQLException, IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        DataSource dataSource = DataSources.sqlite(file);
        Migrations.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_clients "
                    + "(surname, name, midname, phone, secondphone, search_text) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long i = 0; i < clients; i++) {
                    insert.setString(1, BenchmarkData.surname(i));
                    insert.setString(2, BenchmarkData.name(i));
                    insert.setString(3, BenchmarkData.midname(i));
                    insert.setString(4, BenchmarkData.phone(i));
                    insert.setString(5, BenchmarkData.secondPhone(i));
                    insert.setString(6, BenchmarkData.searchText(i));
                    insert.addBatch();
                    if ((i + 1) % CHUNK == 0 || i + 1 == clients) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            long clientsDone = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_orders (client_uid, date, gametime, "
                    + "resttime, restroom, players, polygon, gametype, gifts, status, comment, game_end, rest_end, "
                    + "created_by, created_at, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long j = 0; j < orders; j++) {
                    LocalDateTime start = BenchmarkData.orderStart(j, firstDay);
                    LocalDateTime gameEnd = start.plusSeconds(BenchmarkData.GAME_SECONDS);
                    LocalDateTime restEnd = gameEnd.plusSeconds(BenchmarkData.restSeconds(j));
                    insert.setLong(1, BenchmarkData.clientUid(j, clients));
                    insert.setString(2, SQL_TIME.format(start));
                    insert.setInt(3, BenchmarkData.GAME_SECONDS);
                    insert.setInt(4, BenchmarkData.restSeconds(j));
                    insert.setInt(5, BenchmarkData.restRoom(j));
                    insert.setInt(6, 10);
                    insert.setString(7, BenchmarkData.POLYGONS[BenchmarkData.polygon(j)]);
                    insert.setString(8, "birthday");
                    insert.setString(9, "bandana");
                    insert.setString(10, BenchmarkData.status(j));
                    insert.setString(11, "");
                    insert.setString(12, SQL_TIME.format(gameEnd));
                    insert.setString(13, SQL_TIME.format(restEnd));
                    insert.setLong(14, 1);
                    insert.setString(15, SQL_TIME.format(start.minusDays(7)));
                    insert.setLong(16, 1);
                    insert.setString(17, SQL_TIME.format(start.minusDays(7)));
                    insert.addBatch();
                    if ((j + 1) % CHUNK == 0 || j + 1 == orders) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            long ordersDone = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            long analysed = System.nanoTime();
            report("SQLite", clients, orders, started, clientsDone, ordersDone, analysed);
        }
    }

    private static void appendOrder(StringBuilder csv, long j, long clients, char sep, LocalDate firstDay) {
        LocalDateTime start = BenchmarkData.orderStart(j, firstDay);
        LocalDateTime gameEnd = start.plusSeconds(BenchmarkData.GAME_SECONDS);
        LocalDateTime restEnd = gameEnd.plusSeconds(BenchmarkData.restSeconds(j));
        String created = SQL_TIME.format(start.minusDays(7));
        csv.append(BenchmarkData.clientUid(j, clients)).append(sep)
                .append(SQL_TIME.format(start)).append(sep)
                .append(BenchmarkData.GAME_SECONDS).append(sep)
                .append(BenchmarkData.restSeconds(j)).append(sep)
                .append(BenchmarkData.restRoom(j)).append(sep)
                .append(10).append(sep)
                .append(BenchmarkData.POLYGONS[BenchmarkData.polygon(j)]).append(sep)
                .append("birthday").append(sep)
                .append("bandana").append(sep)
                .append(BenchmarkData.status(j)).append(sep)
                .append("\"\"").append(sep)
                .append(SQL_TIME.format(gameEnd)).append(sep)
                .append(SQL_TIME.format(restEnd)).append(sep)
                .append(1).append(sep).append(created).append(sep)
                .append(1).append(sep).append(created).append('\n');
    }

    /**
     * Drops the exclusion constraints and the indexes that back no primary key or unique constraint of
     * {@code table}; returns the statements that create them again.
     */
    private static List<String> dropSecondaryIndexes(Connection c, String table) throws SQLException {
        List<String> create = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE conrelid = '" + table + "'::regclass AND contype = 'x'")) {
            while (rs.next()) {
                create.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                        + "FROM pg_index i WHERE i.indrelid = '" + table + "'::regclass AND NOT EXISTS "
                        + "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
            while (rs.next()) {
                create.add(rs.getString(2));
                drop.add("DROP INDEX " + rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String ddl : drop) {
                st.execute(ddl);
            }
        }
        return create;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void report(String database, long clients, long orders, long started, long clientsDone,
            long ordersDone, long analysed) {
        log.info(String.format("LOAD %s: %,d clients in %.1f s, %,d orders in %.1f s, analyse %.1f s, total %.1f s",
                database, clients, seconds(clientsDone - started), orders, seconds(ordersDone - clientsDone),
                seconds(analysed - ordersDone), seconds(analysed - started)));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
