package club.lasertag.crm.domain.order;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Every booking rule, checked in a fixed order so the first refusal is the most useful one. */
public final class BookingRules implements BookingPolicy {

    private final List<BookingPolicy> policies;

    public BookingRules(ClubRules rules, Clock clock) {
        this.policies = List.of(
                new StartsInFuture(clock),
                new WithinOpeningHours(rules),
                new PlayersWithinLimit(rules),
                new PolygonIsFree(),
                new RestRoomIsFree());
    }

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        return policies.stream()
                .map(policy -> policy.check(candidate, neighbours))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
