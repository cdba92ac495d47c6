package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.out.Payments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** {@link Payments} in memory, for tests. */
public final class InMemoryPayments implements Payments {

    private final List<Payment> payments = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Payment add(Payment payment) {
        Payment saved = payment.withId(new PaymentId(ids.incrementAndGet()));
        payments.add(saved);
        return saved;
    }

    @Override
    public List<Payment> ofOrder(OrderId order) {
        return payments.stream().filter(payment -> payment.order().equals(order)).toList();
    }

    @Override
    public Map<OrderId, List<Payment>> ofOrders(Collection<OrderId> orders) {
        return payments.stream().filter(payment -> orders.contains(payment.order()))
                .collect(Collectors.groupingBy(Payment::order));
    }
}
