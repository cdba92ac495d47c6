package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.order.OrderId;

import java.util.Objects;

/** A deposit, payment or refund as a manager enters it; the amount positive and bounded, the note optional. */
public record PaymentRequest(OrderId order, PaymentKind kind, Money amount, PaymentMethod method, String note) {

    public PaymentRequest {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(kind, "kind");
        Payment.requireValidAmount(amount);
        Objects.requireNonNull(method, "method");
        note = Payment.validNote(note);
    }
}
