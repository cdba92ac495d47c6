package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.Coded;

/** Where an order stands with its money, derived from its total and its payments ({@link OrderBalance#status()}). */
public enum PaymentStatus implements Coded {
    /** Nothing taken. */
    UNPAID,
    /** Some taken, less than the total. */
    DEPOSIT,
    /** The total taken (or more). */
    PAID,
    /** Money was taken and all of it given back. */
    REFUNDED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
