package club.lasertag.crm.app;

import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.chat.testing.InMemoryInbox;
import club.lasertag.crm.chat.testing.InMemoryOutbox;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;
import club.lasertag.crm.chat.testing.InMemoryUnitOfWork;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.telegram.chat.CommandMenu;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.testing.BotHarness;
import com.pengrad.telegrambot.TelegramBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook endpoint over real HTTP: the secret token guards it; updates reach the bot. */
class WebhookServerTest {

    private static final String SECRET = "webhook-secret_1";
    private static final String HELP_FROM_ADMIN = """
            {"update_id": 77, "message": {"message_id": 1, "date": 0, "text": "/help",
             "chat": {"id": 1, "type": "private"}, "from": {"id": 1, "is_bot": false, "first_name": "Анна"}}}
            """;

    private final BotApiEmulator telegram = BotApiEmulator.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean inboxDown = new AtomicBoolean();
    private InMemoryInbox inbox;
    private CrmBot bot;
    private WebhookServer webhook;

    @BeforeEach
    void start() throws Exception {
        TestCrm crm = new TestCrm();
        UseCases useCases = BotHarness.useCasesOf(crm);
        TelegramBot pengrad = TelegramClients.create(telegram.token(), telegram.apiUrl());
        TelegramGateway gateway = new TelegramGateway(pengrad);
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        InMemoryOutbox outbox = new InMemoryOutbox(unitOfWork);
        Router router = new Router(Features.all(useCases), crm.staffService, new InMemoryDialogStates(unitOfWork),
                crm.clock, CommandMenu.NONE);
        inbox = new InMemoryInbox(unitOfWork);
        bot = new CrmBot(pengrad, gateway,
                new UpdateHandler(router, unitOfWork, new InMemoryProcessedUpdates(unitOfWork), outbox,
                        failingWhenDown(inbox)), outbox);
        webhook = WebhookServer.start(0, "/telegram", SECRET, bot);
        telegram.sendText(EmulatedUser.of(TestCrm.ADMIN.value(), "Анна"), TestCrm.ADMIN.value(), "hello"); // opens the chat
    }

    @AfterEach
    void stop() {
        webhook.close();
        bot.close();
        telegram.close();
    }

    @Test
    void setsTheWebhookWithItsSecret() {
        assertThat(bot.useWebhook("https://crm.example.org/telegram", SECRET)).isTrue();

        assertThat(telegram.webhookUrl()).isEqualTo("https://crm.example.org/telegram");
        assertThat(telegram.calls("setWebhook")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("secret_token", SECRET));
    }

    @Test
    void anUpdateWithTheSecretIsHandled() throws Exception {
        assertThat(post(SECRET, HELP_FROM_ADMIN)).isEqualTo(200); // at once: handled in its chat's lane after

        assertThat(telegram.awaitBotMessages(TestCrm.ADMIN.value(), 1, Duration.ofSeconds(10))).singleElement()
                .satisfies(message -> assertThat(message.plainText()).contains("/client"));
    }

    @Test
    void aHandledUpdateLeavesNothingInTheInbox() throws Exception {
        assertThat(post(SECRET, HELP_FROM_ADMIN)).isEqualTo(200);

        telegram.awaitBotMessages(TestCrm.ADMIN.value(), 1, Duration.ofSeconds(10));
        assertThat(inbox.pending()).isEmpty(); // deleted in its unit of work, before the reply was sent
    }

    @Test
    void anUpdateThatCannotBeStoredIsRefusedSoThatTelegramPostsItAgain() throws Exception {
        inboxDown.set(true);

        assertThat(post(SECRET, HELP_FROM_ADMIN)).isEqualTo(503);
        Thread.sleep(300);
        assertThat(telegram.chat(TestCrm.ADMIN.value()).botMessages()).isEmpty();
    }

