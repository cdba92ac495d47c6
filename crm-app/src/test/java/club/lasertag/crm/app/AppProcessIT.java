package club.lasertag.crm.app;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Stall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable jar as a real process: what someone who clones the repository and runs it sees. */
class AppProcessIT {

    private static final Path JAR = Path.of("target", "crm-app.jar");
    private static final EmulatedUser ADMIN = EmulatedUser.of(1, "Анна");

    @TempDir
    Path dir;

    @Test
    void withoutATokenItServesTheSandboxOnANewSqliteFileAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Path database = dir.resolve("data").resolve("crm.db");
        Process app = start(Map.of("CRM_DB_URL", "jdbc:sqlite:" + database, "CRM_SANDBOX_PORT", String.valueOf(port)));

        String page = awaitPage("http://127.0.0.1:" + port + "/", Duration.ofSeconds(60), app);
        app.destroy(); // SIGTERM

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        String log = output(app);
        assertThat(page).containsIgnoringCase("<html");
        assertThat(Files.exists(database)).isTrue();
        assertThat(log).contains("http://127.0.0.1:" + port).contains("LaserTag CRM stopped");
        assertThat(log).doesNotContain("Exception");
    }

    @Test
    void withATokenItPollsTheBotApiServerItIsGivenAndNeverLogsTheToken() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            Process app = start(Map.of("TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUrl(),
                    "CRM_ADMINS", "1", "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db")));

            telegram.sendText(ADMIN, ADMIN.id(), "/help");
            List<ChatMessage> answers = telegram.awaitBotMessages(ADMIN.id(), 1, Duration.ofSeconds(60));
            app.destroy();

            assertThat(answers.get(0).plainText()).contains("/client", "/order", "/calendar", "/staff");
            assertThat(telegram.commands()).isNotEmpty();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output(app)).containsPattern("update \\d+: /help in chat 1, replied in \\d+ ms")
                    .doesNotContain(telegram.token());
        }
    }

    @Test
    void withAWebhookUrlItRegistersTheWebhookAndServesOnlyRequestsWithTheSecret() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            int port = freePort();
            Process app = start(Map.of("TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUrl(),
                    "CRM_ADMINS", "1", "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"),
                    "CRM_WEBHOOK_URL", "https://crm.example.org/telegram", "CRM_WEBHOOK_PORT", String.valueOf(port),
                    "CRM_WEBHOOK_SECRET", "s3cret"));
            awaitWebhook(telegram, app);
            telegram.sendText(ADMIN, ADMIN.id(), "hello"); // opens the chat; with a webhook set, nobody polls it

            int refused = postUpdate(port, "wrong");
            int accepted = postUpdate(port, "s3cret");
            app.destroy();

            assertThat(telegram.webhookUrl()).isEqualTo("https://crm.example.org/telegram");
            assertThat(refused).isEqualTo(401);
            assertThat(accepted).isEqualTo(200); // at once, on queueing: a clean stop still handles it
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(telegram.chat(ADMIN.id()).lastBotMessage()).hasValueSatisfying(
                    message -> assertThat(message.plainText()).contains("/client"));
        }
    }

    /**
     * Issue 9 in webhook mode: an update answered 200 and not handled yet when the app is killed (SIGKILL) is handled
     * after the restart, once. Update 5 is handled and its reply held in flight by the emulator, so update 6 waits
     * behind it in the chat's lane, stored in the inbox only, when the kill comes.
     */
    @Test
    void aWebhookUpdateAnsweredButNotHandledWhenKilledIsHandledOnceAfterTheRestart() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            int port = freePort();
            Path database = dir.resolve("crm.db");
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1", "CRM_DB_URL", "jdbc:sqlite:" + database,
                    "CRM_WEBHOOK_URL", "https://crm.example.org/telegram", "CRM_WEBHOOK_PORT", String.valueOf(port),
                    "CRM_WEBHOOK_SECRET", "s3cret");
            Process app = start(env);
            awaitWebhook(telegram, app);
            telegram.openChat(ADMIN, ADMIN.id());
            Stall reply = telegram.stallNext("sendMessage", ADMIN.id());

            assertThat(postUpdate(port, "s3cret", 5)).isEqualTo(200);
            assertThat(reply.awaitCaught(Duration.ofSeconds(60))).as("update 5 handled, its reply in flight").isTrue();
            assertThat(postUpdate(port, "s3cret", 6)).isEqualTo(200); // queued behind 5: stored, not handled
            app.destroyForcibly(); // SIGKILL
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reply.release();
            assertThat(processedUpdates(database)).containsExactly(5L);
            assertThat(inbox(database)).containsExactly(6L);

            int webhooksSet = telegram.calls("setWebhook").size();
            Process again = start(env);
            List<ChatMessage> answers = telegram.awaitBotMessages(ADMIN.id(), 2, Duration.ofSeconds(60));
            awaitCalls(telegram, "setWebhook", webhooksSet + 1, again);
            telegram.awaitIdle(Duration.ofSeconds(1), Duration.ofSeconds(30));
            again.destroy();

            assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(answers).hasSize(2).allSatisfy(message -> assertThat(message.plainText()).contains("/client"));
            assertThat(telegram.chat(ADMIN.id()).botMessages()).as("each update answered once").hasSize(2);
            assertThat(processedUpdates(database)).containsExactly(5L, 6L);
            assertThat(inbox(database)).isEmpty();
            assertThat(output(again)).contains("1 update(s) received by an earlier run and not handled are handled now");
        }
    }

    @Test
    void anInvalidSettingStopsStartupWithOneClearLineAndNoStackTrace() throws Exception {
        Process app = start(Map.of("CRM_DB_URL", "jdbc:mysql://localhost/crm"));

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String log = output(app);
        assertThat(app.exitValue()).isEqualTo(2);
        assertThat(log).contains("CRM_DB_URL: must start with jdbc:sqlite: or jdbc:postgresql:");
        assertThat(log).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aTakenSandboxPortIsSaidInOneLineNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process app = start(Map.of("CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"),
                    "CRM_SANDBOX_PORT", String.valueOf(taken.getLocalPort())));

            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String log = output(app);
            assertThat(app.exitValue()).isEqualTo(1);
            assertThat(log).contains("Cannot start: cannot serve the sandbox on port " + taken.getLocalPort()
                    + " (set CRM_SANDBOX_PORT to a free port)");
            assertThat(log).doesNotContain("\tat ");
        }
    }

    @Test
    void anUnreachableDatabaseIsSaidInOneLine() throws Exception {
        Process app = start(Map.of("CRM_DB_URL", "jdbc:postgresql://127.0.0.1:1/crm", "CRM_SANDBOX_PORT", String.valueOf(freePort())));

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = output(app);
        assertThat(app.exitValue()).isEqualTo(1);
        assertThat(log).contains("Cannot start: the database at jdbc:postgresql://127.0.0.1:1/crm");
        assertThat(log).doesNotContain("\tat ");
    }

    private void awaitWebhook(BotApiEmulator telegram, Process app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (telegram.webhookUrl() == null || telegram.webhookUrl().isEmpty()) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("no webhook set:\n" + output(app));
            }
            Thread.sleep(100);
        }
    }

    private void awaitCalls(BotApiEmulator telegram, String method, int count, Process app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (telegram.calls(method).size() < count) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + method + ":\n" + output(app));
            }
            Thread.sleep(100);
        }
    }

    private static List<Long> processedUpdates(Path database) throws SQLException {
        return ids(database, "SELECT update_id FROM crm_processed_updates ORDER BY update_id");
    }

    private static List<Long> inbox(Path database) throws SQLException {
        return ids(database, "SELECT update_id FROM crm_inbox ORDER BY update_id");
    }

    private static List<Long> ids(Path database, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement st = db.createStatement();
                ResultSet rows = st.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static int postUpdate(int port, String secret) throws Exception {
        return postUpdate(port, secret, 5);
    }

    /** Posts update {@code updateId}: "/help" from the admin, as Telegram would. */
    private static int postUpdate(int port, String secret, int updateId) throws Exception {
        String update = """
                {"update_id": %d, "message": {"message_id": %d, "date": 0, "text": "/help",
                 "chat": {"id": 1, "type": "private"}, "from": {"id": 1, "is_bot": false, "first_name": "Анна"}}}
                """.formatted(updateId, 95 + updateId);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Process start(Map<String, String> env) throws IOException {
        assertThat(JAR).as("the fat jar is built by the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private String output(Process app) throws IOException {
        return Files.readString(dir.resolve("app.log"), StandardCharsets.UTF_8);
    }

    private String awaitPage(String url, Duration timeout, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + output(app));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("no page at " + url + " within " + timeout + ":\n" + output(app));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
