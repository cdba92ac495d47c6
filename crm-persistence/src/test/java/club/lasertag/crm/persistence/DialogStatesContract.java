package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link DialogStates} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class DialogStatesContract {

    static final Instant AT = Instant.parse("2030-06-01T10:00:00.123Z");

    abstract DialogStates dialogStates();

    @Test
    void knowsNothingOfANewChat() {
        assertThat(dialogStates().of(1)).isEmpty();
    }

    @Test
    void savesAndReadsAState() {
        DialogState state = new DialogState(-100_123_456_789L, "client.add", "phone",
                Map.of("surname", "Иванов", "name", "Пётр"), AT);

        dialogStates().save(state);

        assertThat(dialogStates().of(-100_123_456_789L)).contains(state);
    }

    @Test
    void aStateWithoutAnswersRoundTrips() {
        DialogState state = new DialogState(5, "order.new", "client", Map.of(), AT);

        dialogStates().save(state);

        assertThat(dialogStates().of(5)).contains(state);
    }

    @Test
    void savingReplacesTheState() {
        dialogStates().save(new DialogState(5, "client.add", "name", Map.of("surname", "Иванов"), AT));
        DialogState next = new DialogState(5, "order.new", "date", Map.of("client", "17"), AT.plusSeconds(30));

        dialogStates().save(next);

        assertThat(dialogStates().of(5)).contains(next);
    }

    @Test
    void clearEndsTheDialogOfThatChatOnly() {
        dialogStates().save(new DialogState(5, "client.add", "name", Map.of(), AT));
        DialogState other = new DialogState(6, "client.add", "name", Map.of(), AT);
        dialogStates().save(other);

        dialogStates().clear(5);
        dialogStates().clear(404);

        assertThat(dialogStates().of(5)).isEmpty();
        assertThat(dialogStates().of(6)).contains(other);
    }

    @Test
    void anyAnswerSurvivesTheRoundTrip() {
        Map<String, String> answers = new HashMap<>();
        answers.put("comment", "line one\nline two\r\n\ttabbed");
        answers.put("a=b", "c=d&e=f");
        answers.put("percent", "100% + 50%2B %%");
        answers.put("emoji", "🎉👨‍👩‍👧 ё");
        answers.put("sql", "'; DROP TABLE crm_dialog_state; --");
        answers.put("nul", "a\u0000b");
        answers.put("", "empty key");
        answers.put("empty value", "");
        answers.put("amp&", "&");
        answers.put(" spaces ", "  ");
        answers.put("long", "ж".repeat(4096));
        DialogState state = new DialogState(9, "order.new", "comment", answers, AT);

        dialogStates().save(state);

        assertThat(dialogStates().of(9)).contains(state);
    }
}
