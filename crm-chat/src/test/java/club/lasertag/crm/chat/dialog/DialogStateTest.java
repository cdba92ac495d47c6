package club.lasertag.crm.chat.dialog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialogStateTest {

    @Test
    void theAnswersAreCopied() {
        Map<String, String> answers = new HashMap<>(Map.of("name", "Пётр"));
        DialogState state = new DialogState(7, "client.add", "phone", answers, Instant.EPOCH);

        answers.put("phone", "+79991234567");

        assertThat(state.answers()).containsExactly(Map.entry("name", "Пётр"));
        assertThatThrownBy(() -> state.answers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
