package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.chat.Reply;
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

    private TelegramReplies.Delivery show(Screen screen) {
        return replies.deliver(ANNA.id(), new Reply.Show(pressed, screen));
    }
}
