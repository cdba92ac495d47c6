package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @Test
    void recognisesTheTwoSupportedSchemes() {
        assertThat(DatabaseKind.fromJdbcUrl("jdbc:postgresql://localhost/crm")).contains(DatabaseKind.POSTGRESQL);
        assertThat(DatabaseKind.fromJdbcUrl("jdbc:sqlite:data/crm.db")).contains(DatabaseKind.SQLITE);
        assertThat(DatabaseKind.fromJdbcUrl("JDBC:SQLITE:crm.db")).contains(DatabaseKind.SQLITE);
    }

    @Test
    void rejectsEverythingElse() {
        assertThat(DatabaseKind.fromJdbcUrl("jdbc:mysql://localhost/crm")).isEmpty();
        assertThat(DatabaseKind.fromJdbcUrl("")).isEmpty();
        assertThat(DatabaseKind.fromJdbcUrl(null)).isEmpty();
    }

    @Test
    void eachKindHasItsOwnMigrationFolder() {
        assertThat(DatabaseKind.POSTGRESQL.migrationLocation()).isEqualTo("classpath:db/migration/postgresql");
        assertThat(DatabaseKind.SQLITE.migrationLocation()).isEqualTo("classpath:db/migration/sqlite");
    }
}
