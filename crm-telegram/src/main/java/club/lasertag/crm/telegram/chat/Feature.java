package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;

import java.util.List;
import java.util.Optional;

/**
 * A part of the bot. It declares what it answers and what each needs: its {@link Command}s, its buttons (the
 * {@link Action}s its {@link CallbackCodec} decodes) and its dialog {@link Flow}s. The {@link Router} checks the
 * declared permission before calling it, so a feature's handlers only do the work.
 *
 * @param <A> the feature's button actions
 */
public interface Feature<A extends Action> {

    List<Command> commands();

    /** This feature's callback data, if it has buttons. */
    default Optional<CallbackCodec<A>> callbacks() {
        return Optional.empty();
    }

    /** The dialogs this feature runs. */
    default List<? extends Flow> flows() {
        return List.of();
    }

    /** The text key of the polite refusal when a role may not do what it asked. */
    String deniedKey();

    void onCommand(Turn turn, Incoming.Command command);

    /** A press on one of this feature's buttons, decoded and permitted. */
    default void onButton(Turn turn, A action) {
        turn.replies().notice(turn.t("button.stale"));
    }

    /** Text typed while the chat is in one of this feature's dialogs, by a role the flow permits. */
    default void onText(Turn turn, DialogState state, String text) {
        turn.endDialog();
    }
}
