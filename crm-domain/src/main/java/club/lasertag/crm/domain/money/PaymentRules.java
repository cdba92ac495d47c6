package club.lasertag.crm.domain.money;

import java.util.Optional;

/** Whether a payment may be recorded against an order's balance: a refund never exceeds what the club holds. */
public final class PaymentRules {

    private PaymentRules() {
    }

    /** Why the payment is refused, or empty when it may be recorded. */
    public static Optional<PaymentRefusal> check(OrderBalance balance, PaymentKind kind, Money amount) {
        if (kind.isRefund() && amount.isGreaterThan(balance.paid())) {
            return Optional.of(new PaymentRefusal.RefundExceedsPaid(amount, balance.paid()));
        }
        return Optional.empty();
    }
}
