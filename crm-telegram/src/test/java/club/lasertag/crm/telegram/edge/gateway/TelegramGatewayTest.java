package club.lasertag.crm.telegram.edge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway wrapping the real pengrad client, against the Bot API emulator over HTTP. */
class TelegramGatewayTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");

    private final List<Duration> sleeps = new ArrayList<>();
    private BotApiEmulator emulator;
    private TelegramBot bot;
    private TelegramGateway gateway;

    @BeforeEach
    void start() {
        emulator = BotApiEmulator.start();
        bot = new TelegramBot.Builder(emulator.token()).apiUrl(emulator.apiUrl()).build();
        gateway = new TelegramGateway(bot, sleeps::add, 3, Duration.ofSeconds(60));
        emulator.sendText(ANNA, ANNA.id(), "/start");
    }

    @AfterEach
    void stop() {
        bot.shutdown();
        emulator.close();
    }

    @Test
    void okResultCarriesTheResponse() {
        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Привет"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.ok()).hasValueSatisfying(response -> assertThat(response.message().text()).isEqualTo("Привет"));
    }

    @Test
    void waitsRetryAfterOn429AndResends() {
        emulator.failNext("sendMessage", 2, Fault.tooManyRequests(3));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(emulator.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(429, 429, 0);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
    }

    @Test
    void givesUpAfterTheRetryBudget() {
        emulator.failNext("sendMessage", 10, Fault.tooManyRequests(1));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.errorCode()).isEqualTo(429);
        assertThat(sleeps).hasSize(3);
        assertThat(emulator.calls("sendMessage")).hasSize(4);
    }

    @Test
    void doesNotWaitForARetryAfterLongerThanAllowed() {
        emulator.failNext("sendMessage", 1, Fault.tooManyRequests(3600));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.errorCode()).isEqualTo(429);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void swallowsMessageIsNotModified() {
        int id = bot.execute(new SendMessage(ANNA.id(), "Календарь")).message().messageId();

        TelegramResult<BaseResponse> result = gateway.execute(new EditMessageText(ANNA.id(), id, "Календарь"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.NOT_MODIFIED);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.ok()).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void otherTelegramErrorsAreReturnedNotThrown() {
        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "<b>oops").parseMode(ParseMode.HTML));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errorCode()).isEqualTo(400);
        assertThat(result.description()).startsWith("Bad Request: can't parse entities");
        assertThat(emulator.calls("sendMessage")).hasSize(1);
    }

    @Test
    void serverErrorsAreNotRetried() {
        emulator.failNext("sendMessage", 1, Fault.internalServerError());

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.errorCode()).isEqualTo(500);
        assertThat(emulator.calls("sendMessage")).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsUnreachableAndTheTokenStaysSecret() {
        emulator.failNext("getMe", 5, Fault.droppedConnection());

        TelegramResult<?> result = gateway.execute(new GetMe());

        assertThat(result.status()).isEqualTo(TelegramResult.Status.UNREACHABLE);
        assertThat(result.response()).isNull();
        assertThat(result.description()).isNotBlank().doesNotContain(emulator.token())
                .doesNotContain(emulator.token().substring(emulator.token().indexOf(':') + 1));
    }

    @Test
    void anUnreachableServerIsAResultToo() {
        TelegramBot nowhere = new TelegramBot.Builder(emulator.token()).apiUrl("http://127.0.0.1:1/bot").build();
        try {
            TelegramResult<?> result = new TelegramGateway(nowhere, sleeps::add, 3, Duration.ofSeconds(1))
                    .execute(new GetMe());
            assertThat(result.status()).isEqualTo(TelegramResult.Status.UNREACHABLE);
        } finally {
            nowhere.shutdown();
        }
    }

    @Test
    void redactsTheTokenAndItsSecret() {
        String token = "123:SECRET";

        assertThat(TelegramGateway.redact("POST http://x/bot123:SECRET/getMe failed", token))
                .isEqualTo("POST http://x/bot<token>/getMe failed");
        assertThat(TelegramGateway.redact("secret=SECRET", token)).isEqualTo("secret=<token>");
    }
}
