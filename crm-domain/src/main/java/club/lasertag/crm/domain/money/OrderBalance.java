package club.lasertag.crm.domain.money;

import java.util.List;
import java.util.Objects;

/**
 * An order's money at a glance: its total, what was taken in (deposits and payments), what was given back.
 */
public record OrderBalance(Money total, Money received, Money refunded) {

    public OrderBalance {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(refunded, "refunded");
        if (refunded.isGreaterThan(received)) {
            throw new IllegalArgumentException("refunded " + refunded + " exceeds received " + received);
        }
    }

    public static OrderBalance of(Money total, List<Payment> payments) {
        Money received = Money.ZERO;
        Money refunded = Money.ZERO;
        for (Payment payment : payments) {
            if (payment.kind().isRefund()) {
                refunded = refunded.plus(payment.amount());
            } else {
                received = received.plus(payment.amount());
            }
        }
        return new OrderBalance(total, received, refunded);
    }

    /** Received less refunded: what the club holds for the order. */
    public Money paid() {
        return received.minusAtMostToZero(refunded);
    }

    /** What the client still owes; zero once paid in full (an overpayment is shown by {@link #paid()}). */
    public Money due() {
        return total.minusAtMostToZero(paid());
    }

    public PaymentStatus status() {
        if (paid().isZero()) {
            return refunded.isZero() ? PaymentStatus.UNPAID : PaymentStatus.REFUNDED;
        }
        return paid().compareTo(total) >= 0 ? PaymentStatus.PAID : PaymentStatus.DEPOSIT;
    }
}
