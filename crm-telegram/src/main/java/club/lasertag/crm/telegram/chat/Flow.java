package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.staff.Permission;

import java.util.Arrays;
import java.util.Optional;

/**
 * A dialog a feature runs (adding a client, booking an order, ...), usually an enum constant: its stable code
 * is what crm-chat's {@link DialogState} stores, and the permission every typed answer needs (the
 * {@link Router} checks it).
 */
public interface Flow {

    String code();

    Permission permission();

    /** Whether the chat's dialog is this flow. */
    default boolean isIn(DialogState state) {
        return code().equals(state.flow());
    }

    /** The flow of {@code type} the dialog is in, if it is one of them. */
    static <F extends Enum<F> & Flow> Optional<F> of(Class<F> type, DialogState state) {
        return Arrays.stream(type.getEnumConstants()).filter(flow -> flow.isIn(state)).findFirst();
    }
}
