package club.lasertag.crm.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the middle of a dialog, with real processes: the app is killed (SIGKILL, no shutdown hook) while a
 * manager is adding a client, started again on the same SQLite file, and the manager goes on where they were.
 */
class CrashRecoveryIT {

    private static final long MANAGER = 2;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process app;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDialogSurvivesAKill() throws Exception {
        port = freePort();
        app = start();
        send("/client");
        JsonObject prompt = awaitBotMessage("Напишите телефон или фамилию");
        press(prompt, "cl:new");
        awaitBotMessage("шаг 1 из 7");
        send("8 999 111-22-33");
        awaitBotMessage("шаг 2 из 7");

        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no clean stop
        app = start();
        send("Пётр");

        JsonObject next = awaitBotMessage("шаг 3 из 7");
        assertThat(next.get("plainText").getAsString()).contains("+7 999 111-22-33").contains("Пётр");
    }

    private Process start() throws Exception {
        Path jar = Path.of("target", "crm-app.jar").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_"));
        builder.environment().put("CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"));
        builder.environment().put("CRM_SANDBOX_PORT", String.valueOf(port));
        Process process = builder.start();
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the app is running").isTrue();
            try {
                if (get("/api/persons").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the sandbox did not come up within " + WAIT);
    }

    private void send(String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("person", MANAGER);
        body.addProperty("text", text);
        assertThat(post("/api/send", body).statusCode()).isEqualTo(200);
    }

    private void press(JsonObject message, String data) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("person", MANAGER);
        body.addProperty("messageId", message.get("id").getAsInt());
        body.addProperty("data", data);
        assertThat(post("/api/press", body).statusCode()).isEqualTo(200);
    }

    /** Waits for the latest bot message of the manager's chat to contain {@code text}. */
    private JsonObject awaitBotMessage(String text) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Optional<JsonObject> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            last = lastBotMessage();
            if (last.filter(message -> message.get("plainText").getAsString().contains(text)).isPresent()) {
                return last.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no bot message with '" + text + "'; the last one: " + last);
    }

    private Optional<JsonObject> lastBotMessage() throws Exception {
        JsonArray messages = JsonParser.parseString(get("/api/chat?person=" + MANAGER).body())
                .getAsJsonObject().getAsJsonArray("messages");
        JsonObject last = null;
        for (JsonElement element : messages) {
            if ("bot".equals(element.getAsJsonObject().get("sender").getAsString())) {
                last = element.getAsJsonObject();
            }
        }
        return Optional.ofNullable(last);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
