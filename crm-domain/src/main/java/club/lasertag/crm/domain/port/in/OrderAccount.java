package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.order.OrderId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An order's money: its stored price (none for orders booked before prices), its payments and its balance. */
public record OrderAccount(OrderId order, Optional<OrderPrice> price, List<Payment> payments) {

    public OrderAccount {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(price, "price");
        payments = List.copyOf(payments);
    }

    public OrderBalance balance() {
        return OrderBalance.of(price.map(OrderPrice::total).orElse(Money.ZERO), payments);
    }
}
