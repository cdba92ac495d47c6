package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.out.OrderPrices;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OrderPrices} in memory, for tests. */
public final class InMemoryOrderPrices implements OrderPrices {

    private final Map<OrderId, OrderPrice> prices = new ConcurrentHashMap<>();

    @Override
    public Optional<OrderPrice> of(OrderId order) {
        return Optional.ofNullable(prices.get(order));
    }

    @Override
    public Map<OrderId, OrderPrice> of(Collection<OrderId> orders) {
        Map<OrderId, OrderPrice> found = new LinkedHashMap<>();
        orders.forEach(id -> of(id).ifPresent(price -> found.put(id, price)));
        return found;
    }

    @Override
    public void save(OrderId order, OrderPrice price) {
        prices.put(order, price);
    }
}
