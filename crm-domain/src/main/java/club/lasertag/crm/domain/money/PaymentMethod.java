package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.Coded;

/** How money changed hands. */
public enum PaymentMethod implements Coded {
    CASH, CARD, TRANSFER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static PaymentMethod ofCode(String code) {
        return Coded.parse(PaymentMethod.class, "method", code);
    }
}
