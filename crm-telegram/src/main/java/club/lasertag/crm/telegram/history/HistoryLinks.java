package club.lasertag.crm.telegram.history;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.telegram.chat.Button;

/** The history feature's screens other features link to. */
public final class HistoryLinks {

    private HistoryLinks() {
    }

    /** An order's changes, its price and payments included, the latest first. */
    public static Button order(String label, OrderId order) {
        return HistoryCallbacks.CODEC.button(label, new HistoryAction.OfOrder(order, 0));
    }

    /** A client's changes, the latest first. */
    public static Button client(String label, ClientId client) {
        return HistoryCallbacks.CODEC.button(label, new HistoryAction.OfClient(client, 0));
    }
}
