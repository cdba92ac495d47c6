package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V10: a second phone may be shared, the main phone stays unique, on both databases, even on a database that
 * (from an older tool) had made the second phone unique before V10 ran.
 */
class SharedSecondPhoneMigrationTest {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.empty();

    @Test
    void postgresqlDropsAnOlderUniqueSecondPhoneAndKeepsTheMainPhoneUnique() throws SQLException {
        migrateBefore(DatabaseKind.POSTGRESQL, postgres.jdbcUrl(), "10");
        try (Connection connection = postgres.connect(); Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE crm_clients ADD CONSTRAINT old_bot_secondphone UNIQUE (secondphone)");
            st.execute("CREATE UNIQUE INDEX old_bot_secondphone_index ON crm_clients (secondphone)");
        }

        Migrations.migrate(postgres.jdbcUrl(), null, null);

        try (Connection connection = postgres.connect(); Statement st = connection.createStatement()) {
            assertSharedSecondPhoneAndUniqueMainPhone(st);
        }
    }

    @Test
    void sqliteDropsAnOlderUniqueSecondPhoneAndKeepsTheMainPhoneUnique() throws SQLException {
        String url = SqliteFiles.freshUrl("shared-second-phone");
        migrateBefore(DatabaseKind.SQLITE, url, "10");
        try (Connection connection = DriverManager.getConnection(url); Statement st = connection.createStatement()) {
            st.execute("CREATE UNIQUE INDEX crm_clients_secondphone_key ON crm_clients (secondphone)");
        }

        Migrations.migrate(url, null, null);

        try (Connection connection = DriverManager.getConnection(url); Statement st = connection.createStatement()) {
            assertSharedSecondPhoneAndUniqueMainPhone(st);
        }
    }

    private static void assertSharedSecondPhoneAndUniqueMainPhone(Statement st) throws SQLException {
        st.execute("INSERT INTO crm_clients (name, phone, secondphone) VALUES ('Гоша', '+79990000001', '+79991234567')");
        st.execute("INSERT INTO crm_clients (name, phone, secondphone) VALUES ('Аня', '+79990000002', '+79991234567')");
        st.execute("INSERT INTO crm_clients (name, phone) VALUES ('Ольга', '+79991234567')");
        assertThatThrownBy(() -> st.execute("INSERT INTO crm_clients (name, phone) VALUES ('Ещё', '+79991234567')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("phone");
    }

    /** Migrates to the last version before {@code version}, whichever that is now. */
    private static void migrateBefore(DatabaseKind kind, String url, String version) {
        MigrationVersion before = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(flyway(kind, url).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(candidate -> candidate.compareTo(before) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        flyway(kind, url).target(last).load().migrate();
        assertThat(flyway(kind, url).load().info().current().getVersion()).isEqualTo(last);
    }

    private static FluentConfiguration flyway(DatabaseKind kind, String url) {
        return Flyway.configure().locations(kind.migrationLocation()).dataSource(url, null, null);
    }
}
