package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentRefusal;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: record money taken or given back for an order, and override an order's total with a reason. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_PAYMENTS}. Audited.
 */
public interface RecordPayment {

    PaymentOutcome record(PaymentRequest request, StaffId by);

    /** Sets the order's total to {@code total} instead of the computed price, saying why. */
    OrderAccount overridePrice(OrderId order, Money total, String reason, StaffId by);

    sealed interface PaymentOutcome {

        record Recorded(Payment payment, OrderAccount account) implements PaymentOutcome {
        }

        record Refused(PaymentRefusal reason, OrderAccount account) implements PaymentOutcome {
        }
    }
}
