package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.telegram.botapi.Attachment;
import club.lasertag.crm.telegram.botapi.BotApiEmulator;
import club.lasertag.crm.telegram.botapi.CallbackQueryState;
import club.lasertag.crm.telegram.botapi.ChatEvent;
import club.lasertag.crm.telegram.botapi.ChatMessage;
import club.lasertag.crm.telegram.botapi.ChatView;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox: a web page that looks like a Telegram chat with the bot, backed by the in-process
 * {@link BotApiEmulator}, so that a person can try the CRM in a browser without Telegram. You pick
 * who you are ({@link SandboxPerson}); each person has a private chat whose id is their user id.
 *
 * <p>One static page ({@code /}, from {@code sandbox/} on the class path) and a JSON API:
 * <ul>
 *   <li>{@code GET /api/persons} — the people you can write as;</li>
 *   <li>{@code GET /api/chat?person=ID} — the chat as the person sees it: {@code seq} and the visible
 *       messages ({@code id, sender, kind, html, plainText, edited, editCount, date, keyboard,
 *       attachment}), {@code html} being safe to insert;</li>
 *   <li>{@code GET /api/updates?since=SEQ&timeout=S} — long poll: answers as soon as any chat has an
 *       event after {@code since} (or after {@code timeout} seconds) with {@code {seq, changed:[chat
 *       ids]}};</li>
 *   <li>{@code POST /api/send {person, text}} — the person writes;</li>
 *   <li>{@code POST /api/press {person, messageId, data}} — the person taps an inline button; answers
 *       once the bot answered the callback query (up to 3 s) with its text/alert;</li>
 *   <li>{@code GET /api/attachment?person=ID&message=MID} — a photo's or document's bytes;</li>
 *   <li>{@code GET /api/commands?person=ID} — the bot's command list for the person (setMyCommands).</li>
 * </ul>
 * POSTs must be {@code application/json} and same-origin: no other site open in the browser can
 * write as the person. Thread-safe; {@link #close()} stops the server (not the emulator).
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);
    private static final int MAX_TEXT = 4096;
    private static final int MAX_BODY = 64 * 1024;
    private static final int KEPT_CHANGES = 2000;
    private static final Duration MAX_POLL = Duration.ofSeconds(30);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(3);
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/sandbox.css", "sandbox.css",
            "/sandbox.js", "sandbox.js",
            "/favicon.svg", "favicon.svg");
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final BotApiEmulator emulator;
    private final Map<Long, SandboxPerson> persons;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String host;
    private final boolean loopback;
    private final Consumer<ChatEvent> listener = this::onEvent;

    /** Guarded by {@code this}: the latest event sequence and recent (sequence, chat id) pairs. */
    private long latestSequence;
    private final Deque<long[]> changes = new ArrayDeque<>();
    private long forgottenUpTo;
    private boolean closed;

    private SandboxServer(BotApiEmulator emulator, List<SandboxPerson> persons, String host, int port) throws IOException {
        this.emulator = emulator;
        this.persons = byId(persons);
        this.host = host;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        emulator.addListener(listener);
        for (ChatView chat : emulator.chats()) {
            chat.events().forEach(this::onEvent);
        }
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException | RuntimeException e) {
            emulator.removeListener(listener);
            executor.shutdownNow();
            throw e;
        }
        this.loopback = server.getAddress().getAddress().isLoopbackAddress();
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves the sandbox for {@link SandboxPerson#defaults()}. */
    public static SandboxServer start(BotApiEmulator emulator, String host, int port) {
        return start(emulator, SandboxPerson.defaults(), host, port);
    }

    /**
     * Serves the sandbox on {@code host:port} (port 0 = ephemeral; use {@code 127.0.0.1}: the page
     * has no login) for these persons, shown in this order.
     *
     * @throws UncheckedIOException if the port is taken
     */
    public static SandboxServer start(BotApiEmulator emulator, List<SandboxPerson> persons, String host, int port) {
        java.util.Objects.requireNonNull(emulator, "emulator");
        java.util.Objects.requireNonNull(host, "host");
        try {
            return new SandboxServer(emulator, persons, host, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox on " + host + ":" + port, e);
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + port() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<SandboxPerson> persons() {
        return List.copyOf(persons.values());
    }

    /** Stops serving and wakes pending long polls; the emulator keeps running. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            notifyAll();
        }
        emulator.removeListener(listener);
        server.stop(0);
        executor.shutdownNow();
    }

    private static Map<Long, SandboxPerson> byId(List<SandboxPerson> persons) {
        if (persons == null || persons.isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs at least one person");
        }
        Map<Long, SandboxPerson> byId = new LinkedHashMap<>();
        for (SandboxPerson person : persons) {
            if (byId.put(person.id(), person) != null) {
                throw new IllegalArgumentException("two sandbox persons with id " + person.id());
            }
        }
        return byId;
    }

    // ---- change tracking (for long polls) ----

    private synchronized void onEvent(ChatEvent event) {
        if (event.sequence() > latestSequence) {
            latestSequence = event.sequence();
        }
        changes.addLast(new long[] {event.sequence(), event.message().chatId()});
        while (changes.size() > KEPT_CHANGES) {
            forgottenUpTo = changes.removeFirst()[0];
        }
        notifyAll();
    }

    /** Waits until some event is newer than {@code since}; returns {seq, changed chat ids}. */
    private synchronized JsonObject awaitChanges(long since, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (latestSequence <= since && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        Set<Long> changed = new LinkedHashSet<>();
        if (since > latestSequence || since < forgottenUpTo) {
            changed.addAll(persons.keySet()); // the page is from another run or too far behind: refresh all
        } else {
            for (long[] change : changes) {
                if (change[0] > since) {
                    changed.add(change[1]);
                }
            }
        }
        JsonObject json = new JsonObject();
        json.addProperty("seq", latestSequence);
        JsonArray ids = new JsonArray();
        changed.forEach(ids::add);
        json.add("changed", ids);
        return json;
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            try {
                route(exchange, method, path);
            } catch (BadRequest e) {
                sendError(exchange, e.status, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sendError(exchange, 503, "Песочница останавливается");
            } catch (IOException e) {
                log.trace("sandbox client went away", e);
            } catch (RuntimeException e) {
                log.warn("sandbox request {} {} failed", method, path, e);
                sendError(exchange, 500, "Ошибка песочницы: " + e.getMessage());
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException, InterruptedException {
        if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
            throw new BadRequest(403, "Песочница открывается только по адресу " + url());
        }
        String resource = STATIC.get(path);
        if (resource != null) {
            requireMethod(method, "GET", "HEAD");
            serveResource(exchange, resource);
            return;
        }
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
                Map<String, String> query = query(exchange);
                long since = number(query.get("since"), "since");
                long seconds = query.containsKey("timeout") ? number(query.get("timeout"), "timeout") : 25;
                Duration timeout = Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_POLL.toSeconds())));
                sendJson(exchange, 200, awaitChanges(since, timeout));
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
            default -> throw new BadRequest(404, "Нет такой страницы: " + path);
        }
    }

    private void send(HttpExchange exchange, JsonObject body) throws IOException {
        SandboxPerson person = person(string(body, "person"));
        String text = string(body, "text");
        if (text == null || text.isBlank()) {
            throw new BadRequest(400, "Пустое сообщение не отправить");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequest(400, "Сообщение длиннее " + MAX_TEXT + " символов");
        }
        ChatMessage sent = emulator.sendText(person.asUser(), person.id(), text);
        sendJson(exchange, 200, ChatJson.message(person, sent));
    }

    private void press(HttpExchange exchange, JsonObject body) throws IOException, InterruptedException {
        SandboxPerson person = person(string(body, "person"));
        int messageId = (int) number(string(body, "messageId"), "messageId");
        String data = string(body, "data");
        if (data == null) {
            throw new BadRequest(400, "Не указана кнопка (data)");
        }
        String queryId;
        try {
            queryId = emulator.pressButton(person.asUser(), person.id(), messageId, data);
        } catch (IllegalArgumentException e) {
            // the bot edited or deleted the message in the meantime
            throw new BadRequest(409, "Этой кнопки уже нет: сообщение изменилось");
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
                .orElseThrow(() -> new BadRequest(404, "Нет сообщения " + messageId));
        Attachment attachment = message.attachmentIfAny()
                .filter(found -> found.size() > 0)
                .orElseThrow(() -> new BadRequest(404, "У сообщения " + messageId + " нет файла"));
        boolean inline = ChatJson.isInlineImage(message, attachment);
        String type = inline ? ChatJson.contentType(message, attachment) : "application/octet-stream";
        String name = ChatJson.displayName(message, attachment);
        exchange.getResponseHeaders().set("Content-Disposition", (inline ? "inline" : "attachment")
                + "; filename*=UTF-8''" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox; default-src 'none'");
        send(exchange, 200, type, attachment.bytes());
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
            throw new BadRequest(404, "Нет такого человека: " + personId);
        }
        return person;
    }

    /**
     * On a loopback address, only loopback host names: a web site that points its own name at
     * 127.0.0.1 (DNS rebinding) must not read or write the chats.
     */
    private boolean hostAllowed(String hostHeader) {
        if (!loopback) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String name = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")
                || name.equals(host.toLowerCase(Locale.ROOT)) || name.equals("[" + host.toLowerCase(Locale.ROOT) + "]");
    }

    private static void requireMethod(String method, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(method)) {
                return;
            }
        }
        throw new BadRequest(405, "Метод " + method + " здесь не поддерживается");
    }

    private static long number(String value, String name) {
        if (value == null) {
            throw new BadRequest(400, "Не указан параметр " + name);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "Параметр " + name + " должен быть числом: " + value);
        }
    }

    private static String string(JsonObject body, String name) {
        JsonElement element = body.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** Reads a same-origin JSON body; a form or a cross-site request is refused (CSRF). */
    private static JsonObject jsonBody(HttpExchange exchange) throws IOException {
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest(415, "Ожидается JSON (Content-Type: application/json)");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("null") && hostHeader != null
                && !hostHeader.equalsIgnoreCase(URI.create(origin).getRawAuthority())) {
            throw new BadRequest(403, "Запрос с чужого сайта");
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new BadRequest(413, "Слишком большой запрос");
        }
        try {
            JsonElement json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new BadRequest(400, "Ожидается JSON-объект");
            }
            return json.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new BadRequest(400, "Неверный JSON: " + e.getMessage());
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private void serveResource(HttpExchange exchange, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = SandboxServer.class.getClassLoader().getResourceAsStream("sandbox/" + name)) {
            if (in == null) {
                throw new BadRequest(404, "Нет файла " + name);
            }
            bytes = in.readAllBytes();
        }
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        if (name.endsWith(".html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        }
        send(exchange, 200, type, bytes);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonElement json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void sendError(HttpExchange exchange, int status, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("error", message);
        try {
            sendJson(exchange, status, json);
        } catch (IOException | RuntimeException e) {
            log.trace("could not send an error to the sandbox client", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** An answer to the page other than 200, with a Russian message it can show. */
    private static final class BadRequest extends RuntimeException {

        private final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
