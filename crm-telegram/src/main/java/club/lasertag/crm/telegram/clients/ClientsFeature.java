package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /client}: finding clients by phone or name, their cards, adding, editing and deleting them. Buttons
 * carry {@code cl:<action>:<args>}; {@code cl:card:<id>} and {@code cl:new} are what other features use.
 * Every command, button and answer checks {@link Permission#MANAGE_CLIENTS} again: roles change, and buttons
 * stay in the chat.
 */
public final class ClientsFeature implements Feature {

    private final ClientCard cards;
    private final ClientSearch search;
    private final AddClient adding;
    private final EditClient editing;

    public ClientsFeature(UseCases useCases) {
        this.cards = new ClientCard(useCases);
        this.search = new ClientSearch(useCases, cards);
        this.adding = new AddClient(useCases, cards);
        this.editing = new EditClient(useCases, cards);
    }

    @Override
    public Set<String> commands() {
        return Set.of("client");
    }

    @Override
    public Set<String> callbackPrefixes() {
        return Set.of(Buttons.PREFIX);
    }

    @Override
    public Set<String> flows() {
        return Set.of(AddClient.FLOW, EditClient.FLOW, ClientSearch.FLOW);
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        if (!turn.can(Permission.MANAGE_CLIENTS)) {
            turn.replies().send(Screen.of(turn.t("clients.denied")));
            return;
        }
        search.start(turn, command.args());
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        if (!turn.can(Permission.MANAGE_CLIENTS)) {
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t("clients.denied")));
            return;
        }
        switch (state.flow()) {
            case AddClient.FLOW -> adding.onText(turn, state, text);
            case EditClient.FLOW -> editing.onText(turn, state, text);
            default -> search.start(turn, text);
        }
    }

    @Override
    public void onButton(Turn turn, Callback callback) {
        if (!turn.can(Permission.MANAGE_CLIENTS)) {
            turn.replies().notice(turn.t("clients.denied"));
            return;
        }
        switch (callback.action()) {
            case "card" -> withClient(turn, callback, id -> cards.show(turn, id));
            case "open" -> withClient(turn, callback, id -> {
                endOwnDialog(turn);
                cards.show(turn, id);
            });
            case "new" -> adding.start(turn, String.join(":", callback.args()));
            case "news" -> callback.arg(0).flatMap(hash -> search.remembered(turn, hash))
                    .ifPresentOrElse(query -> adding.start(turn, query), () -> stale(turn));
            case "find", "finds" -> search.page(turn, callback);
            case "edit" -> withClient(turn, callback, id -> editing.menu(turn, id));
            case "ef" -> withClient(turn, callback, id -> callback.arg(1).flatMap(ClientField::ofCode)
                    .ifPresentOrElse(field -> editing.start(turn, id, field), () -> stale(turn)));
            case "del" -> withClient(turn, callback, id -> cards.confirmDelete(turn, id));
            case "delok" -> withClient(turn, callback, id -> cards.delete(turn, id));
            case "skip" -> callback.arg(0).flatMap(step -> Questions.at(turn, AddClient.FLOW, step))
                    .ifPresentOrElse(state -> adding.skip(turn, state), () -> stale(turn));
            case "src" -> leadSource(turn, callback);
            case "clear" -> callback.arg(0).flatMap(step -> Questions.at(turn, EditClient.FLOW, step))
                    .ifPresentOrElse(state -> editing.answer(turn, state, ""), () -> stale(turn));
            case "cancel" -> cancel(turn);
            default -> stale(turn);
        }
    }

    private void leadSource(Turn turn, Callback callback) {
        Optional<String> source = Questions.leadSource(turn, callback);
        String step = ClientField.FROM.code();
        Optional<DialogState> adding = Questions.at(turn, AddClient.FLOW, step);
        Optional<DialogState> editing = Questions.at(turn, EditClient.FLOW, step);
        if (source.isPresent() && adding.isPresent()) {
            this.adding.answer(turn, adding.get(), ClientField.FROM, source.get());
        } else if (source.isPresent() && editing.isPresent()) {
            this.editing.answer(turn, editing.get(), source.get());
        } else {
            stale(turn);
        }
    }

    private void cancel(Turn turn) {
        Optional<DialogState> state = turn.dialog().filter(dialog -> flows().contains(dialog.flow()));
        if (state.isPresent() && EditClient.FLOW.equals(state.get().flow())) {
            editing.cancel(turn, state.get());
            return;
        }
        boolean adding = state.isPresent() && AddClient.FLOW.equals(state.get().flow());
        state.ifPresent(mine -> turn.endDialog());
        turn.replies().show(Screen.of(turn.t(adding ? "clients.add.cancelled" : "clients.cancelled")));
    }

    /** Ends the chat's dialog if it is one of this feature's; another feature's dialog is not ours to end. */
    private void endOwnDialog(Turn turn) {
        turn.dialog().filter(state -> flows().contains(state.flow())).ifPresent(state -> turn.endDialog());
    }

    private static void withClient(Turn turn, Callback callback, Consumer<ClientId> action) {
        callback.id(0).map(ClientId::new).ifPresentOrElse(action, () -> stale(turn));
    }

    private static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }
}
