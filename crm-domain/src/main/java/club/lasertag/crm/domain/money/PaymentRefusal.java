package club.lasertag.crm.domain.money;

/** Why a payment was not recorded. */
public sealed interface PaymentRefusal {

    /** A refund of {@code asked} while the club holds only {@code paid} for the order. */
    record RefundExceedsPaid(Money asked, Money paid) implements PaymentRefusal {
    }
}
