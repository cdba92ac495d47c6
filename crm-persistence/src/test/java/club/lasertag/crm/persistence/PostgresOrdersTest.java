package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Also: the retry after PostgreSQL's exclusion constraints reject the loser of a booking race. */
class PostgresOrdersTest extends OrdersContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Orders orders() {
        return postgres.ports().orders();
    }

    @Override
    Clients clients() {
        return postgres.ports().clients();
    }

    @Test
    void aBookingThatLostTheRaceIsCheckedAgainAndRefusedWithTheWinner() {
        Order winner = saved(order().start(at("12:00")));
        // a stale first check (as if the winner had not committed yet), then the real rules
        AtomicInteger checks = new AtomicInteger();
        BookingPolicy staleOnce = (candidate, neighbours) ->
                checks.getAndIncrement() == 0 ? Optional.empty() : rules.check(candidate, neighbours);

        SaveAttempt attempt = orders().saveIfAllowed(order().start(at("12:30")).build(), staleOnce);

        assertThat(checks).hasValue(2);
        assertThat(attempt).isInstanceOfSatisfying(SaveAttempt.Refused.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(Refusal.PolygonTaken.class, taken -> assertThat(taken.conflicting()).isEqualTo(winner)));
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(winner);
    }

    /**
     * Games a minute apart on one polygon, each followed by rest room 1: every pair overlaps on the field and in
     * the room, so without serialising the bookings they wait on each other in the two exclusion constraints and
     * PostgreSQL aborts one as a deadlock ({@code pg_stat_database.deadlocks} counts those, as the server log does).
     */
    @RepeatedTest(10)
    void fiftyManagersBookingOverlappingFieldAndRoomGetOneOrderWithoutADeadlock() {
        String application = "crm-booking-race-" + System.nanoTime();
        String url = postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=" + application;
        long deadlocksBefore = postgres.deadlocks();

        List<SaveAttempt> attempts;
        try (HikariDataSource pool = DataSources.postgresql(url, null, null)) {
            Orders orders = JooqPorts.create(DSL.using(pool, SQLDialect.POSTGRES)).orders();
            attempts = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> concurrently(orders, 50, i -> order()
                    .start(at("12:00").plus(Duration.ofMinutes(i % 45)))
                    .rest(RestRoom.ROOM_1, 60)
                    .build()));
        }

        List<Order> saved = savedOrders(attempts);
        assertThat(saved).hasSize(1);
        Order winner = saved.get(0);
        assertThat(attempts).filteredOn(SaveAttempt.Refused.class::isInstance)
                .extracting(attempt -> ((SaveAttempt.Refused) attempt).refusal())
                .hasSize(49)
                .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Refusal.PolygonTaken.class,
                        taken -> assertThat(taken.conflicting().id()).isEqualTo(winner.id())));
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(winner);
        // a backend reports its statistics at the latest when it exits: wait for the pool's to be gone
        postgres.awaitNoBackendsOf(application);
        assertThat(postgres.deadlocks()).as("deadlocks in the test database").isEqualTo(deadlocksBefore);
    }
}
