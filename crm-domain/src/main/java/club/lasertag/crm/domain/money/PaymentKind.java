package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.Coded;

/** A deposit or a payment brings money in; a refund gives it back. */
public enum PaymentKind implements Coded {
    DEPOSIT, PAYMENT, REFUND;

    public boolean isRefund() {
        return this == REFUND;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static PaymentKind ofCode(String code) {
        return Coded.parse(PaymentKind.class, "kind", code);
    }
}
