package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class DataSourcesTest {

    @Test
    void sqliteFileIsCreatedWithItsParentDirectories() throws SQLException {
        Path file = Path.of("target", "sqlite-tests", UUID.randomUUID().toString(), "nested", "crm.db");

        DataSource dataSource = DataSources.open("jdbc:sqlite:" + file, null, null);
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void sqliteConnectionsEnforceForeignKeysUseWalAndWaitWhenBusy() throws SQLException {
        DataSource dataSource = DataSources.sqlite(Path.of("target", "sqlite-tests", UUID.randomUUID() + ".db"));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThat(pragma(st, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(st, "busy_timeout")).isEqualTo("10000");
        }
    }

    @Test
    void sqliteTransactionsTakeTheWriteLockUpFront() throws SQLException {
        DataSource dataSource = DataSources.sqlite(Path.of("target", "sqlite-tests", UUID.randomUUID() + ".db"));
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.createStatement().execute("CREATE TABLE t (x integer)");
            first.setAutoCommit(false);
            first.createStatement().executeQuery("SELECT count(*) FROM t").close(); // a read starts BEGIN IMMEDIATE

            second.createStatement().execute("PRAGMA busy_timeout = 0");
            assertThatThrownBy(() -> second.createStatement().execute("INSERT INTO t VALUES (1)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("locked");
            first.rollback();
        }
    }

    @Test
    void dialectFollowsTheUrl() {
        assertThat(DataSources.dialect("jdbc:sqlite:crm.db")).isEqualTo(SQLDialect.SQLITE);
        assertThat(DataSources.dialect("jdbc:postgresql://localhost/crm")).isEqualTo(SQLDialect.POSTGRES);
    }

    @Test
    void rejectsUnsupportedUrls() {
        assertThatThrownBy(() -> DataSources.open("jdbc:mysql://localhost/crm", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql");
        assertThatThrownBy(() -> DataSources.open("jdbc:sqlite::memory:", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String pragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
