package club.lasertag.crm.telegram.money;

import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.telegram.chat.Button;

/** The money feature's screens other features link to. */
public final class MoneyLinks {

    private MoneyLinks() {
    }

    /** An order's price, payments and balance, with buttons to take or give back money. */
    public static Button account(String label, OrderId order) {
        return MoneyCallbacks.CODEC.button(label, new MoneyAction.Account(order));
    }
}
