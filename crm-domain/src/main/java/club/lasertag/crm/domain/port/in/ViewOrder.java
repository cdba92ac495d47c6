package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.OrderId;

/** Use case: one order's card. Throws {@link club.lasertag.crm.domain.common.NotFound} for an unknown id. */
public interface ViewOrder {

    ScheduledGame order(OrderId id);
}
