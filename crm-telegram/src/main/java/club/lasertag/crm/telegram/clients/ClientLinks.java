package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.telegram.chat.Button;

/** The clients feature's screens other features link to. */
public final class ClientLinks {

    private ClientLinks() {
    }

    /** A client's card. */
    public static Button card(String label, ClientId id) {
        return ClientCallbacks.CODEC.button(label, new ClientAction.Card(id));
    }

    /** Adding a client, pre-filled with what was typed when it fits in the button (one line, 64 bytes). */
    public static Button newClient(String label, String typed) {
        ClientAction.New prefilled = new ClientAction.New(typed.strip());
        boolean fits = !typed.isBlank() && !typed.contains("\n") && ClientCallbacks.CODEC.fits(prefilled);
        return ClientCallbacks.CODEC.button(label, fits ? prefilled : new ClientAction.New(""));
    }
}
