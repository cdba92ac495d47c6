package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: one order's card. Throws {@link club.lasertag.crm.domain.common.NotFound} for an unknown id. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}.
 */
public interface ViewOrder {

    ScheduledGame order(OrderId id, StaffId by);
}