    @Test
    void updatesLeftInTheInboxAreHandledWhenTheWebhookIsSet() {
        inbox.store(77, TestCrm.ADMIN.value(), HELP_FROM_ADMIN);

        assertThat(bot.useWebhook("https://crm.example.org/telegram", SECRET)).isTrue();

        assertThat(telegram.awaitBotMessages(TestCrm.ADMIN.value(), 1, Duration.ofSeconds(10))).singleElement()
                .satisfies(message -> assertThat(message.plainText()).contains("/client"));
        assertThat(inbox.pending()).isEmpty();
    }

    @Test
    void requestsWithoutTheRightSecretAreRefusedAndReachNothing() throws Exception {
        assertThat(post(null, HELP_FROM_ADMIN)).isEqualTo(401);
        assertThat(post("guess", HELP_FROM_ADMIN)).isEqualTo(401);

        assertThat(telegram.chat(TestCrm.ADMIN.value()).botMessages()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        assertThat(post(SECRET, "not json")).isEqualTo(400);
    }

    @Test
    void listensOnTheLoopbackInterfaceByDefault() {
        assertThat(webhook.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void aClientSendingItsHeadSlowlyDelaysNoOtherRequest() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", webhook.port())) {
            OutputStream out = slow.getOutputStream();
            AtomicBoolean stop = new AtomicBoolean();
            Thread dripping = new Thread(() -> {
                byte[] head = ("POST /telegram HTTP/1.1\r\nHost: x\r\n" + "X-Padding: " + "p".repeat(1000))
                        .getBytes(StandardCharsets.US_ASCII);
                try {
                    for (int i = 0; i < head.length && !stop.get(); i++) {
                        out.write(head[i]);
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException e) {
                    // the server may drop it: fine
                }
            });
            dripping.setDaemon(true);
            dripping.start();
            Thread.sleep(700); // the slow head has begun

            long started = System.nanoTime();
            HttpRequest update = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/telegram"))
                    .header(WebhookServer.SECRET_HEADER, SECRET).timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(HELP_FROM_ADMIN)).build();

            assertThat(http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            stop.set(true);
        }
    }

    @Test
    void onlyTheConfiguredPathExactlyIsServed() throws Exception {
        for (String path : List.of("/telegramX", "/telegram/", "/telegram/x", "/tg/../telegram", "/telegram/../telegram",
                "/./telegram", "/TELEGRAM", "/", "//telegram")) {
            assertThat(rawPost(webhook.port(), path)).as(path).isEqualTo(404);
        }
        assertThat(telegram.chat(TestCrm.ADMIN.value()).botMessages()).isEmpty();
        assertThat(rawPost(webhook.port(), "/telegram")).isEqualTo(200);
        assertThat(rawPost(webhook.port(), "/telegram?x=1")).as("a query is no other path").isEqualTo(200);
    }

    @Test
    void aPathWithATrailingSlashIsKeptAsConfigured() throws Exception {
        try (WebhookServer slash = WebhookServer.start(0, "/telegram/", SECRET, bot)) {
            assertThat(rawPost(slash.port(), "/telegram")).isEqualTo(404);
            assertThat(rawPost(slash.port(), "/telegram/")).isEqualTo(200);
        }
    }

    /** A post of the update with the secret, to {@code path} exactly as written, over a plain socket. */
    private static int rawPost(int port, String path) throws IOException {
        byte[] body = HELP_FROM_ADMIN.replace("77", String.valueOf(100 + Math.abs(path.hashCode() % 100000)))
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + WebhookServer.SECRET_HEADER + ": " + SECRET
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/telegram"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code inbox}, except that storing fails while {@link #inboxDown} is set. */
    private Inbox failingWhenDown(Inbox inbox) {
        return new Inbox() {
            @Override
            public void store(long updateId, long laneKey, String json) {
                if (inboxDown.get()) {
                    throw new IllegalStateException("the database is unreachable");
                }
                inbox.store(updateId, laneKey, json);
            }

            @Override
            public List<Entry> pending() {
                return inbox.pending();
            }

            @Override
            public List<Entry> claim(int limit) {
                return inbox.claim(limit);
            }

            @Override
            public void done(long updateId) {
                inbox.done(updateId);
            }
        };
    }
}
