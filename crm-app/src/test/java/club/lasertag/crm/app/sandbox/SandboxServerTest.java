package club.lasertag.crm.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.ChatMessage;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's HTTP API against a running server, the emulator and a real pengrad echo bot. */
class SandboxServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ADMIN = 1;
    private static final long MANAGER = 2;

    private EchoSandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        sandbox = new EchoSandbox();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void servesThePageAndItsFilesWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).contains("песочница", "id=\"messages\"", "id=\"message-input\"", "/sandbox.js");

        assertThat(get("/sandbox.js").statusCode()).isEqualTo(200);
        assertThat(get("/sandbox.css").body()).contains(".inline-button");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void listsThePersonsInTheGivenOrder() throws Exception {
        JsonArray persons = json(get("/api/persons")).getAsJsonArray("persons");

        assertThat(persons).extracting(p -> p.getAsJsonObject().get("name").getAsString())
                .containsExactly("Администратор", "Менеджер", "Незнакомец");
        assertThat(persons).extracting(p -> p.getAsJsonObject().get("id").getAsLong()).containsExactly(1L, 2L, 4L);
    }

    @Test
    void sentTextReachesTheBotAndItsReplyShowsWithTheKeyboard() throws Exception {
        HttpResponse<String> sent = post("/api/send", "{\"person\":1,\"text\":\"привет\"}");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(json(sent).get("sender").getAsString()).isEqualTo("user");

        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);
        JsonArray messages = chat(ADMIN).getAsJsonArray("messages");

        assertThat(messages).hasSize(2);
        JsonObject mine = messages.get(0).getAsJsonObject();
        JsonObject reply = messages.get(1).getAsJsonObject();
        assertThat(mine.get("sender").getAsString()).isEqualTo("user");
        assertThat(mine.get("html").getAsString()).isEqualTo("привет");
        assertThat(reply.get("sender").getAsString()).isEqualTo("bot");
        assertThat(reply.get("html").getAsString()).isEqualTo("Вы написали: <b>привет</b>\nЧто дальше?");
        assertThat(reply.get("plainText").getAsString()).isEqualTo("Вы написали: привет\nЧто дальше?");
        JsonArray keyboard = reply.getAsJsonArray("keyboard");
        JsonObject first = keyboard.get(0).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(first.get("text").getAsString()).isEqualTo("Нажми меня");
        assertThat(first.get("data").getAsString()).isEqualTo("press:1");
        JsonObject link = keyboard.get(1).getAsJsonArray().get(1).getAsJsonObject();
        assertThat(link.get("url").getAsString()).isEqualTo("https://example.org/");
        assertThat(link.has("data")).isFalse();
    }

    @Test
    void userTextIsEscapedAndTheBotsHtmlIsRenderedSafely() throws Exception {
        String hostile = "<script>alert(1)</script> & <b onclick=\"x()\">жирный?</b>";
        post("/api/send", body(ADMIN, "text", hostile));
        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);

        JsonArray messages = chat(ADMIN).getAsJsonArray("messages");
        String mine = messages.get(0).getAsJsonObject().get("html").getAsString();
        String reply = messages.get(1).getAsJsonObject().get("html").getAsString();

        assertThat(mine).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x()&quot;&gt;жирный?&lt;/b&gt;");
        assertThat(reply).startsWith("Вы написали: <b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x()&quot;&gt;")
                .doesNotContain("<script", "<b onclick");
        assertThat(messages.get(0).getAsJsonObject().get("plainText").getAsString()).isEqualTo(hostile);
    }

    @Test
    void pressingAButtonShowsTheBotsEditInPlace() throws Exception {
        post("/api/send", body(ADMIN, "text", "заказ"));
        ChatMessage reply = sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT).get(0);

        HttpResponse<String> pressed = post("/api/press",
                "{\"person\":1,\"messageId\":" + reply.messageId() + ",\"data\":\"press:1\"}");

        assertThat(pressed.statusCode()).isEqualTo(200);
        JsonObject answer = json(pressed);
        assertThat(answer.get("answered").getAsBoolean()).isTrue();
        assertThat(answer.get("text").getAsString()).isEqualTo(EchoSandbox.PRESS_ANSWER);
        assertThat(answer.get("showAlert").getAsBoolean()).isFalse();

        JsonArray messages = chat(ADMIN).getAsJsonArray("messages");
        assertThat(messages).hasSize(2);
        JsonObject edited = messages.get(1).getAsJsonObject();
        assertThat(edited.get("id").getAsInt()).isEqualTo(reply.messageId());
        assertThat(edited.get("edited").getAsBoolean()).isTrue();
        assertThat(edited.get("editCount").getAsInt()).isEqualTo(1);
        assertThat(edited.get("html").getAsString()).isEqualTo("Кнопка нажата: <i>press:1</i> ✔");
        assertThat(edited.getAsJsonArray("keyboard").get(0).getAsJsonArray().get(0).getAsJsonObject()
                .get("text").getAsString()).isEqualTo("Ещё раз");
    }

    @Test
    void anAlertAnswerIsReported() throws Exception {
        post("/api/send", body(ADMIN, "text", "заказ"));
        ChatMessage reply = sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT).get(0);

        JsonObject answer = json(post("/api/press",
                "{\"person\":1,\"messageId\":" + reply.messageId() + ",\"data\":\"alert\"}"));

        assertThat(answer.get("text").getAsString()).isEqualTo(EchoSandbox.ALERT_TEXT);
        assertThat(answer.get("showAlert").getAsBoolean()).isTrue();
    }

    @Test
    void pressingAButtonThatIsGoneIsAConflict() throws Exception {
        post("/api/send", body(ADMIN, "text", "заказ"));
        ChatMessage reply = sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT).get(0);
        post("/api/press", "{\"person\":1,\"messageId\":" + reply.messageId() + ",\"data\":\"press:1\"}");

        HttpResponse<String> again = post("/api/press",
                "{\"person\":1,\"messageId\":" + reply.messageId() + ",\"data\":\"press:1\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("error").getAsString()).contains("кнопки уже нет");
    }

    @Test
    void deletedMessagesAreHidden() throws Exception {
        post("/api/send", body(ADMIN, "text", "/delete"));
        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);

        JsonArray messages = chat(ADMIN).getAsJsonArray("messages");

        assertThat(messages).extracting(m -> m.getAsJsonObject().get("plainText").getAsString())
                .containsExactly("Удалил ваше сообщение");
    }

    @Test
    void photosAndDocumentsAreServedFromTheirMessages() throws Exception {
        post("/api/send", body(ADMIN, "text", "/photo"));
        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);
        post("/api/send", body(ADMIN, "text", "/file"));
        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);

        JsonArray messages = chat(ADMIN).getAsJsonArray("messages");
        JsonObject photo = messages.get(1).getAsJsonObject();
        JsonObject document = messages.get(3).getAsJsonObject();

        assertThat(photo.get("kind").getAsString()).isEqualTo("photo");
        assertThat(photo.get("html").getAsString()).isEqualTo("Схема <b>арены</b>");
        JsonObject image = photo.getAsJsonObject("attachment");
        assertThat(image.get("image").getAsBoolean()).isTrue();
        HttpResponse<byte[]> bytes = http.send(request(image.get("url").getAsString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(sandbox.photo);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");

        assertThat(document.get("kind").getAsString()).isEqualTo("document");
        JsonObject file = document.getAsJsonObject("attachment");
        assertThat(file.get("image").getAsBoolean()).isFalse();
        assertThat(file.get("name").getAsString()).isEqualTo("заказ.txt");
        HttpResponse<byte[]> download = http.send(request(file.get("url").getAsString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(EchoSandbox.DOCUMENT);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
    }

    @Test
    void eachPersonHasTheirOwnChat() throws Exception {
        post("/api/send", body(ADMIN, "text", "я админ"));
        sandbox.emulator.awaitBotMessages(ADMIN, 1, WAIT);
        post("/api/send", body(MANAGER, "text", "я менеджер"));
        sandbox.emulator.awaitBotMessages(MANAGER, 1, WAIT);

        JsonObject manager = chat(MANAGER);
        assertThat(manager.getAsJsonObject("person").get("name").getAsString()).isEqualTo("Менеджер");
        assertThat(manager.getAsJsonArray("messages")).extracting(m -> m.getAsJsonObject().get("plainText").getAsString())
                .containsExactly("я менеджер", "Вы написали: я менеджер\nЧто дальше?");
        assertThat(chat(4).getAsJsonArray("messages")).isEmpty();
        assertThat(sandbox.emulator.chat(MANAGER).visibleMessages().get(0).fromUserId()).isEqualTo(MANAGER);
    }

    @Test
    void longPollAnswersAsSoonAsAChatChanges() throws Exception {
        long seq = json(get("/api/updates?since=0&timeout=0")).get("seq").getAsLong();

        CompletableFuture<HttpResponse<String>> poll = http.sendAsync(
                request("/api/updates?since=" + seq + "&timeout=20").build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(poll).isNotDone();
        post("/api/send", body(MANAGER, "text", "есть кто?"));

        JsonObject changes = json(poll.get(5, TimeUnit.SECONDS));
        assertThat(changes.get("seq").getAsLong()).isGreaterThan(seq);
        assertThat(changes.getAsJsonArray("changed")).extracting(JsonElement::getAsLong).contains(MANAGER);
        assertThat(chat(MANAGER).get("seq").getAsLong()).isGreaterThan(seq);
    }

    @Test
    void longPollFromAnotherRunRefreshesEverything() throws Exception {
        JsonObject changes = json(get("/api/updates?since=999999&timeout=5"));

        assertThat(changes.getAsJsonArray("changed")).extracting(JsonElement::getAsLong).containsExactly(1L, 2L, 4L);
    }

    @Test
    void offersTheBotsCommands() throws Exception {
        JsonArray commands = json(get("/api/commands?person=2")).getAsJsonArray("commands");

        assertThat(commands).extracting(c -> c.getAsJsonObject().get("command").getAsString())
                .containsExactly("client", "order", "calendar");
        assertThat(commands.get(1).getAsJsonObject().get("description").getAsString()).isEqualTo("Новый заказ");
    }

    @Test
    void refusesBadAndCrossSiteRequests() throws Exception {
        assertThat(post("/api/send", body(ADMIN, "text", "  ")).statusCode()).isEqualTo(400);
        assertThat(post("/api/send", body(3, "text", "кто я?")).statusCode()).isEqualTo(404);
        assertThat(post("/api/send", "не json").statusCode()).isEqualTo(400);
        assertThat(post("/api/send", body(ADMIN, "text", "x".repeat(4097))).statusCode()).isEqualTo(400);
        assertThat(get("/api/chat").statusCode()).isEqualTo(400);
        assertThat(get("/api/send").statusCode()).isEqualTo(405);

        HttpResponse<String> form = http.send(request("/api/send")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("person=1&text=hi")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);

        HttpResponse<String> crossSite = http.send(request("/api/send")
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body(ADMIN, "text", "hi"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);

        assertThat(sandbox.emulator.chat(ADMIN).messages()).isEmpty();
    }

    @Test
    void refusesForeignHostNamesOnLoopback() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", sandbox.server.port())) {
            socket.getOutputStream().write(("GET /api/chat?person=1 HTTP/1.1\r\nHost: rebound.example:"
                    + sandbox.server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 403");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + sandbox.server.port() + "/api/persons"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void closingStopsServingButNotTheEmulator() throws Exception {
        sandbox.server.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get("/api/persons")).isInstanceOf(IOException.class);
        assertThat(sandbox.emulator.chat(ADMIN).messages()).isEmpty();
    }

    // ---- helpers ----

    private JsonObject chat(long person) throws Exception {
        HttpResponse<String> response = get("/api/chat?person=" + person);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String body(long person, String field, String value) {
        JsonObject json = new JsonObject();
        json.addProperty("person", person);
        json.addProperty(field, value);
        return json.toString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.url()).resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @SuppressWarnings("unused")
    private static List<String> texts(JsonArray messages) {
        return messages.asList().stream().map(m -> m.getAsJsonObject().get("plainText").getAsString()).toList();
    }
}
