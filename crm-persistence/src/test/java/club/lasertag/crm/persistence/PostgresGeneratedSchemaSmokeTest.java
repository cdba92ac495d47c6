package club.lasertag.crm.persistence;

import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresGeneratedSchemaSmokeTest extends GeneratedSchemaSmokeTest {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();

    private HikariDataSource dataSource;
    private DSLContext db;

    @BeforeEach
    void connect() {
        dataSource = DataSources.postgresql(postgres.jdbcUrl(), null, null);
        db = DSL.using(dataSource, DataSources.dialect(postgres.jdbcUrl()));
        db.truncate(club.lasertag.crm.persistence.jooq.Tables.CRM_ORDERS,
                club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS).restartIdentity().cascade().execute();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Override
    DSLContext db() {
        return db;
    }
}
