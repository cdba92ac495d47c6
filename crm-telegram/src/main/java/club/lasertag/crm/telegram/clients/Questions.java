package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the add and edit dialogs share: the question for a field, its answer buttons, the dialog's own buttons. */
final class Questions {

    private Questions() {
    }

    /** What to type for the field, with an example. */
    static String ask(Turn turn, ClientField field) {
        return turn.t("clients.ask." + field.code());
    }

    static String label(Turn turn, ClientField field) {
        return turn.t("field." + field.code());
    }

    /** The common lead sources in the user's language; a button stores the one it shows. */
    static List<String> leadSources(Turn turn) {
        return Arrays.asList(turn.t("clients.leadSources").split("\\|"));
    }

    /** The lead source a {@code src:<index>} button stands for. */
    static Optional<String> leadSource(Turn turn, Callback callback) {
        List<String> sources = leadSources(turn);
        return callback.arg(0).filter(arg -> arg.matches("\\d")).map(Integer::valueOf)
                .filter(index -> index < sources.size()).map(sources::get);
    }

    /** Buttons that answer the question for the field, if it has any. */
    static List<List<Button>> answerRows(Turn turn, ClientField field) {
        List<List<Button>> rows = new ArrayList<>();
        if (field == ClientField.FROM) {
            List<String> sources = leadSources(turn);
            List<Button> row = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                row.add(Callback.button(sources.get(i), Buttons.PREFIX, "src", i));
                if (row.size() == 3 || i == sources.size() - 1) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        return rows;
    }

    /** The chat's dialog if it is {@code flow} at the step a button was made for; else the button is stale. */
    static Optional<DialogState> at(Turn turn, String flow, String step) {
        return turn.dialog().filter(state -> flow.equals(state.flow()) && step.equals(state.step()));
    }
}
