package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.Collection;
import java.util.Map;

/**
 * Use case: an order's price, payments and balance; the balances of a day's orders. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_PAYMENTS}.
 */
public interface ViewOrderMoney {

    OrderAccount account(OrderId order, StaffId by);

    /** Every given order's balance (zero total for an order without a price). */
    Map<OrderId, OrderBalance> balances(Collection<OrderId> orders, StaffId by);
}
