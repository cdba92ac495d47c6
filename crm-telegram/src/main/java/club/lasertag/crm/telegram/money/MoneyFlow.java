package club.lasertag.crm.telegram.money;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Flow;
import club.lasertag.crm.telegram.chat.FlowStep;

/** The money feature's one-question dialogs: an amount (and note) for a payment, a new total and reason, a price. */
enum MoneyFlow implements Flow {
    PAYMENT("money.pay", Permission.MANAGE_PAYMENTS),
    OVERRIDE("money.override", Permission.MANAGE_PAYMENTS),
    PRICE("money.price", Permission.EDIT_PRICES);

    private final String code;
    private final Permission permission;

    MoneyFlow(String code, Permission permission) {
        this.code = code;
        this.permission = permission;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** Each flow asks one thing. */
    enum Step implements FlowStep {
        AMOUNT("amount");

        private final String code;

        Step(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
