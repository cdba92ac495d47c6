package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.time.Instant;
import java.time.LocalTime;

/** Why a booking cannot be made: the rule it breaks, with what a manager needs to know to fix it. */
public sealed interface Refusal {

    /** Another live order plays on the same polygon at an overlapping time. */
    record PolygonTaken(Order conflicting, Polygon polygon, Interval overlap) implements Refusal {
    }

    /** Another live order rests in the same room at an overlapping time. */
    record RestRoomTaken(Order conflicting, RestRoom room, Interval overlap) implements Refusal {
    }

    /** The game or the rest after it falls outside opening hours. */
    record OutsideOpeningHours(LocalTime opensAt, LocalTime closesAt) implements Refusal {
    }

    /** More players than the polygon takes. */
    record TooManyPlayers(Polygon polygon, int requested, int max) implements Refusal {
    }

    /** The game would start before now. */
    record StartsInPast(Instant start, Instant now) implements Refusal {
    }

    /** The order is completed, a no-show or cancelled, and can no longer be changed. */
    record OrderClosed(OrderStatus status) implements Refusal {
    }
}
