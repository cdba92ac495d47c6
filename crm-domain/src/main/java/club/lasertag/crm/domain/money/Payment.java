package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money taken for an order or given back: a deposit, a payment or a refund; how; who recorded it and when; a note.
 * Payments are never changed or deleted: a mistake is corrected by a refund.
 */
public record Payment(Optional<PaymentId> id, OrderId order, PaymentKind kind, Money amount, PaymentMethod method,
        StaffId by, Instant at, String note) {

    /** No single payment is larger (10,000,000.00): a bound for typing errors. */
    public static final Money MAX_AMOUNT = Money.of(10_000_000);
    public static final int NOTE_MAX = 200;

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(kind, "kind");
        requireValidAmount(amount);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = validNote(note);
    }

    /** Positive and at most {@link #MAX_AMOUNT}; else an {@link InvalidInput} naming "amount". */
    public static Money requireValidAmount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new InvalidInput("amount", InvalidInput.Problem.NOT_POSITIVE, amount);
        }
        if (amount.isGreaterThan(MAX_AMOUNT)) {
            throw new InvalidInput("amount", InvalidInput.Problem.OUT_OF_RANGE, amount, Money.ofMinor(1), MAX_AMOUNT);
        }
        return amount;
    }

    public static String validNote(String typed) {
        return Text.optional("note", typed, NOTE_MAX);
    }

    public Payment withId(PaymentId newId) {
        return new Payment(Optional.of(newId), order, kind, amount, method, by, at, note);
    }
}
