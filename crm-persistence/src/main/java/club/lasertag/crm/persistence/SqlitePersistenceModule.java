package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The CRM's storage in a SQLite file: a {@link DataSource}, a thread-bound {@link DSLContext} and the domain's and
 * the chat's outgoing ports, a unit of work and the outbox. Creating the module touches nothing; the file is opened when the data source is first provided.
 * Migrate explicitly at start-up: {@code Migrations.migrate(injector.getInstance(DataSource.class))}.
 */
public final class SqlitePersistenceModule extends AbstractModule {

    private final Path file;

    public SqlitePersistenceModule(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    protected void configure() {
        install(new PortsModule());
    }

    @Provides
    @Singleton
    DataSource dataSource() {
        return DataSources.sqlite(file);
    }

    /** Which instance runs each scheduled job: close it at stop (before the data source). */
    @Provides
    @Singleton
    JobLeases jobLeases() {
        return DataSources.jobLeases("jdbc:sqlite:" + file, null, null);
    }

    @Provides
    @Singleton
    DatabaseBackups backups(DataSource dataSource) {
        return new SqliteBackups(dataSource);
    }

    @Provides
    @Singleton
    DSLContext dsl(DataSource dataSource) {
        return JooqPorts.threadBound(dataSource, SQLDialect.SQLITE);
    }
}
