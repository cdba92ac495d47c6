package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Turn;

/** The clients feature's buttons. */
final class Buttons {

    private Buttons() {
    }

    static Button of(Turn turn, String labelKey, ClientAction action) {
        return of(turn.t(labelKey), action);
    }

    static Button of(String label, ClientAction action) {
        return ClientCallbacks.CODEC.button(label, action);
    }

    /** "Иванов Пётр · +7 999 123-45-67", opening the card. */
    static Button client(Client client) {
        return of(client.fullName() + " · " + PhoneFormat.readable(client.phone()), new ClientAction.Card(client.id()));
    }

    static Button card(Turn turn, String labelKey, ClientId id) {
        return of(turn, labelKey, new ClientAction.Card(id));
    }

    static Button cancel(Turn turn) {
        return of(turn, "clients.button.cancel", new ClientAction.Cancel());
    }

    static Button newClient(Turn turn) {
        return of(turn, "clients.button.new", new ClientAction.New(""));
    }
}
