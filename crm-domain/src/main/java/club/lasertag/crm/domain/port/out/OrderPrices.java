package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.order.OrderId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: the price stored with each order. Orders booked before prices existed have none. */
public interface OrderPrices {

    Optional<OrderPrice> of(OrderId order);

    /** The prices of these orders that have one. */
    Map<OrderId, OrderPrice> of(Collection<OrderId> orders);

    /** Stores or replaces the order's price. */
    void save(OrderId order, OrderPrice price);
}
