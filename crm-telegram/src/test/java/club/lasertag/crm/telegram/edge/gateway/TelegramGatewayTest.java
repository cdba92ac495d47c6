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
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway wrapping the real pengrad client (built as the app builds it), against the Bot API emulator over
 * HTTP with injected faults. The sleeper records the waits instead of sleeping.
 */
class TelegramGatewayTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private BotApiEmulator emulator;
    private TelegramBot bot;
    private TelegramGateway gateway;

    @BeforeEach
    void start() {
        emulator = BotApiEmulator.start();
        bot = TelegramClients.create(emulator.token(), emulator.apiUrl());
        gateway = new TelegramGateway(bot, sleeps::add);
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
        assertThat(sleeps).isEmpty();
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
    void eachFailedAttemptIsToldWithItsMethodAndTelegramsCodeForTheMetrics() {
        List<String> failures = new CopyOnWriteArrayList<>();
        TelegramGateway observed = new TelegramGateway(bot, sleeps::add,
                new CallObserver() {
                    @Override
                    public void callFailed(String method, String code) {
                        failures.add(method + " " + code);
                    }
                });
        emulator.failNext("sendMessage", 1, Fault.tooManyRequests(1));
        emulator.failNext("sendMessage", 1, Fault.droppedConnection());
        emulator.failNext("editMessageText", 1, Fault.error(400, "Bad Request: message to edit not found"));

        assertThat(observed.execute(new SendMessage(ANNA.id(), "Заказ создан")).succeeded()).isTrue();
        observed.execute(new EditMessageText(ANNA.id(), 999_999, "нет такого"));
        observed.execute(new SendMessage(ANNA.id(), "ещё"));

        assertThat(failures).containsExactly("sendMessage 429", "sendMessage unreachable", "editMessageText 400");
    }

    @Test
    void fourRateLimitsInARowStillDeliverTheReply() {
        emulator.failNext("sendMessage", 4, Fault.tooManyRequests(5));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
    }

    @Test
    void givesUpOnRateLimitsWhenTheNextWaitWouldPassTheBudget() {
        emulator.failNext("sendMessage", 10, Fault.tooManyRequests(40));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.errorCode()).isEqualTo(429);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40)); // a third passes 90 s
        assertThat(emulator.calls("sendMessage")).hasSize(3);
    }

    @Test
    void doesNotWaitForARetryAfterLongerThanTheBudget() {
        emulator.failNext("sendMessage", 1, Fault.tooManyRequests(3600));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.errorCode()).isEqualTo(429);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aServerErrorIsResentAfterABackoffAndTheReplyDeliveredOnce() {
        emulator.failNext("sendMessage", 1, Fault.internalServerError());

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(emulator.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(500, 0);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
        assertThat(sleeps).singleElement().satisfies(wait -> assertThat(wait).isBetween(ms(250), ms(500)));
    }

    @Test
    void badGatewaysAreResentWithGrowingJitteredBackoff() {
        emulator.failNext("sendMessage", 3, Fault.error(502, "Bad Gateway"));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(ms(250), ms(500));
        assertThat(sleeps.get(1)).isBetween(ms(500), ms(1000));
        assertThat(sleeps.get(2)).isBetween(ms(1000), ms(2000));
    }

    @Test
    void givesUpOnServerErrorsAfterTheAllowedAttempts() {
        emulator.failNext("sendMessage", 20, Fault.error(503, "Service Unavailable"));

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "x"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.errorCode()).isEqualTo(503);
        assertThat(emulator.calls("sendMessage")).hasSize(TelegramGateway.DEFAULT_MAX_ATTEMPTS);
        assertThat(sleeps).hasSize(TelegramGateway.DEFAULT_MAX_ATTEMPTS - 1);
    }

    @Test
    void aSendWhoseConnectionDroppedIsResentAndShowsAtMostTwice() {
        emulator.failNext("sendMessage", 1, Fault.droppedConnectionAfterDoing());

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSizeBetween(1, 2)
                .allSatisfy(message -> assertThat(message.text()).isEqualTo("Заказ создан"));
        assertThat(emulator.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(-1, 0);
    }

    @Test
    void aSendWhoseConnectionDroppedBeforeTelegramDidItIsDeliveredOnce() {
        emulator.failNext("sendMessage", 1, Fault.droppedConnection());

        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "Заказ создан"));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.OK);
        assertThat(emulator.chat(ANNA.id()).botMessages()).hasSize(1);
    }

    @Test
    void anEditWhoseConnectionDroppedAfterItLandedIsRepeatedAndCountsAsDone() {
        int id = bot.execute(new SendMessage(ANNA.id(), "Календарь")).message().messageId();
        emulator.failNext("editMessageText", 1, Fault.droppedConnectionAfterDoing());

        TelegramResult<BaseResponse> result = gateway.execute(new EditMessageText(ANNA.id(), id, "Календарь: май"));

        assertThat(result.succeeded()).isTrue(); // the repeat finds it done: "message is not modified"
        assertThat(emulator.calls("editMessageText")).hasSize(2);
        assertThat(emulator.chat(ANNA.id()).botMessages()).singleElement()
                .satisfies(message -> assertThat(message.text()).isEqualTo("Календарь: май"));
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
    void otherClientErrorsAreReturnedNotThrownNorResent() {
        TelegramResult<SendResponse> result = gateway.execute(new SendMessage(ANNA.id(), "<b>oops").parseMode(ParseMode.HTML));

        assertThat(result.status()).isEqualTo(TelegramResult.Status.FAILED);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errorCode()).isEqualTo(400);
        assertThat(result.description()).startsWith("Bad Request: can't parse entities");
        assertThat(emulator.calls("sendMessage")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anEditOfAMessageThatIsGoneSaysSo() {
        TelegramResult<BaseResponse> result = gateway.execute(new EditMessageText(ANNA.id(), 999, "x"));

        assertThat(result.messageCannotBeEdited()).isTrue();
        assertThat(emulator.calls("editMessageText")).hasSize(1);
    }

    @Test
    void aConnectionThatKeepsDroppingIsUnreachableAndTheTokenStaysSecret() {
        emulator.failNext("getMe", 20, Fault.droppedConnection());

        TelegramResult<?> result = gateway.execute(new GetMe());

        assertThat(result.status()).isEqualTo(TelegramResult.Status.UNREACHABLE);
        assertThat(result.outcomeUnknown()).isTrue();
        assertThat(result.response()).isNull();
        assertThat(result.description()).isNotBlank().doesNotContain(emulator.token())
                .doesNotContain(emulator.token().substring(emulator.token().indexOf(':') + 1));
        assertThat(emulator.calls("getMe")).hasSize(TelegramGateway.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void anUnreachableServerIsAResultToo() {
        TelegramBot nowhere = TelegramClients.create(emulator.token(), "http://127.0.0.1:1/bot");
        try {
            TelegramResult<?> result = new TelegramGateway(nowhere, sleeps::add).execute(new GetMe());
            assertThat(result.status()).isEqualTo(TelegramResult.Status.UNREACHABLE);
            assertThat(sleeps).hasSize(TelegramGateway.DEFAULT_MAX_ATTEMPTS - 1);
        } finally {
            nowhere.shutdown();
        }
    }

    @Test
    void executeOnceNeverResends() {
        emulator.failNext("getUpdates", 1, Fault.internalServerError());

        TelegramResult<GetUpdatesResponse> result = gateway.executeOnce(new GetUpdates().timeout(0));

        assertThat(result.errorCode()).isEqualTo(500);
        assertThat(emulator.calls("getUpdates")).hasSize(1);
        assertThat(gateway.executeOnce(new GetUpdates().timeout(0)).ok())
                .hasValueSatisfying(response -> assertThat(response.updates()).hasSize(1));
    }

    @Test
    void anInterruptCancelsALongPollAtOnce() throws Exception {
        gateway.executeOnce(new GetUpdates().offset(Integer.MAX_VALUE / 2).timeout(0)); // nothing left to get
        CompletableFuture<TelegramResult<GetUpdatesResponse>> poll = new CompletableFuture<>();
        Thread poller = new Thread(() -> poll.complete(gateway.executeOnce(
                new GetUpdates().offset(Integer.MAX_VALUE / 2).timeout(TelegramClients.LONG_POLL_SECONDS))));
        poller.start();
        Thread.sleep(200);

        long started = System.nanoTime();
        poller.interrupt();
        TelegramResult<GetUpdatesResponse> result = poll.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.status()).isEqualTo(TelegramResult.Status.UNREACHABLE);
    }

    @Test
    void redactsTheTokenAndItsSecret() {
        String token = "123:SECRET";

        assertThat(TelegramGateway.redact("POST http://x/bot123:SECRET/getMe failed", token))
                .isEqualTo("POST http://x/bot<token>/getMe failed");
        assertThat(TelegramGateway.redact("secret=SECRET", token)).isEqualTo("secret=<token>");
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
