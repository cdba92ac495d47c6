package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;

import java.util.Set;

/**
 * A part of the bot: the commands it answers, the callback prefix of its buttons, the dialogs it runs.
 * Every method checks the turn's role itself: buttons can be stale or forged.
 */
public interface Feature {

    /** Command names without the slash. */
    Set<String> commands();

    /** The first part of this feature's callback data. */
    Set<String> callbackPrefixes();

    /** The dialog flows this feature runs, such as {@code client.add}. */
    Set<String> flows();

    void onCommand(Turn turn, Incoming.Command command);

    void onButton(Turn turn, Callback callback);

    /** Text typed while the chat is in one of this feature's dialogs. */
    void onText(Turn turn, DialogState state, String text);
}
