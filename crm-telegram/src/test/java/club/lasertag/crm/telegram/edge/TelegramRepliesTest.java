package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.Upload;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.SendMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Showing a screen in place of a pressed message when Telegram fails: never twice, a new message only if needed. */
class TelegramRepliesTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");

    private BotApiEmulator emulator;
    private TelegramBot bot;
    private TelegramReplies replies;
    private int pressed;

    @BeforeEach
    void pressAButton() {
        emulator = BotApiEmulator.start();
        bot = TelegramClients.create(emulator.token(), emulator.apiUrl());
        emulator.sendText(ANNA, ANNA.id(), "/calendar");
        pressed = bot.execute(new SendMessage(ANNA.id(), "Календарь")).message().messageId();
        replies = new TelegramReplies(new TelegramGateway(bot, duration -> { }));
    }

    @AfterEach
    void stop() {
        bot.shutdown();
        emulator.close();
    }

    @Test
    void anEditWhoseConnectionDroppedIsRepeatedNeverShownAsANewMessage() {
        emulator.failNext("editMessageText", 1, Fault.droppedConnection());

        show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).singleElement()
                .satisfies(message -> assertThat(message.text()).isEqualTo("Календарь: май"));
        assertThat(emulator.calls("sendMessage")).hasSize(1); // the pressed message only
    }

    @Test
    void anEditThatLandedBeforeTheConnectionDroppedIsNotShownTwice() {
        emulator.failNext("editMessageText", 1, Fault.droppedConnectionAfterDoing());

        show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("Календарь: май");
    }

    @Test
    void anEditThatKeepsFailingWithoutAnAnswerSendsNoNewMessage() {
        emulator.failNext("editMessageText", 20, Fault.droppedConnection());

        show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("Календарь");
    }

    @Test
    void aMessageTelegramCannotEditIsReplacedByANewOne() {
        emulator.failNext("editMessageText", 1, Fault.error(400, "Bad Request: message to edit not found"));

        show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text)
                .containsExactly("Календарь", "Календарь: май");
        assertThat(emulator.calls("editMessageText")).hasSize(1);
    }

    @Test
    void aScreenShownInPlaceOfAPhotoIsSentAsANewMessage() {
        emulator.failNext("editMessageText", 1, Fault.error(400, "Bad Request: there is no text in the message to edit"));

        show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text)
                .containsExactly("Календарь", "Календарь: май");
    }

    @Test
    void otherRefusedEditsAreNotSentAnew() {
        emulator.failNext("editMessageText", 1, Fault.error(403, "Forbidden: bot was blocked by the user"));

        show(Screen.of("Календарь: май"));

        assertThat(emulator.calls("sendMessage")).hasSize(1);
    }

    @Test
    void whatBecameOfAReplyDecidesWhetherItIsSentAgainLater() {
        assertThat(show(Screen.of("Календарь: май"))).isEqualTo(TelegramReplies.Delivery.DONE);
        assertThat(show(Screen.of("Календарь: май"))).as("not modified").isEqualTo(TelegramReplies.Delivery.DONE);

        emulator.failNext("sendMessage", 20, Fault.droppedConnection());
        assertThat(replies.deliver(ANNA.id(), new Reply.Send(Screen.of("Привет")))).isEqualTo(TelegramReplies.Delivery.RETRY);

        assertThat(replies.deliver(ANNA.id(), new Reply.Notice("no-such-query", null)))
                .as("Telegram refuses an unknown or too old query for good").isEqualTo(TelegramReplies.Delivery.REFUSED);
    }

    @Test
    void aPhotoIsUploadedWithItsCaptionAndButtons() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, (byte) 0xFF, 45, 45, 13, 10};
        Reply photo = new Reply.Photo(Upload.png("день.png", png),
                Screen.builder("<b>Арена</b> · 15 июня").row(new Button("📅 День", "cal:d:2030-06-15")).build());

        assertThat(replies.deliver(ANNA.id(), photo)).isEqualTo(TelegramReplies.Delivery.DONE);

        ChatMessage sent = emulator.chat(ANNA.id()).lastBotMessage().orElseThrow();
        assertThat(sent.kind()).isEqualTo(ChatMessage.Kind.PHOTO);
        assertThat(sent.attachment().bytes()).isEqualTo(png);
        assertThat(sent.attachment().fileName()).isEqualTo("день.png");
        assertThat(sent.plainText()).isEqualTo("Арена · 15 июня");
        assertThat(sent.callbackDataOf("📅 День")).contains("cal:d:2030-06-15");
    }

    @Test
    void aDocumentKeepsItsNameTypeAndBytes() {
        byte[] csv = "\uFEFFФамилия;Телефон\r\nИванов;+79991234567\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(replies.deliver(ANNA.id(), new Reply.Document(new Upload("клиенты.csv", "text/csv", csv), Screen.of(""))))
                .isEqualTo(TelegramReplies.Delivery.DONE);

        ChatMessage sent = emulator.chat(ANNA.id()).lastBotMessage().orElseThrow();
        assertThat(sent.kind()).isEqualTo(ChatMessage.Kind.DOCUMENT);
        assertThat(sent.attachment().bytes()).isEqualTo(csv);
        assertThat(sent.attachment().fileName()).isEqualTo("клиенты.csv");
        assertThat(sent.attachment().mimeType()).isEqualTo("text/csv");
        assertThat(sent.text()).as("no caption").isNull();
    }

    @Test
    void anUploadTelegramFailedIsSentAgainWholeThroughTheGateway() {
        byte[] png = new byte[200_000];
        new java.util.Random(7).nextBytes(png);
        emulator.failNext("sendPhoto", 2, Fault.internalServerError());

        assertThat(replies.deliver(ANNA.id(), new Reply.Photo(Upload.png("d.png", png), Screen.of("День"))))
                .isEqualTo(TelegramReplies.Delivery.DONE);

        assertThat(emulator.calls("sendPhoto")).hasSize(3);
        assertThat(emulator.chat(ANNA.id()).lastBotMessage().orElseThrow().attachment().bytes()).isEqualTo(png);
    }

    @Test
    void aRefusedUploadIsNotRetried() {
        Reply photo = new Reply.Photo(Upload.png("d.png", new byte[] {1, 2}), Screen.of("x".repeat(1000)));
        emulator.failNext("sendPhoto", 1, Fault.error(400, "Bad Request: IMAGE_PROCESS_FAILED"));

        assertThat(replies.deliver(ANNA.id(), photo)).isEqualTo(TelegramReplies.Delivery.REFUSED);
        assertThat(emulator.calls("sendPhoto")).hasSize(1);
    }

    private TelegramReplies.Delivery show(Screen screen) {
        return replies.deliver(ANNA.id(), new Reply.Show(pressed, screen));
    }
}
