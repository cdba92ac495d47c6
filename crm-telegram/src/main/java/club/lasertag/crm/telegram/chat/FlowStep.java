package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;

import java.util.Arrays;
import java.util.Optional;

/** A step of a {@link Flow}, usually an enum constant; its stable code is what the dialog state stores. */
public interface FlowStep {

    String code();

    /** Whether the dialog is at this step. */
    default boolean isIn(DialogState state) {
        return code().equals(state.step());
    }

    /** The step of {@code type} whose code is {@code code}, as read back from storage. */
    static <S extends Enum<S> & FlowStep> Optional<S> ofCode(Class<S> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(step -> step.code().equals(code)).findFirst();
    }
}
