package club.lasertag.crm.app;

import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.telegram.chat.CommandMenu;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.testing.BotHarness;
import com.pengrad.telegrambot.TelegramBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
    private CrmBot bot;
    private WebhookServer webhook;

    @BeforeEach
    void start() throws Exception {
        TestCrm crm = new TestCrm();
        UseCases useCases = BotHarness.useCasesOf(crm);
        TelegramBot pengrad = new TelegramBot.Builder(telegram.token()).apiUrl(telegram.apiUrl()).build();
        TelegramGateway gateway = new TelegramGateway(pengrad);
        bot = new CrmBot(pengrad, gateway, new Router(Features.all(useCases), crm.staffService,
                new InMemoryProcessedUpdates(), new InMemoryDialogStates(), crm.clock, CommandMenu.NONE));
        webhook = WebhookServer.start(0, "/telegram", SECRET, bot);
        telegram.sendText(EmulatedUser.of(TestCrm.ADMIN, "Анна"), TestCrm.ADMIN, "hello"); // opens the chat
    }

    @AfterEach
    void stop() {
        webhook.close();
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
        assertThat(post(SECRET, HELP_FROM_ADMIN)).isEqualTo(200);

        assertThat(telegram.chat(TestCrm.ADMIN).lastBotMessage()).hasValueSatisfying(
                message -> assertThat(message.plainText()).contains("/client"));
    }

    @Test
    void requestsWithoutTheRightSecretAreRefusedAndReachNothing() throws Exception {
        assertThat(post(null, HELP_FROM_ADMIN)).isEqualTo(401);
        assertThat(post("guess", HELP_FROM_ADMIN)).isEqualTo(401);

        assertThat(telegram.chat(TestCrm.ADMIN).botMessages()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        assertThat(post(SECRET, "not json")).isEqualTo(400);
    }

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/telegram"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
