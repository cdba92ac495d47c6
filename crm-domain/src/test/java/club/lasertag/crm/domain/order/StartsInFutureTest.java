package club.lasertag.crm.domain.order;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class StartsInFutureTest {

    private static final Instant NOW = Instant.parse("2030-06-15T12:00:00Z");
    private final StartsInFuture policy = new StartsInFuture(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void nowOrLaterIsFine() {
        assertThat(policy.check(anOrder().start(NOW).build(), List.of())).isEmpty();
        assertThat(policy.check(anOrder().start(NOW.plusSeconds(60)).build(), List.of())).isEmpty();
    }

    @Test
    void thePastIsRefused() {
        Instant start = NOW.minusSeconds(1);

        assertThat(policy.check(anOrder().start(start).build(), List.of())).contains(new Refusal.StartsInPast(start, NOW));
    }
}
