package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.port.out.Orders;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link Orders} in memory, for tests; saves are serialised, which makes them race-safe. */
public final class InMemoryOrders implements Orders {

    private static final Comparator<Order> BY_START = Comparator
            .comparing((Order order) -> order.slot().start())
            .thenComparing(order -> order.requireId().value());

    private final Map<Long, Order> orders = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Optional<Order> byId(OrderId id) {
        return Optional.ofNullable(orders.get(id.value()));
    }

    @Override
    public List<Order> occupyingBetween(Instant from, Instant to) {
        Interval window = new Interval(from, to);
        return orders.values().stream()
                .filter(Order::occupiesSlots)
                .filter(order -> order.slot().visit().overlaps(window))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<Instant> startsBetween(Instant from, Instant to) {
        Interval window = new Interval(from, to);
        return orders.values().stream()
                .filter(Order::occupiesSlots)
                .map(order -> order.slot().start())
                .filter(window::contains)
                .sorted()
                .toList();
    }

    @Override
    public List<Order> startingBetween(Instant from, Instant to) {
        Interval window = new Interval(from, to);
        return orders.values().stream()
                .filter(order -> window.contains(order.slot().start()))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<Order> ofClient(ClientId clientId, Page page) {
        return orders.values().stream()
                .filter(order -> order.clientId().equals(Optional.of(clientId)))
                .sorted(BY_START.reversed())
                .skip(page.offset())
                .limit(page.limit())
                .toList();
    }

    @Override
    public List<Order> upcomingOfClient(ClientId clientId, Instant from) {
        return orders.values().stream()
                .filter(order -> order.clientId().equals(Optional.of(clientId)))
                .filter(Order::occupiesSlots)
                .filter(order -> !order.slot().start().isBefore(from))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public synchronized SaveAttempt saveIfAllowed(Order candidate, BookingPolicy policy) {
        List<Order> neighbours = occupyingBetween(candidate.slot().start(), candidate.slot().end()).stream()
                .filter(other -> !other.isSameAs(candidate))
                .toList();
        Optional<Refusal> refusal = policy.check(candidate, neighbours);
        if (refusal.isPresent()) {
            return new SaveAttempt.Refused(refusal.get());
        }
        return new SaveAttempt.Saved(store(candidate));
    }

    @Override
    public synchronized Order update(Order order) {
        if (!orders.containsKey(order.requireId().value())) {
            throw new IllegalArgumentException("no such order: " + order.requireId());
        }
        return store(order);
    }

    /** Drops the client from their orders, as the database's ON DELETE SET NULL does. */
    public synchronized void forgetClient(ClientId clientId) {
        orders.replaceAll((id, order) -> order.clientId().equals(Optional.of(clientId)) ? order.withoutClient() : order);
    }

    public List<Order> all() {
        return List.copyOf(orders.values());
    }

    private Order store(Order order) {
        Order saved = order.id().isPresent() ? order : order.withId(new OrderId(ids.incrementAndGet()));
        orders.put(saved.requireId().value(), saved);
        return saved;
    }
}
