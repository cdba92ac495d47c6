package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** No two live groups in one rest room at the same time. An order without a room occupies none. */
public final class RestRoomIsFree implements BookingPolicy {

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        Optional<Interval> rest = candidate.slot().rest();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        RestRoom room = candidate.slot().restRoom();
        return neighbours.stream()
                .filter(other -> other.occupiesSlots() && !other.isSameAs(candidate))
                .filter(other -> other.slot().restRoom() == room)
                .filter(other -> other.slot().rest().filter(rest.get()::overlaps).isPresent())
                .min(Comparator.comparing(other -> other.slot().gameEnd()))
                .map(other -> new Refusal.RestRoomTaken(other, room, other.slot().rest().orElseThrow()));
    }
}
