package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.telegram.chat.Button;

/** The orders feature's screens other features link to. */
public final class OrderLinks {

    private OrderLinks() {
    }

    /** An order's card. */
    public static Button card(String label, OrderId order) {
        return OrderCallbacks.CODEC.button(label, new OrderAction.Card(order));
    }

    /** Confirms a new order (its card then shows). */
    public static Button confirm(String label, OrderId order) {
        return OrderCallbacks.CODEC.button(label, new OrderAction.SetStatus(order, OrderStatus.CONFIRMED));
    }

    /** Asks whether to cancel an order. */
    public static Button cancel(String label, OrderId order) {
        return OrderCallbacks.CODEC.button(label, new OrderAction.Cancel(order, false));
    }

    /** The booking dialog for a client already chosen. */
    public static Button book(String label, ClientId client) {
        return OrderCallbacks.CODEC.button(label, new OrderAction.Book(client));
    }

    /** A client's orders, from the latest. */
    public static Button history(String label, ClientId client) {
        return OrderCallbacks.CODEC.button(label, new OrderAction.History(client, 0));
    }
}
