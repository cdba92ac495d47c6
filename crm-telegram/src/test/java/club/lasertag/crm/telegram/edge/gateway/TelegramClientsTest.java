package club.lasertag.crm.telegram.edge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendMessage;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** pengrad's client as the bot builds it: the HTTP layer below the gateway never resends by itself. */
class TelegramClientsTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");

    private final BotApiEmulator emulator = BotApiEmulator.start();
    private final TelegramBot bot = TelegramClients.create(emulator.token(), emulator.apiUrl());

    @AfterEach
    void stop() {
        bot.shutdown();
        emulator.close();
    }

    @Test
    void aConnectionDroppedAfterTelegramSentTheMessageIsNotSilentlyResent() {
        emulator.sendText(ANNA, ANNA.id(), "/start");
        bot.execute(new GetMe()); // the send below reuses this connection, as the bot's calls do
        emulator.failNext("sendMessage", 1, Fault.droppedConnectionAfterDoing());

        assertThatThrownBy(() -> bot.execute(new SendMessage(ANNA.id(), "Заказ создан")))
                .hasRootCauseInstanceOf(IOException.class);

        assertThat(emulator.calls("sendMessage")).hasSize(1);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
    }

    @Test
    void aLongPollFitsInTheReadTimeout() {
        assertThat(TelegramClients.READ_TIMEOUT).isGreaterThan(java.time.Duration.ofSeconds(TelegramClients.LONG_POLL_SECONDS));
        assertThat(TelegramClients.httpClient().retryOnConnectionFailure()).isFalse();
    }

    /** Nagle's algorithm held every large request's body back for the server's delayed acknowledgement (~40 ms). */
    @Test
    void requestsAreSentAtOnce() throws IOException {
        try (java.net.Socket socket = TelegramClients.httpClient().socketFactory().createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }
}
