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
    void aPhotoWithItsBytesCaptionAndButtonsRoundTrips() {
        Reply photo = new Reply.Photo(Upload.png("день 15.06.png", everyByteValue()), CARD);

        Reply decoded = codec.decode(codec.encode(photo));

        assertThat(decoded).isEqualTo(photo);
        assertThat(((Reply.Photo) decoded).image().bytes()).isEqualTo(everyByteValue());
    }

    @Test
    void aDocumentWithItsNameAndTypeRoundTrips() {
        Reply document = new Reply.Document(new Upload("клиенты.csv", "text/csv; charset=utf-8", everyByteValue()),
                Screen.of(""));

        assertThat(codec.decode(codec.encode(document))).isEqualTo(document);
    }

    @Test
    void aFilesBytesTravelInBase64() {
        String payload = codec.encode(new Reply.Document(new Upload("a.txt", "text/plain", new byte[] {'h', 'i'}),
                Screen.of("Файл")));

        assertThat(payload).isEqualTo("{\"v\":1,\"type\":\"document\",\"file_name\":\"a.txt\",\"mime_type\":\"text/plain\","
                + "\"bytes\":\"aGk=\",\"html\":\"Файл\",\"keyboard\":[]}");
    }

    @Test
    void aCaptionIsCutToTelegramsLimitAndAnEmptyFileIsRefused() {
        Reply.Photo photo = new Reply.Photo(Upload.png("a.png", new byte[] {1}), Screen.of("я".repeat(3000)));

        assertThat(photo.caption().html()).hasSizeLessThanOrEqualTo(Reply.MAX_CAPTION).endsWith("…");
        assertThatThrownBy(() -> Upload.png("a.png", new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.png is empty");
        assertThatThrownBy(() -> new Reply.Photo(Upload.png("big.png", new byte[Reply.Photo.MAX_BYTES + 1]), Screen.of("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    @Test
    void aFileReplyWithBrokenBytesIsRefused() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"photo\",\"file_name\":\"a.png\",\"mime_type\":\"image/png\","
                + "\"bytes\":\"%%%\",\"html\":\"\",\"keyboard\":[]}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"document\",\"html\":\"\",\"keyboard\":[]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] everyByteValue() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
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
