package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Turn;

/** The clients feature's buttons, and the other features' buttons it shows (by the agreed callback data). */
final class Buttons {

    static final String PREFIX = "cl";

    private Buttons() {
    }

    static Button of(Turn turn, String labelKey, String action, Object... args) {
        return Callback.button(turn.t(labelKey), PREFIX, action, args);
    }

    /** "Иванов Пётр · +7 999 123-45-67", opening the card. */
    static Button client(Client client) {
        return Callback.button(client.fullName() + " · " + PhoneFormat.readable(client.phone()), PREFIX, "card",
                client.id().value());
    }

    static Button card(Turn turn, String labelKey, ClientId id) {
        return of(turn, labelKey, "card", id.value());
    }

    static Button cancel(Turn turn) {
        return of(turn, "clients.button.cancel", "cancel");
    }

    static Button newClient(Turn turn) {
        return of(turn, "clients.button.new", "new");
    }

    /** The orders feature's booking dialog for this client. */
    static Button book(Turn turn, ClientId id) {
        return Callback.button(turn.t("clients.button.book"), "or", "new", id.value());
    }

    /** The orders feature's history of this client, from its first page. */
    static Button history(Turn turn, ClientId id) {
        return Callback.button(turn.t("clients.button.history"), "or", "hist", id.value(), 0);
    }

    /** The orders feature's card of an order. */
    static Button order(String label, long orderId) {
        return Callback.button(label, "or", "card", orderId);
    }
}
