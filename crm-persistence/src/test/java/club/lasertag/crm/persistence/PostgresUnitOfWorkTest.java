package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Also: bookings inside units of work keep the per-day advisory lock until the unit of work commits, and the
 * retry after an exclusion violation rolls back to a savepoint instead of the whole unit of work: no deadlock.
 */
class PostgresUnitOfWorkTest extends JooqUnitOfWorkContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    JooqPorts ports() {
        return postgres.ports();
    }

    @RepeatedTest(5)
    void fiftyManagersBookingOverlappingFieldAndRoomInUnitsOfWorkGetOneOrderWithoutADeadlock() {
        ClientId client = ports().clients().add(aClient().build()).id();
        String application = "crm-uow-race-" + System.nanoTime();
        String url = postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=" + application;
        long deadlocksBefore = postgres.deadlocks();

        List<SaveAttempt> attempts;
        try (HikariDataSource pool = DataSources.postgresql(url, null, null)) {
            JooqPorts ports = JooqPorts.create(pool, SQLDialect.POSTGRES);
            attempts = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bookConcurrently(ports, 50, i -> anOrder()
                    .client(client)
                    .start(at("12:00").plus(Duration.ofMinutes(i % 45)))
                    .rest(RestRoom.ROOM_1, 60)
                    .build()));
        }

        assertOneWinner(attempts, client);
        postgres.awaitNoBackendsOf(application);
        assertThat(postgres.deadlocks()).as("deadlocks in the test database").isEqualTo(deadlocksBefore);
    }
}
