package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.common.Actor;
import club.lasertag.crm.domain.order.OrderId;

/** Use case: change anything of an open order; the booking rules apply as to a new one. */
public interface EditOrder {

    BookingOutcome edit(OrderId id, BookingRequest changed, Actor by);
}
