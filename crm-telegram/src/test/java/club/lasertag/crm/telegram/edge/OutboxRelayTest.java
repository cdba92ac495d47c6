package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.testing.InMemoryOutbox;
import club.lasertag.crm.domain.testing.MutableClock;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.ReplyCodec;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies left in the outbox are sent at least once, in order per chat, and forgotten once Telegram has them. */
class OutboxRelayTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");
    private static final EmulatedUser BORIS = EmulatedUser.of(1002, "Борис");

    private final BotApiEmulator emulator = BotApiEmulator.start();
    private final TelegramBot bot = TelegramClients.create(emulator.token(), emulator.apiUrl());
    private final MutableClock clock = new MutableClock(Instant.parse("2030-06-01T10:00:00Z"), java.time.ZoneOffset.UTC);
    private final InMemoryOutbox outbox = new InMemoryOutbox(clock, null);
    private final ReplyCodec codec = new ReplyCodec();
    private final OutboxRelay relay = new OutboxRelay(new TelegramGateway(bot, duration -> { }), outbox);

    @AfterEach
    void stop() {
        relay.close();
        bot.shutdown();
        emulator.close();
    }

    @Test
    void whatARunLeftPendingIsSentAtStartAndForgotten() {
        openChats();
        append(ANNA, new Reply.Send(Screen.builder("Забронировано <b>№1</b>").row(new Button("📅 День", "cal:d")).build()));
        append(BORIS, new Reply.Send(Screen.of("Клиент добавлен")));

        relay.start();

        assertThat(lastBotText(ANNA)).isEqualTo("Забронировано №1");
        assertThat(emulator.chat(ANNA.id()).lastBotMessage().orElseThrow().buttons()).hasSize(1);
        assertThat(lastBotText(BORIS)).isEqualTo("Клиент добавлен");
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void aPictureLeftInTheOutboxIsSentWithItsBytes() {
        openChats();
        byte[] png = new byte[300_000];
        new java.util.Random(11).nextBytes(png);
        append(ANNA, new Reply.Photo(club.lasertag.crm.telegram.chat.Upload.png("day.png", png),
                Screen.builder("День").row(new Button("📅 День", "cal:d")).build()));
        append(ANNA, new Reply.Send(Screen.of("after the picture")));

        relay.start();

        List<ChatMessage> sent = emulator.chat(ANNA.id()).botMessages();
        assertThat(sent).extracting(ChatMessage::kind).containsExactly(ChatMessage.Kind.PHOTO, ChatMessage.Kind.TEXT);
        assertThat(sent.get(0).attachment().bytes()).isEqualTo(png);
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void youngRepliesAreLeftToTheUpdateThatWroteThem() {
        openChats();
        append(ANNA, new Reply.Send(Screen.of("old")));
        clock.advance(Outbox.WRITER_HOLD.plusSeconds(1));
        append(ANNA, new Reply.Send(Screen.of("young")));

        assertThat(relay.deliverPending(Duration.ZERO)).isEqualTo(1);

        assertThat(outbox.pending(10)).extracting(entry -> codec.decode(entry.payload()))
                .containsExactly(new Reply.Send(Screen.of("young")));
    }

    @Test
    void aReplyThatCannotBeSentNowWaitsAndHoldsBackTheLaterOnesOfItsChatOnly() {
        openChats();
        append(ANNA, new Reply.Send(Screen.of("first")));
        append(ANNA, new Reply.Send(Screen.of("second")));
        append(BORIS, new Reply.Send(Screen.of("other chat")));
        emulator.failNext("sendMessage", TelegramGateway.DEFAULT_MAX_ATTEMPTS, Fault.internalServerError());
        clock.advance(Outbox.WRITER_HOLD);

        assertThat(relay.deliverPending(Duration.ZERO)).isEqualTo(1);
        assertThat(lastBotText(BORIS)).isEqualTo("other chat");
        assertThat(outbox.pending(10)).hasSize(2);

        assertThat(relay.deliverPending(Duration.ZERO)).isEqualTo(2);
        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("first", "second");
    }

    @Test
    void aReplyIsNotSentAgainOnceDelivered() {
        openChats();
        Outbox.Entry entry = append(ANNA, new Reply.Send(Screen.of("once")));
        List<Outbox.Entry> readBeforeDelivery = outbox.pending(10);

        relay.deliver(List.of(entry));
        relay.deliver(readBeforeDelivery);
        relay.deliverPending(OutboxRelay.HOLD);

        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text).containsExactly("once");
    }

    @Test
    void refusedAndUnreadableRepliesAreDroppedNotRetriedForever() {
        openChats();
        append(ANNA, new Reply.Notice("too-old-query", null));
        outbox.append(7, ANNA.id(), "{\"v\":99}");
        append(ANNA, new Reply.Send(Screen.of("after them")));

        relay.deliverPending(OutboxRelay.HOLD);

        assertThat(outbox.pending(10)).isEmpty();
        assertThat(lastBotText(ANNA)).isEqualTo("after them");
    }

    @Test
    void twoInstancesRelayingOneOutboxNeverSendTheSameReplyAndTakeOverWhatADeadOneHeld() {
        openChats();
        OutboxRelay other = new OutboxRelay(new TelegramGateway(bot, duration -> { }), outbox);
        for (int i = 1; i <= 6; i++) {
            append(i % 2 == 0 ? ANNA : BORIS, new Reply.Send(Screen.of("reply " + i)));
        }
        clock.advance(Outbox.WRITER_HOLD);
        List<Outbox.Entry> heldByADeadInstance = outbox.claim(2, Duration.ZERO, OutboxRelay.HOLD);

        int sent = relay.deliverPending(Duration.ZERO) + other.deliverPending(Duration.ZERO);

        assertThat(sent).isEqualTo(4);
        assertThat(outbox.pending(10)).containsExactlyElementsOf(heldByADeadInstance);
        clock.advance(OutboxRelay.HOLD);
        assertThat(other.deliverPending(Duration.ZERO) + relay.deliverPending(Duration.ZERO)).isEqualTo(2);
        assertThat(outbox.pending(10)).isEmpty();
        assertThat(emulator.chat(ANNA.id()).botMessages()).extracting(ChatMessage::text)
                .containsExactlyInAnyOrder("reply 2", "reply 4", "reply 6");
        assertThat(emulator.chat(BORIS.id()).botMessages()).extracting(ChatMessage::text)
                .containsExactlyInAnyOrder("reply 1", "reply 3", "reply 5");
    }

    private void openChats() {
        emulator.sendText(ANNA, ANNA.id(), "/start");
        emulator.sendText(BORIS, BORIS.id(), "/start");
    }

    private Outbox.Entry append(EmulatedUser user, Reply reply) {
        return outbox.append(1, user.id(), codec.encode(reply));
    }

    private String lastBotText(EmulatedUser user) {
        return emulator.chat(user.id()).lastBotMessage().orElseThrow().plainText();
    }
}
