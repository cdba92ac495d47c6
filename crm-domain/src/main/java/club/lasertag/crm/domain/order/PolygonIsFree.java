package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** No two live games on one polygon at the same time. */
public final class PolygonIsFree implements BookingPolicy {

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        Interval game = candidate.slot().game();
        return neighbours.stream()
                .filter(other -> other.occupiesSlots() && !other.isSameAs(candidate))
                .filter(other -> other.slot().polygon() == candidate.slot().polygon())
                .filter(other -> other.slot().game().overlaps(game))
                .min(Comparator.comparing(other -> other.slot().start()))
                .map(other -> new Refusal.PolygonTaken(other, candidate.slot().polygon(), other.slot().game()));
    }
}
