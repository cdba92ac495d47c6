package club.lasertag.crm.app.sandbox;

import static club.lasertag.crm.app.sandbox.Requests.jsonBody;
import static club.lasertag.crm.app.sandbox.Requests.number;
import static club.lasertag.crm.app.sandbox.Requests.query;
import static club.lasertag.crm.app.sandbox.Requests.requireMethod;
import static club.lasertag.crm.app.sandbox.Requests.string;
import static club.lasertag.crm.app.sandbox.Responses.sendJson;

import club.lasertag.crm.botapi.Attachment;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.CallbackQueryState;
import club.lasertag.crm.botapi.ChatMessage;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The sandbox's JSON API under {@code /api/} (described on {@link SandboxServer}). */
final class SandboxApi {

    private static final int MAX_TEXT = 4096;
    private static final Duration MAX_POLL = Duration.ofSeconds(30);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(3);

    private final BotApiEmulator emulator;
    private final Map<Long, SandboxPerson> persons;
    private final ChatChanges changes;

    SandboxApi(BotApiEmulator emulator, Map<Long, SandboxPerson> persons, ChatChanges changes) {
        this.emulator = emulator;
        this.persons = persons;
        this.changes = changes;
    }

    void handle(HttpExchange exchange, String method, String path) throws IOException, InterruptedException {
        switch (path) {
            case "/api/persons" -> {
                requireMethod(method, "GET");
                JsonArray json = new JsonArray();
                persons.values().forEach(person -> json.add(ChatJson.person(person)));
                JsonObject body = new JsonObject();
                body.add("persons", json);
                sendJson(exchange, 200, body);
            }
            case "/api/chat" -> {
                requireMethod(method, "GET");
                SandboxPerson person = person(query(exchange).get("person"));
                sendJson(exchange, 200, ChatJson.chat(person, emulator.chat(person.id())));
            }
            case "/api/updates" -> {
                requireMethod(method, "GET");
                updates(exchange, query(exchange));
            }
            case "/api/send" -> {
                requireMethod(method, "POST");
                send(exchange, jsonBody(exchange));
            }
            case "/api/press" -> {
                requireMethod(method, "POST");
                press(exchange, jsonBody(exchange));
            }
            case "/api/attachment" -> {
                requireMethod(method, "GET", "HEAD");
                attachment(exchange, query(exchange));
            }
            case "/api/commands" -> {
                requireMethod(method, "GET");
                commands(exchange, person(query(exchange).get("person")));
            }
            default -> throw new HttpError(404, "Нет такой страницы: " + path);
        }
    }

    private void updates(HttpExchange exchange, Map<String, String> query) throws IOException, InterruptedException {
        long since = number(query.get("since"), "since");
        long seconds = query.containsKey("timeout") ? number(query.get("timeout"), "timeout") : 25;
        Duration timeout = Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_POLL.toSeconds())));
        ChatChanges.Changed changed = changes.awaitAfter(since, timeout);
        JsonObject json = new JsonObject();
        json.addProperty("seq", changed.sequence());
        JsonArray ids = new JsonArray();
        changed.chatIds().forEach(ids::add);
        json.add("changed", ids);
        sendJson(exchange, 200, json);
    }

    private void send(HttpExchange exchange, JsonObject body) throws IOException {
        SandboxPerson person = person(string(body, "person"));
        String text = string(body, "text");
        if (text == null || text.isBlank()) {
            throw new HttpError(400, "Пустое сообщение не отправить");
        }
        if (text.length() > MAX_TEXT) {
            throw new HttpError(400, "Сообщение длиннее " + MAX_TEXT + " символов");
        }
        ChatMessage sent = emulator.sendText(person.asUser(), person.id(), text);
        sendJson(exchange, 200, ChatJson.message(person, sent));
    }

    private void press(HttpExchange exchange, JsonObject body) throws IOException, InterruptedException {
        SandboxPerson person = person(string(body, "person"));
        int messageId = (int) number(string(body, "messageId"), "messageId");
        String data = string(body, "data");
        if (data == null) {
            throw new HttpError(400, "Не указана кнопка (data)");
        }
        String queryId;
        try {
            queryId = emulator.pressButton(person.asUser(), person.id(), messageId, data);
        } catch (IllegalArgumentException e) {
            // the bot edited or deleted the message in the meantime
            throw new HttpError(409, "Этой кнопки уже нет: сообщение изменилось");
        }
        CallbackQueryState state = awaitAnswer(queryId);
        JsonObject json = new JsonObject();
        json.addProperty("queryId", queryId);
        json.addProperty("answered", state.answered());
        if (state.answerText() != null && !state.answerText().isEmpty()) {
            json.addProperty("text", state.answerText());
        }
        json.addProperty("showAlert", state.showAlert());
        sendJson(exchange, 200, json);
    }

    /** Like a Telegram client's spinner on the button: wait a little for answerCallbackQuery. */
    private CallbackQueryState awaitAnswer(String queryId) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (true) {
            CallbackQueryState state = emulator.callbackQuery(queryId).orElseThrow();
            if (state.answered() || System.nanoTime() > deadline) {
                return state;
            }
            Thread.sleep(25);
        }
    }

    private void attachment(HttpExchange exchange, Map<String, String> query) throws IOException {
        SandboxPerson person = person(query.get("person"));
        int messageId = (int) number(query.get("message"), "message");
        ChatMessage message = emulator.chat(person.id()).message(messageId)
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new HttpError(404, "Нет сообщения " + messageId));
        Attachment attachment = message.attachmentIfAny()
                .filter(found -> found.size() > 0)
                .orElseThrow(() -> new HttpError(404, "У сообщения " + messageId + " нет файла"));
        boolean inline = ChatJson.isInlineImage(message, attachment);
        String type = inline ? ChatJson.contentType(message, attachment) : "application/octet-stream";
        String name = ChatJson.displayName(message, attachment);
        exchange.getResponseHeaders().set("Content-Disposition", (inline ? "inline" : "attachment")
                + "; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox; default-src 'none'");
        Responses.send(exchange, 200, type, attachment.bytes());
    }

    private void commands(HttpExchange exchange, SandboxPerson person) throws IOException {
        // Telegram's order for a private chat: chat scope, all private chats, default; each with the
        // user's language first.
        List<String> scopes = List.of(
                "{\"type\":\"chat\",\"chat_id\":" + person.id() + "}",
                "{\"type\":\"all_private_chats\"}",
                "{\"type\":\"default\"}");
        List<Map.Entry<String, String>> commands = List.of();
        search:
        for (String scope : scopes) {
            for (String language : List.of(person.languageCode(), "")) {
                commands = emulator.commands(scope, language);
                if (!commands.isEmpty()) {
                    break search;
                }
            }
        }
        JsonArray json = new JsonArray();
        for (Map.Entry<String, String> command : commands) {
            JsonObject entry = new JsonObject();
            entry.addProperty("command", command.getKey());
            entry.addProperty("description", command.getValue());
            json.add(entry);
        }
        JsonObject body = new JsonObject();
        body.add("commands", json);
        sendJson(exchange, 200, body);
    }

    private SandboxPerson person(String id) {
        long personId = number(id, "person");
        SandboxPerson person = persons.get(personId);
        if (person == null) {
            throw new HttpError(404, "Нет такого человека: " + personId);
        }
        return person;
    }
}
