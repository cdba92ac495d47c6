package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
}
