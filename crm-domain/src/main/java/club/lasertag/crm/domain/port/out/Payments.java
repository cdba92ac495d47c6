package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.order.OrderId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Outgoing port: the payments of orders; added, never changed or deleted. */
public interface Payments {

    /** Stores a new payment and gives it an id. */
    Payment add(Payment payment);

    /** An order's payments, the earliest first. */
    List<Payment> ofOrder(OrderId order);

    /** The payments of these orders, each order's the earliest first; orders without payments are absent. */
    Map<OrderId, List<Payment>> ofOrders(Collection<OrderId> orders);
}
