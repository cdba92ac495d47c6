package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Sender;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.Locale;
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
        Incoming press = new Incoming(1, ANNA.id(), true, new Sender(ANNA.id(), "Анна", null, Locale.ROOT),
                new Incoming.Press("press-1", pressed, "cal:next"));
        replies = new TelegramReplies(new TelegramGateway(bot, duration -> { }), press);
    }

    @AfterEach
    void stop() {
        bot.shutdown();
        emulator.close();
    }

    @Test
    void anEditWhoseConnectionDroppedIsRepeatedNeverShownAsANewMessage() {
        emulator.failNext("editMessageText", 1, Fault.droppedConnection());

        replies.show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).singleElement()
                .satisfies(message -> assertThat(message.text()).isEqualTo("Календарь: май"));
        assertThat(emulator.calls("sendMessage")).hasSize(1); // the pressed message only
    }

    @Test
    void anEditThatLandedBeforeTheConnectionDroppedIsNotShownTwice() {
        emulator.failNext("editMessageText", 1, Fault.droppedConnectionAfterDoing());

        replies.show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("Календарь: май");
    }

    @Test
    void anEditThatKeepsFailingWithoutAnAnswerSendsNoNewMessage() {
        emulator.failNext("editMessageText", 20, Fault.droppedConnection());

        replies.show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("Календарь");
    }

    @Test
    void aMessageTelegramCannotEditIsReplacedByANewOne() {
        emulator.failNext("editMessageText", 1, Fault.error(400, "Bad Request: message to edit not found"));

        replies.show(Screen.of("Календарь: май"));

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text)
                .containsExactly("Календарь", "Календарь: май");
        assertThat(emulator.calls("editMessageText")).hasSize(1);
    }

    @Test
    void otherRefusedEditsAreNotSentAnew() {
        emulator.failNext("editMessageText", 1, Fault.error(403, "Forbidden: bot was blocked by the user"));

        replies.show(Screen.of("Календарь: май"));

        assertThat(emulator.calls("sendMessage")).hasSize(1);
    }
}
