package club.lasertag.crm.chat.dialog;

import java.util.Optional;

/** Outgoing port: the dialog each chat is in. */
public interface DialogStates {

    Optional<DialogState> of(long chatId);

    /** Replaces the chat's state. */
    void save(DialogState state);

    /** Ends the chat's dialog, if any. */
    void clear(long chatId);
}
