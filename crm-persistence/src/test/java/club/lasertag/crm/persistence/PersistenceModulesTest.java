package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.migrations.Migrations;
import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PersistenceModulesTest {

    @Test
    void sqliteModuleWiresEveryPortOnOneFileAndTouchesNothingUntilAsked() {
        Path file = Path.of("target", "sqlite-tests", "module-" + UUID.randomUUID(), "crm.db");

        Injector injector = Guice.createInjector(new SqlitePersistenceModule(file));
        assertThat(file.getParent()).as("creating the injector opens nothing").doesNotExist();

        Migrations.migrate(injector.getInstance(DataSource.class));
        assertThat(Files.exists(file)).isTrue();
        assertWired(injector, SQLDialect.SQLITE);
    }

    @Nested
    class Postgres {

        @RegisterExtension
        static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();

        @Test
        void postgresModuleWiresEveryPortOnAPool() {
            Injector injector = Guice.createInjector(new PostgresPersistenceModule(postgres.jdbcUrl(), null, null));
            try {
                assertWired(injector, SQLDialect.POSTGRES);
            } finally {
                DataSources.close(injector.getInstance(DataSource.class));
            }
        }
    }

    private static void assertWired(Injector injector, SQLDialect dialect) {
        assertThat(injector.getInstance(DSLContext.class).dialect()).isEqualTo(dialect);
        assertThat(injector.getInstance(DataSource.class)).isSameAs(injector.getInstance(DataSource.class));
        assertThat(injector.getInstance(Clients.class)).isInstanceOf(JooqClients.class)
                .isSameAs(injector.getInstance(Clients.class));
        assertThat(injector.getInstance(Orders.class)).isInstanceOf(JooqOrders.class);
        assertThat(injector.getInstance(Staff.class)).isInstanceOf(JooqStaff.class);
        assertThat(injector.getInstance(DialogStates.class)).isInstanceOf(JooqDialogStates.class);
        assertThat(injector.getInstance(ProcessedUpdates.class)).isInstanceOf(JooqProcessedUpdates.class);
        assertThat(injector.getInstance(club.lasertag.crm.chat.outbox.Outbox.class)).isInstanceOf(JooqOutbox.class);
        assertThat(injector.getInstance(club.lasertag.crm.chat.tx.UnitOfWork.class)).isInstanceOf(JooqUnitOfWork.class);

        Client client = injector.getInstance(Clients.class).add(aClient().build());
        assertThat(injector.getInstance(Clients.class).byId(client.id())).contains(client);
    }
}
