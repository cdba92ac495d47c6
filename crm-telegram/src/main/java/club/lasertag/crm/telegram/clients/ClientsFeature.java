package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Flow;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.List;
import java.util.Optional;

/**
 * {@code /client}: finding clients by phone or name, their cards, adding, editing and deleting them. Buttons:
 * {@link ClientAction}, encoded by {@link ClientCallbacks}; other features link here through
 * {@link ClientLinks}. Everything needs {@link Permission#MANAGE_CLIENTS}, which the router checks.
 */
public final class ClientsFeature implements Feature<ClientAction> {

    private final ClientCard cards;
    private final ClientSearch search;
    private final AddClient adding;
    private final EditClient editing;

    public ClientsFeature(ClientUseCases useCases) {
        this.cards = new ClientCard(useCases);
        this.search = new ClientSearch(useCases, cards);
        this.adding = new AddClient(useCases, cards);
        this.editing = new EditClient(useCases, cards);
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("client", Permission.MANAGE_CLIENTS, 10));
    }

    @Override
    public Optional<CallbackCodec<ClientAction>> callbacks() {
        return Optional.of(ClientCallbacks.CODEC);
    }

    @Override
    public List<ClientFlow> flows() {
        return List.of(ClientFlow.values());
    }

    @Override
    public String deniedKey() {
        return "clients.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        search.start(turn, command.args());
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        Optional<ClientFlow> flow = Flow.of(ClientFlow.class, state);
        if (flow.equals(Optional.of(ClientFlow.ADD))) {
            adding.onText(turn, state, text);
        } else if (flow.equals(Optional.of(ClientFlow.EDIT))) {
            editing.onText(turn, state, text);
        } else {
            search.start(turn, text);
        }
    }

    @Override
    public void onButton(Turn turn, ClientAction action) {
        if (action instanceof ClientAction.Card card) {
            cards.show(turn, card.id());
        } else if (action instanceof ClientAction.Open open) {
            endOwnDialog(turn);
            cards.show(turn, open.id());
        } else if (action instanceof ClientAction.New start) {
            adding.start(turn, start.query());
        } else if (action instanceof ClientAction.NewRemembered start) {
            search.remembered(turn, start.hash()).ifPresentOrElse(query -> adding.start(turn, query), () -> stale(turn));
        } else if (action instanceof ClientAction.Find page) {
            search.page(turn, page);
        } else if (action instanceof ClientAction.FindRemembered page) {
            search.page(turn, page);
        } else if (action instanceof ClientAction.Edit edit) {
            editing.menu(turn, edit.id());
        } else if (action instanceof ClientAction.EditField edit) {
            editing.start(turn, edit.id(), edit.field());
        } else if (action instanceof ClientAction.Delete delete) {
            cards.confirmDelete(turn, delete.id());
        } else if (action instanceof ClientAction.DeleteConfirmed delete) {
            cards.delete(turn, delete.id());
        } else if (action instanceof ClientAction.Skip skip) {
            turn.dialogAt(ClientFlow.ADD, skip.field())
                    .ifPresentOrElse(state -> adding.skip(turn, state), () -> stale(turn));
        } else if (action instanceof ClientAction.LeadSource source) {
            leadSource(turn, source);
        } else if (action instanceof ClientAction.Clear clear) {
            turn.dialogAt(ClientFlow.EDIT, clear.field())
                    .ifPresentOrElse(state -> editing.answer(turn, state, ""), () -> stale(turn));
        } else {
            cancel(turn);
        }
    }

    private void leadSource(Turn turn, ClientAction.LeadSource button) {
        Optional<String> source = Questions.leadSource(turn, button);
        Optional<DialogState> adding = turn.dialogAt(ClientFlow.ADD, ClientField.FROM);
        Optional<DialogState> editing = turn.dialogAt(ClientFlow.EDIT, ClientField.FROM);
        if (source.isPresent() && adding.isPresent()) {
            this.adding.answer(turn, adding.get(), ClientField.FROM, source.get());
        } else if (source.isPresent() && editing.isPresent()) {
            this.editing.answer(turn, editing.get(), source.get());
        } else {
            stale(turn);
        }
    }

    private void cancel(Turn turn) {
        Optional<DialogState> state = turn.dialog();
        Optional<ClientFlow> flow = state.flatMap(dialog -> Flow.of(ClientFlow.class, dialog));
        if (flow.equals(Optional.of(ClientFlow.EDIT))) {
            editing.cancel(turn, state.get());
            return;
        }
        flow.ifPresent(mine -> turn.endDialog());
        turn.replies().show(Screen.of(turn.t(flow.equals(Optional.of(ClientFlow.ADD))
                ? "clients.add.cancelled" : "clients.cancelled")));
    }

    /** Ends the chat's dialog if it is one of this feature's; another feature's dialog is not ours to end. */
    private void endOwnDialog(Turn turn) {
        turn.dialog().flatMap(state -> Flow.of(ClientFlow.class, state)).ifPresent(mine -> turn.endDialog());
    }

    private static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }
}
