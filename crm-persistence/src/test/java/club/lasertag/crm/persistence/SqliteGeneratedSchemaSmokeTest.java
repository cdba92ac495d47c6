package club.lasertag.crm.persistence;

import club.lasertag.crm.migrations.Migrations;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;

class SqliteGeneratedSchemaSmokeTest extends GeneratedSchemaSmokeTest {

    private DSLContext db;

    @BeforeEach
    void migrateAFreshFile() {
        String url = "jdbc:sqlite:" + Path.of("target", "sqlite-tests", "smoke-" + UUID.randomUUID() + ".db");
        DataSource dataSource = DataSources.open(url, null, null);
        Migrations.migrate(dataSource);
        db = DSL.using(dataSource, DataSources.dialect(url));
    }

    @Override
    DSLContext db() {
        return db;
    }
}
