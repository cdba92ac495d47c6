package club.lasertag.crm.app;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import club.lasertag.crm.telegram.testing.TcpProxy;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's operating endpoints on the fat jar as a process: {@code /health} and {@code /metrics} answer, {@code
 * /health} says 503 while the database is gone, and a second process on the same SQLite file stops at start.
 */
class OperationsIT {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.empty();

    private static final Path JAR = Path.of("target", "crm-app.jar").toAbsolutePath();
    private static final EmulatedUser ADMIN = EmulatedUser.of(1, "Анна");
    private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?(/.*)$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void healthAndMetricsAnswerOnTheHealthPortOfARunningApp() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            int port = freePort();
            Process app = start("app", Map.of("TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1",
                    "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"), "CRM_HEALTH_PORT", String.valueOf(port)));

            HttpResponse<String> first = await(port, "/health", response -> response.statusCode() == 200, app);
            JsonObject health = JsonParser.parseString(first.body()).getAsJsonObject();
            assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(health.get("status").getAsString()).isEqualTo("up");
            assertThat(health.getAsJsonObject("database").get("status").getAsString()).isEqualTo("up");
            assertThat(health.getAsJsonObject("updates").get("mode").getAsString()).isEqualTo("polling");
            assertThat(health.getAsJsonObject("updates").get("status").getAsString()).isEqualTo("up");
            assertThat(health.get("last_update_seconds_ago").isJsonNull()).as("nothing handled yet").isTrue();

            telegram.failNext("sendMessage", 1, Fault.tooManyRequests(1));
            telegram.sendText(ADMIN, ADMIN.id(), "/help");
            telegram.awaitBotMessages(ADMIN.id(), 1, Duration.ofSeconds(60));

            HttpResponse<String> metrics = await(port, "/metrics",
                    response -> response.body().contains("crm_updates_handled_total{kind=\"/help\",outcome=\"replied\"} 1.0"), app);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body())
                    .containsPattern("crm_update_handling_seconds_bucket\\{kind=\"/help\",le=\"0\\.1\"} [01]")
                    .contains("crm_update_handling_seconds_bucket{kind=\"/help\",le=\"+Inf\"} 1")
                    .containsPattern("crm_update_handling_seconds_count\\{kind=\"/help\"} 1")
                    .contains("crm_telegram_errors_total{code=\"429\",method=\"sendMessage\"} 1.0")
                    .contains("crm_outbox_backlog 0.0")
                    .containsPattern("crm_telegram_polls_total [1-9]")
                    .containsPattern("hikaricp_connections_active\\{pool=\"crm-sqlite\"}")
                    .containsPattern("hikaricp_connections_max\\{pool=\"crm-sqlite\"} 4.0")
                    .contains("jvm_memory_used_bytes");
            JsonObject after = JsonParser.parseString(get(port, "/health").body()).getAsJsonObject();
            assertThat(after.get("last_update_seconds_ago").getAsDouble()).isBetween(0.0, 60.0);
            assertThat(get(port, "/other").statusCode()).isEqualTo(404);

            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(log("app")).contains("Health and metrics at http://127.0.0.1:" + port + "/health")
                    .containsPattern("update \\d+: /help in chat 1, replied in \\d+ ms");
        }
    }

    @Test
    void aSecondProcessOnTheSameSqliteFileStopsAtStartWithAClearMessage() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1",
                    "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"));
            Process first = start("first", env);
            awaitLog("first", "LaserTag CRM is running", first);

            Process second = start("second", env);

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(log("second")).contains("Cannot start: the SQLite database " + dir.resolve("crm.db")
                            + " is in use by another LaserTag CRM process")
                    .contains("several instances need PostgreSQL").doesNotContain("\tat ");
            assertThat(first.isAlive()).isTrue();
            telegram.sendText(ADMIN, ADMIN.id(), "/help");
            assertThat(telegram.awaitBotMessages(ADMIN.id(), 1, Duration.ofSeconds(60))).hasSize(1);

            first.destroy();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Process afterwards = start("afterwards", env); // the lock goes with its process
            awaitLog("afterwards", "LaserTag CRM is running", afterwards);
        }
    }

    @Test
    void healthSays503WhileTheDatabaseIsGoneAnd200WhenItIsBack() throws Exception {
        Matcher url = POSTGRES_URL.matcher(postgres.jdbcUrl());
        assertThat(url.matches()).as(postgres.jdbcUrl()).isTrue();
        try (BotApiEmulator telegram = BotApiEmulator.start();
                TcpProxy proxy = TcpProxy.to(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)))) {
            int port = freePort();
            Process app = start("app", Map.of("TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1",
                    "CRM_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3),
                    "CRM_HEALTH_PORT", String.valueOf(port)));
            await(port, "/health", response -> response.statusCode() == 200, app);

            proxy.cut();
            HttpResponse<String> down = get(port, "/health");

            assertThat(down.statusCode()).isEqualTo(503);
            JsonObject health = JsonParser.parseString(down.body()).getAsJsonObject();
            assertThat(health.get("status").getAsString()).isEqualTo("down");
            assertThat(health.getAsJsonObject("database").get("status").getAsString()).isEqualTo("down");
            assertThat(health.getAsJsonObject("updates").get("status").getAsString()).isEqualTo("up");
            assertThat(down.body()).doesNotContain("jdbc:", "password");

            proxy.restore();
            await(port, "/health", response -> response.statusCode() == 200, app);
        }
    }

    private Process start(String name, Map<String, String> env) throws IOException {
        assertThat(JAR).as("the fat jar is built by the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_")
                || key.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private String log(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    private void awaitLog(String name, String text, Process app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!log(name).contains(text)) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("no '" + text + "':\n" + log(name));
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer satisfies {@code done} (the app may still be starting). */
    private HttpResponse<String> await(int port, String path, Predicate<HttpResponse<String>> done, Process app)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + dumpLogs());
            }
            try {
                last = get(port, path);
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never as expected; last: " + (last == null ? "no answer" : last.statusCode()
                + " " + last.body()) + "\n" + dumpLogs());
    }

    private String dumpLogs() throws IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".log")).toList()) {
                logs.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return logs.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
