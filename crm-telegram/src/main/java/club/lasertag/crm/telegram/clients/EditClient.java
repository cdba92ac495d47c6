package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changing a client one field at a time: a menu of fields, one question (what to type, or a button that clears
 * an optional field), then the card again. The dialog state holds the client and the field.
 */
final class EditClient {

    private static final String CLIENT = "id";

    private final ClientUseCases useCases;
    private final ClientCard cards;

    EditClient(ClientUseCases useCases, ClientCard cards) {
        this.useCases = useCases;
        this.cards = cards;
    }

    void menu(Turn turn, ClientId id) {
        Client client = useCases.findClients().byId(id, turn.actor());
        List<Button> fields = Arrays.stream(ClientField.values())
                .map(field -> Buttons.of(turn, "field." + field.code(), new ClientAction.EditField(id, field)))
                .toList();
        turn.replies().show(Screen.builder(turn.t("clients.edit.menu", Html.escape(client.fullName())))
                .grid(fields, 2)
                .row(Buttons.card(turn, "clients.button.back", id))
                .build());
    }

    void start(Turn turn, ClientId id, ClientField field) {
        ask(turn, useCases.findClients().byId(id, turn.actor()), field, "", List.of());
    }

    void onText(Turn turn, DialogState state, String text) {
        withClientAndField(turn, state, (client, field) -> {
            String value;
            try {
                value = field.normalise(text, useCases.phoneNumbers());
            } catch (InvalidInput problem) {
                ask(turn, client, field, turn.texts().invalid(problem), List.of());
                return;
            }
            save(turn, client, field, value);
        });
    }

    /** A button that answers the question: clearing an optional field, or a lead source. */
    void answer(Turn turn, DialogState state, String value) {
        withClientAndField(turn, state, (client, field) -> {
            if (value.isEmpty() && !field.optional()) {
                turn.replies().notice(turn.t("button.stale"));
                return;
            }
            save(turn, client, field, value);
        });
    }

    /** Leaves the dialog for the card it started from. */
    void cancel(Turn turn, DialogState state) {
        turn.endDialog();
        clientOf(state).ifPresentOrElse(id -> cards.show(turn, id),
                () -> turn.replies().show(Screen.of(turn.t("clients.cancelled"))));
    }

    private void save(Turn turn, Client client, ClientField field, String value) {
        ClientSaved saved = useCases.saveClient().edit(client.id(), field.applyTo(client.profile(), value), turn.actor());
        if (saved instanceof ClientSaved.Saved done) {
            turn.endDialog();
            cards.show(turn, done.client(), turn.t("clients.saved"));
        } else if (saved instanceof ClientSaved.PhoneTaken taken) {
            ask(turn, client, field, turn.t("clients.phoneTaken", Html.escape(taken.owner().fullName())),
                    List.of(Buttons.of(turn, "clients.button.open", new ClientAction.Open(taken.owner().id()))));
        }
    }

    private void ask(Turn turn, Client client, ClientField field, String problem, List<Button> extra) {
        turn.ask(ClientFlow.EDIT, field, Map.of(CLIENT, String.valueOf(client.id().value())));
        String current = field.valueIn(client.profile());
        List<String> lines = new ArrayList<>();
        if (!problem.isEmpty()) {
            lines.add(problem);
            lines.add("");
        }
        lines.add("✏️ " + Html.bold(Html.escape(client.fullName())) + " — " + Questions.label(turn, field));
        lines.add(current.isEmpty() ? turn.t("clients.edit.empty")
                : turn.t("clients.edit.current", Html.escape(field.readable(current))));
        lines.add("");
        lines.add(Questions.ask(turn, field));
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        Questions.answerRows(turn, field).forEach(screen::row);
        screen.row(extra);
        List<Button> last = new ArrayList<>();
        if (field.optional() && !current.isEmpty()) {
            last.add(Buttons.of(turn, "clients.button.clear", new ClientAction.Clear(field)));
        }
        last.add(Buttons.cancel(turn));
        turn.replies().show(screen.row(last).build());
    }

    private interface FieldEdit {
        void apply(Client client, ClientField field);
    }

    private void withClientAndField(Turn turn, DialogState state, FieldEdit edit) {
        Optional<ClientId> id = clientOf(state);
        Optional<ClientField> field = ClientField.ofCode(state.step());
        if (id.isEmpty() || field.isEmpty()) {
            turn.endDialog();
            turn.replies().show(Screen.of(turn.t("clients.cancelled")));
            return;
        }
        Client client;
        try {
            client = useCases.findClients().byId(id.get(), turn.actor());
        } catch (NotFound gone) {
            turn.endDialog();
            throw gone;
        }
        edit.apply(client, field.get());
    }

    private static Optional<ClientId> clientOf(DialogState state) {
        return Optional.ofNullable(state.answers().get(CLIENT)).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong).filter(value -> value > 0).map(ClientId::new);
    }
}
