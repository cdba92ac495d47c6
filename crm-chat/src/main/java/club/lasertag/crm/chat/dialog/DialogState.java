package club.lasertag.crm.chat.dialog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where a person is in a multi-step dialog (filling a client or an order) and what they have answered so far.
 * Kept in the database so a restart loses nothing. The domain does not read the answers: the dialog does.
 *
 * @param chatId    the chat the dialog runs in
 * @param flow      which dialog, such as {@code client.add}
 * @param step      the question being asked, such as {@code phone}
 * @param answers   the answers so far, by question
 * @param updatedAt when it last changed
 */
public record DialogState(long chatId, String flow, String step, Map<String, String> answers, Instant updatedAt) {

    public DialogState {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(updatedAt, "updatedAt");
        answers = Map.copyOf(answers);
    }
}
