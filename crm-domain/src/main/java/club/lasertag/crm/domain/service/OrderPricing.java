package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.money.PricingPolicy;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.PriceLists;

import java.time.ZoneId;
import java.util.Optional;

/** Prices orders by the current price list and stores the price with the order. */
final class OrderPricing {

    private final PriceLists priceLists;
    private final OrderPrices orderPrices;
    private final PricingPolicy policy;

    OrderPricing(PriceLists priceLists, OrderPrices orderPrices, ZoneId zone) {
        this.priceLists = priceLists;
        this.orderPrices = orderPrices;
        this.policy = new PricingPolicy(zone);
    }

    PriceBreakdown compute(Order order) {
        return policy.price(priceLists.current(), order);
    }

    /** Computes the saved order's price afresh (a manager's override does not survive a change) and stores it. */
    OrderPrice recompute(Order saved) {
        OrderPrice price = OrderPrice.computed(compute(saved));
        orderPrices.save(saved.requireId(), price);
        return price;
    }

    Optional<OrderPrice> stored(OrderId id) {
        return orderPrices.of(id);
    }
}
