package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: change anything of an open order; the booking rules apply as to a new one. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}.
 */
public interface EditOrder {

    BookingOutcome edit(OrderId id, BookingRequest changed, StaffId by);
}
