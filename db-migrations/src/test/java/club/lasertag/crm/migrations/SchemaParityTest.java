package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two migration folders must stay in lockstep: same tables, same columns in the same order. */
class SchemaParityTest {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();

    @Test
    void sqliteAndPostgresqlHaveTheSameTablesAndColumns() throws SQLException {
        String sqliteUrl = SqliteFiles.freshUrl("parity");
        Migrations.migrate(sqliteUrl, null, null);

        SchemaSnapshot sqlite = SchemaSnapshot.of(sqliteUrl);
        SchemaSnapshot postgresql = SchemaSnapshot.of(postgres.jdbcUrl());

        assertThat(sqlite.tables()).contains("crm_clients", "crm_orders", "crm_job_runs", "crm_feed_tokens", "crm_audit_log", "crm_briefings_sent");
        assertThat(sqlite.columnsByTable()).isEqualTo(postgresql.columnsByTable());
    }
}
