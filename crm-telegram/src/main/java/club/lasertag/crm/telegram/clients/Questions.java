package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.telegram.chat.Button;
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

    /** The lead source a button stands for. */
    static Optional<String> leadSource(Turn turn, ClientAction.LeadSource button) {
        List<String> sources = leadSources(turn);
        return Optional.of(button.index()).filter(index -> index < sources.size()).map(sources::get);
    }

    /** Buttons that answer the question for the field, if it has any. */
    static List<List<Button>> answerRows(Turn turn, ClientField field) {
        List<List<Button>> rows = new ArrayList<>();
        if (field == ClientField.FROM) {
            List<String> sources = leadSources(turn);
            List<Button> row = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                row.add(Buttons.of(sources.get(i), new ClientAction.LeadSource(i)));
                if (row.size() == 3 || i == sources.size() - 1) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        return rows;
    }

}
