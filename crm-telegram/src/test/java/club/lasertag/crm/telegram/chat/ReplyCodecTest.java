package club.lasertag.crm.telegram.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replies survive the outbox: what is encoded is decoded, whatever the text holds. */
class ReplyCodecTest {

    private final ReplyCodec codec = new ReplyCodec();

    private static final Screen CARD = Screen.builder("<b>Бронь №7</b> · Иванов &lt;Пётр&gt; &amp; Ко 😀\n«кавычки» \"двойные\" \\ '")
            .row(new Button("✏️ Изменить", "o:7:edit"), new Button("❌ Отменить", "o:7:cancel"))
            .row(new Button("📅 День", "cal:d:2030-06-15"))
            .build();

    @Test
    void aMessageWithAKeyboardRoundTrips() {
        Reply send = new Reply.Send(CARD);

        assertThat(codec.decode(codec.encode(send))).isEqualTo(send);
    }

    @Test
    void anEditOfThePressedMessageRoundTrips() {
        Reply show = new Reply.Show(123_456, CARD);

        assertThat(codec.decode(codec.encode(show))).isEqualTo(show);
    }

    @Test
    void answersToAPressRoundTripWithAndWithoutText() {
        Reply silent = new Reply.Notice("4382bfdwdsb323b2d9", null);
        Reply notice = new Reply.Notice("4382bfdwdsb323b2d9", "Кнопка устарела <old>");

        assertThat(codec.decode(codec.encode(silent))).isEqualTo(silent);
        assertThat(codec.decode(codec.encode(notice))).isEqualTo(notice);
    }

    @Test
    void aScreenWithoutButtonsAndTheLongestTextRoundTrip() {
        Reply send = new Reply.Send(Screen.of("я".repeat(Screen.MAX_TEXT)));

        assertThat(codec.decode(codec.encode(send))).isEqualTo(send);
    }

    @Test
    void thePayloadIsVersionedReadableJson() {
        String payload = codec.encode(new Reply.Send(Screen.builder("<i>Привет</i>").row(new Button("Да", "y")).build()));

        assertThat(payload).isEqualTo(
                "{\"v\":1,\"type\":\"send\",\"html\":\"<i>Привет</i>\",\"keyboard\":[[{\"text\":\"Да\",\"data\":\"y\"}]]}");
    }

    @Test
    void aPayloadOfAnotherVersionOrNoReplyAtAllIsRefused() {
        assertThatThrownBy(() -> codec.decode("{\"v\":2,\"type\":\"send\",\"html\":\"x\",\"keyboard\":[]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2");
        for (String garbage : List.of("", "null", "[]", "{\"v\":1}", "{\"v\":1,\"type\":\"dance\"}", "not json {")) {
            assertThatThrownBy(() -> codec.decode(garbage)).as(garbage).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
