package club.lasertag.crm.domain.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Games are booked for later, not for the past. */
public final class StartsInFuture implements BookingPolicy {

    private final Clock clock;

    public StartsInFuture(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        Instant now = clock.instant();
        return candidate.slot().start().isBefore(now)
                ? Optional.of(new Refusal.StartsInPast(candidate.slot().start(), now))
                : Optional.empty();
    }
}
