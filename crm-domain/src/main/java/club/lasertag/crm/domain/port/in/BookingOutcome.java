package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Refusal;

import java.time.LocalDateTime;
import java.util.List;

/** What came of booking, rescheduling or editing an order. */
public sealed interface BookingOutcome {

    /** The order as saved. */
    record Booked(Order order) implements BookingOutcome {
    }

    /**
     * Not saved, and why; with the nearest start times (club time, the same day first) at which the same game
     * would be accepted.
     */
    record Refused(Refusal reason, List<LocalDateTime> freeStarts) implements BookingOutcome {

        public Refused {
            freeStarts = List.copyOf(freeStarts);
        }
    }
}
