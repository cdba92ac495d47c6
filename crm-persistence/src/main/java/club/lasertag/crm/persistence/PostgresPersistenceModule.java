package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The CRM's storage in PostgreSQL: a pooled {@link DataSource} (close it with {@link DataSources#close} when the
 * application stops), a thread-bound {@link DSLContext} and the domain's and the chat's outgoing ports, a unit of work and the outbox. Creating the module touches
 * nothing; the pool starts when the data source is first provided. Migrate explicitly at start-up:
 * {@code Migrations.migrate(injector.getInstance(DataSource.class))}.
 */
public final class PostgresPersistenceModule extends AbstractModule {

    private final String url;
    private final String user;
    private final String password;

    /**
     * @param url      {@code jdbc:postgresql://host:port/database}
     * @param user     may be null (credentials inside the URL)
     * @param password may be null
     */
    public PostgresPersistenceModule(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        if (DataSources.dialect(url) != SQLDialect.POSTGRES) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        this.user = user;
        this.password = password;
    }

    @Override
    protected void configure() {
        install(new PortsModule());
    }

    @Provides
    @Singleton
    DataSource dataSource() {
        return DataSources.postgresql(url, user, password, DataSources.FAIL_FAST_CONNECTION_TIMEOUT);
    }

    /** Which instance runs each scheduled job: close it at stop (before the data source). */
    @Provides
    @Singleton
    JobLeases jobLeases() {
        return DataSources.jobLeases(url, user, password);
    }

    @Provides
    @Singleton
    DatabaseBackups backups() {
        return new PostgresBackups();
    }

    @Provides
    @Singleton
    DSLContext dsl(DataSource dataSource) {
        return JooqPorts.threadBound(dataSource, SQLDialect.POSTGRES);
    }
}
