package club.lasertag.crm.botapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process fake of the Telegram Bot API on 127.0.0.1, good enough for the real pengrad client
 * ({@code new TelegramBot.Builder(token).apiUrl(emulator.apiUrl()).build()}), plus the user's side:
 * tests inject messages and button presses, wait for the bot's replies and inspect each chat as the
 * user sees it. It enforces the limits that bite in production (4096 characters, 64-byte callback
 * data, "message is not modified", HTML entity parsing) and can inject faults (429, 500, dropped
 * connections). Thread-safe.
 */
public final class BotApiEmulator implements AutoCloseable {

    /** A syntactically valid token; the number before the colon is the bot's user id, as in Telegram. */
    public static final String DEFAULT_TOKEN = "123456789:AAEmulatorTokenForTestsOnly_0123456789";

    private static final Logger log = LoggerFactory.getLogger(BotApiEmulator.class);

    static {
        // The JDK's HttpServer writes a response's headers and its body as two packets. With Nagle's algorithm on
        // (the JDK's default), the body waits for the client's delayed ACK of the headers: ~40 ms on Linux, on
        // every call, which made each scenario step cost ~100 ms. The JDK reads this property once, when its first
        // HttpServer starts; an explicit setting (-Dsun.net.httpserver.nodelay=false) is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    private static final String BOT_NAME = "LaserTag CRM";
    private static final String BOT_USERNAME = "lasertag_crm_emulator_bot";

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private static final Instant COUNTING_SINCE = Instant.parse("2024-01-01T00:00:00Z");

    private final Emulation emulation = new Emulation();
    private final BotApiMethods methods;
    private final java.util.List<Stall> stalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Simulated network time added to every Bot API call (half before handling it, half before answering). */
    private volatile long networkDelayNanos;
    private WebhookDelivery webhookDelivery;

    private BotApiEmulator(int port, String token) throws IOException {
        this.token = token;
        this.methods = new BotApiMethods(emulation, botIdOf(token), BOT_NAME, BOT_USERNAME);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bot-api-emulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts on an ephemeral port with {@link #DEFAULT_TOKEN}. */
    public static BotApiEmulator start() {
        return start(0, DEFAULT_TOKEN);
    }

    public static BotApiEmulator start(int port) {
        return start(port, DEFAULT_TOKEN);
    }

    /**
     * Starts for a bot that keeps what it handled across restarts (the app's sandbox): update ids go on from
     * the seconds since 2024 times four, as if Telegram had kept counting, so a bot that records handled update
     * ids does not take new updates for old ones (unless the previous run averaged over four updates a second).
     */
    public static BotApiEmulator startContinuing(int port) {
        BotApiEmulator emulator = start(port, DEFAULT_TOKEN);
        long seconds = Duration.between(COUNTING_SINCE, Instant.now()).toSeconds();
        emulator.emulation.firstUpdateId((int) Math.min(Integer.MAX_VALUE / 2, Math.max(1, seconds * 4)));
        return emulator;
    }

    /**
     * The next update gets id {@code first}, the following ones count on from it: for a bot that keeps the ids it
     * handled (in its database) and meets a new emulator, as after a restart of Telegram's side.
     */
    public void continueUpdateIdsFrom(int first) {
        if (first < 1) {
            throw new IllegalArgumentException("update ids start at 1: " + first);
        }
        emulation.firstUpdateId(first);
    }

    /** Starts on {@code port} (0 = ephemeral); only requests with {@code token} are authorized. */
    public static BotApiEmulator start(int port, String token) {
        botIdOf(token);
        try {
            return new BotApiEmulator(port, token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Bot API emulator on port " + port, e);
        }
    }

    // ---- where the bot connects ----

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** What to pass to pengrad's {@code TelegramBot.Builder.apiUrl}: {@code baseUrl() + "/bot"}. */
    public String apiUrl() {
        return baseUrl() + "/bot";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public long botId() {
        return botIdOf(token);
    }

    public String botUsername() {
        return BOT_USERNAME;
    }

    // ---- simulated network ----

    /**
     * Adds {@code perCall} of simulated network time to every Bot API call the bot makes (getUpdates included):
     * half of it passes before the call takes effect (the request on its way), half before the answer is sent
     * (the response on its way back). With webhook delivery, each post to the bot waits half of it first.
     * Zero (the default) turns it off; it may be changed at any time.
     */
    public void simulateNetworkDelay(Duration perCall) {
        if (perCall.isNegative()) {
            throw new IllegalArgumentException("a delay is not negative: " + perCall);
        }
        networkDelayNanos = perCall.toNanos();
    }

    public Duration networkDelay() {
        return Duration.ofNanos(networkDelayNanos);
    }

    /**
     * Delivers updates by webhook, as Telegram does, while the bot has a webhook set: posts each pending update to
     * {@code localUrl} (not to the bot's public https URL; the emulator stands in for the reverse proxy as well),
     * with setWebhook's secret token, on up to {@code connections} connections at once; a 2xx answer confirms it,
     * anything else offers it again 100 ms later. Off by default: tests that post updates themselves stay as
     * they are.
     */
    public synchronized void deliverWebhooksTo(java.net.URI localUrl, int connections) {
        deliverWebhooksTo(localUrl, connections, (updateId, json, status, headers) -> { });
    }

    /** {@link #deliverWebhooksTo(java.net.URI, int)}, telling {@code observer} of each post once answered. */
    public synchronized void deliverWebhooksTo(java.net.URI localUrl, int connections, WebhookObserver observer) {
        if (webhookDelivery != null) {
            throw new IllegalStateException("webhook delivery already runs");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections >= 1");
        }
        webhookDelivery = new WebhookDelivery(emulation, localUrl, connections, () -> networkDelayNanos / 2,
                java.util.Objects.requireNonNull(observer, "observer"));
    }

    // ---- the user's side ----

    /** The user writes {@code text} in the chat; the bot gets a {@code message} update. */
    public ChatMessage sendText(EmulatedUser user, long chatId, String text) {
        java.util.Objects.requireNonNull(text, "text");
        return userMessage(user, chatId, ChatMessage.Kind.TEXT, text, null);
    }

    /** The user sends a sticker (its emoji is kept as the message text). */
    public ChatMessage sendSticker(EmulatedUser user, long chatId, String emoji) {
        return userMessage(user, chatId, ChatMessage.Kind.STICKER, emoji, Attachment.uploaded("sticker.webp", "image/webp", new byte[0]));
    }

    /** The user sends a photo with an optional caption. */
    public ChatMessage sendPhoto(EmulatedUser user, long chatId, byte[] jpeg, String caption) {
        return userMessage(user, chatId, ChatMessage.Kind.PHOTO, caption, Attachment.uploaded("photo.jpg", "image/jpeg", jpeg));
    }

    /** The user edits one of their text messages; the bot gets an {@code edited_message} update. */
    public ChatMessage editText(EmulatedUser user, long chatId, int messageId, String newText) {
        return emulation.change(() -> {
            ChatState chat = requireChat(chatId);
            ChatMessage message = chat.find(messageId)
                    .filter(found -> !found.fromBot() && found.fromUserId() == user.id() && !found.deleted())
                    .orElseThrow(() -> new IllegalArgumentException("user " + user.id() + " has no message "
                            + messageId + " in chat " + chatId));
            ChatMessage edited = message.edit(newText, newText, null, message.keyboard());
            chat.replace(edited);
            emulation.record(chat, ChatEvent.Type.EDITED, edited);
            emulation.markUserAction(chat);
            emulation.enqueueUpdate("edited_message", Json.message(edited, chat, Json.user(user)));
            return edited;
        });
    }

    /**
     * The user taps the inline button carrying {@code callbackData} under message {@code messageId};
     * the bot gets a {@code callback_query} update. Returns the query id, to check with
     * {@link #callbackQuery(String)} whether the bot answered it.
     *
     * @throws IllegalArgumentException if the message is gone or shows no such button
     */
    public String pressButton(EmulatedUser user, long chatId, int messageId, String callbackData) {
        return emulation.change(() -> {
            ChatState chat = requireChat(chatId);
            ChatMessage message = chat.find(messageId).filter(found -> !found.deleted())
                    .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in chat " + chatId));
            boolean shown = message.buttons().stream().anyMatch(button -> callbackData.equals(button.callbackData()));
            if (!shown) {
                throw new IllegalArgumentException("message " + messageId + " has no button with data '"
                        + callbackData + "'; buttons: " + message.buttons());
            }
            CallbackQueryState query = emulation.newCallback(user.id(), chatId, messageId, callbackData);
            JsonObject json = new JsonObject();
            json.addProperty("id", query.id());
            json.add("from", Json.user(user));
            json.add("message", Json.message(message, chat,
                    message.fromBot() ? methods.botJson() : Json.user(user)));
            json.addProperty("chat_instance", Long.toString(chatId * 31 + botId()));
            json.addProperty("data", callbackData);
            emulation.markUserAction(chat);
            emulation.enqueueUpdate("callback_query", json);
            return query.id();
        });
    }

    /** Presses the button labelled {@code buttonText} on {@code message}. */
    public String pressButton(EmulatedUser user, ChatMessage message, String buttonText) {
        String data = message.callbackDataOf(buttonText).orElseThrow(() -> new IllegalArgumentException(
                "message " + message.messageId() + " has no callback button '" + buttonText + "': " + message.buttons()));
        return pressButton(user, message.chatId(), message.messageId(), data);
    }

    // ---- forged updates (a test makes the update itself and hands it to the bot) ----

    /**
     * Opens the chat as if {@code user} had written there, without an update: for tests that forge updates
     * themselves (a fuzzer, a webhook test) and need the bot's answers in this chat to be accepted.
     */
    public void openChat(EmulatedUser user, long chatId) {
        emulation.change(() -> emulation.chatForUser(user, chatId));
    }

    /**
     * A callback query the bot may answer once, for an update the test forges itself: unlike
     * {@link #pressButton}, the message need not exist nor show a button with {@code callbackData} (a forged or
     * stale press). Returns the query id to put in the update.
     */
    public String forgeCallbackQuery(EmulatedUser user, long chatId, int messageId, String callbackData) {
        return emulation.change(() -> emulation.newCallback(user.id(), chatId, messageId, callbackData).id());
    }

    private ChatMessage userMessage(EmulatedUser user, long chatId, ChatMessage.Kind kind, String text, Attachment attachment) {
        return emulation.change(() -> {
            ChatState chat = emulation.chatForUser(user, chatId);
            ChatMessage message = new ChatMessage(chatId, chat.nextMessageId(), ChatMessage.Sender.USER, user.id(),
                    kind, text, text, null, List.of(), attachment, Emulation.now(), 0, List.of(), false);
            emulation.append(chat, message);
            emulation.enqueueUpdate("message", Json.message(message, chat, Json.user(user)));
            return message;
        });
    }

    private ChatState requireChat(long chatId) {
        ChatState chat = emulation.chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("no chat " + chatId);
        }
        return chat;
    }

    // ---- inspecting ----

    /** A snapshot of the chat as the user sees it; empty if nobody wrote there yet. */
    public ChatView chat(long chatId) {
        return emulation.read(() -> {
            ChatState chat = emulation.chats.get(chatId);
            return chat == null ? new ChatView(chatId, chatId > 0 ? "private" : "group", List.of(), List.of()) : chat.view();
        });
    }

    public List<ChatView> chats() {
        return emulation.read(() -> emulation.chats.values().stream().map(ChatState::view).toList());
    }

    public Optional<CallbackQueryState> callbackQuery(String callbackQueryId) {
        return emulation.read(() -> emulation.callback(callbackQueryId));
    }

    public List<CallbackQueryState> callbackQueries() {
        return emulation.read(emulation::callbacks);
    }

    /** Commands set with setMyCommands for the default scope and language. */
    public List<Map.Entry<String, String>> commands() {
        return commands("{\"type\":\"default\"}", "");
    }

    /** Commands for a scope (as JSON, e.g. {@code {"type":"all_private_chats"}}) and language ("" = any). */
    public List<Map.Entry<String, String>> commands(String scopeJson, String languageCode) {
        String key = BotApiMethods.commandsKey(scopeJson, languageCode);
        return emulation.read(() -> {
            var stored = emulation.commands.get(key);
            if (stored == null) {
                return List.<Map.Entry<String, String>>of();
            }
            return stored.asList().stream()
                    .map(JsonElement::getAsJsonObject)
                    .map(json -> Map.entry(json.get("command").getAsString(), json.get("description").getAsString()))
                    .toList();
        });
    }

    /** Every request the bot made, oldest first (getUpdates included). */
    public List<ApiCall> calls() {
        return emulation.calls();
    }

    /** How many requests the bot made so far: with {@link #callsFrom}, the calls of one step of a long run. */
    public int callCount() {
        return emulation.callCount();
    }

    /** The requests after the first {@code index}, oldest first: cheaper than {@link #calls()} in a long run. */
    public List<ApiCall> callsFrom(int index) {
        return emulation.callsFrom(index);
    }

    public List<ApiCall> calls(String method) {
        return calls().stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    public String webhookUrl() {
        return emulation.read(() -> emulation.webhookUrl);
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    public int pendingUpdateCount() {
        return emulation.read(emulation::pendingUpdateCount);
    }

    /** Told of every chat event (sent, edited, deleted), after it happened, on the thread that caused it. */
    public void addListener(Consumer<ChatEvent> listener) {
        emulation.addListener(listener);
    }

    public void removeListener(Consumer<ChatEvent> listener) {
        emulation.removeListener(listener);
    }

    // ---- waiting ----

    /**
     * Waits until the bot has sent at least {@code count} messages to the chat since the user's
     * latest action there, and returns them (current state, deleted ones included).
     *
     * @throws IllegalStateException on timeout, with the chat transcript
     */
    public List<ChatMessage> awaitBotMessages(long chatId, int count, Duration timeout) {
        return emulation.awaitBotMessages(chatId, count, timeout);
    }

    /**
     * Waits until the bot is idle: every update confirmed, no request in flight and nothing
     * happened for {@code quietPeriod} (long-polling getUpdates does not count as activity).
     *
     * @throws IllegalStateException on timeout
     */
    public void awaitIdle(Duration quietPeriod, Duration timeout) {
        emulation.awaitIdle(quietPeriod, timeout);
    }

    // ---- faults ----

    /** The next {@code times} calls of {@code method} (case-insensitive) fail with {@code fault}. */
    public void failNext(String method, int times, Fault fault) {
        emulation.addFaults(method, times, fault);
    }

    /**
     * The next call of {@code method} (case-insensitive) to chat {@code chatId} is held in flight until
     * {@link Stall#release}, then dropped unanswered without being carried out: to kill the bot while it waits.
     */
    public Stall stallNext(String method, long chatId) {
        Stall stall = new Stall(method, chatId);
        stalls.add(stall);
        return stall;
    }

    /**
     * Back to a fresh emulator's state for tests that share one: no chats, pending updates, callback queries,
     * logged calls, command menus, webhook, injected faults or listeners; long polls waiting now return empty.
     * Update and callback query ids go on from where they were, so a bot that remembers handled update ids
     * takes the next ones for new. Stop the bot first: a call it makes meanwhile may see the state half reset.
     */
    public void reset() {
        emulation.reset();
    }

    @Override
    public void close() {
        stalls.forEach(Stall::release);
        emulation.close();
        synchronized (this) {
            if (webhookDelivery != null) {
                webhookDelivery.close();
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith("/bot")) {
                respond(exchange, 404, error(404, "Not Found", null));
                return;
            }
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            String originalName = path.substring(prefix.length());
            byte[] body = RequestParams.readAll(exchange.getRequestBody());
            serve(exchange, method, originalName, body);
        }
    }

    private void serve(HttpExchange exchange, String method, String originalName, byte[] body) throws IOException {
        boolean poll = method.equals("getupdates");
        long generation = emulation.generation();
        if (!poll) {
            emulation.requestStarted();
        }
        RequestParams params = null;
        Reply reply;
        long delay = networkDelayNanos;
        try {
            pause(delay / 2);
            Optional<Fault> fault = emulation.takeFault(method);
            params = RequestParams.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body,
                    exchange.getRequestURI().getRawQuery());
            Optional<Stall> stall = takeStall(method, params.get("chat_id").orElse(""));
            if (stall.isPresent()) {
                stall.get().hold();
                fault = Optional.of(Fault.droppedConnection());
            }
            if (fault.isPresent() && !fault.get().afterDoing()) {
                reply = Reply.fault(fault.get());
            } else {
                JsonElement result = methods.call(method, params);
                reply = fault.isPresent() ? Reply.fault(fault.get()) : Reply.ok(result);
            }
        } catch (ApiError e) {
            reply = Reply.error(e.code(), e.description(), e.retryAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Reply.error(500, "Internal Server Error: emulator shutting down", null);
        } catch (RuntimeException e) {
            log.debug("emulator could not handle {}", originalName, e);
            reply = Reply.error(400, "Bad Request: " + e.getMessage(), null);
        }
        // Log before replying, so that a client that has its answer also finds its call in calls().
        ApiCall call = new ApiCall(originalName, params == null ? Map.of() : params.asLoggedMap(), reply.code,
                reply.description, Emulation.now());
        if (poll) {
            emulation.logPoll(call, generation);
        } else {
            emulation.requestFinished(call);
        }
        if (reply.json != null) { // no JSON: drop the connection by closing the exchange unanswered
            try {
                pause(delay - delay / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, reply.code == 0 ? 200 : reply.code, reply.json);
        }
    }

    private synchronized Optional<Stall> takeStall(String method, String chatId) {
        for (Stall stall : stalls) {
            if (stall.matches(method, chatId)) {
                stalls.remove(stall);
                return Optional.of(stall);
            }
        }
        return Optional.empty();
    }

    private static void pause(long nanos) throws InterruptedException {
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    /** What to answer: {@code json} null means drop the connection; {@code code} 0 means OK. */
    private record Reply(int code, String description, JsonObject json) {

        static Reply ok(JsonElement result) {
            JsonObject json = new JsonObject();
            json.addProperty("ok", true);
            json.add("result", result);
            return new Reply(0, null, json);
        }

        static Reply error(int code, String description, Integer retryAfter) {
            return new Reply(code, description, BotApiEmulator.error(code, description, retryAfter));
        }

        static Reply fault(Fault fault) {
            return fault.dropConnection()
                    ? new Reply(fault.errorCode(), fault.description(), null)
                    : error(fault.errorCode(), fault.description(), fault.retryAfter());
        }
    }

    private static JsonObject error(int code, String description, Integer retryAfter) {
        JsonObject json = new JsonObject();
        json.addProperty("ok", false);
        json.addProperty("error_code", code);
        json.addProperty("description", description);
        if (retryAfter != null) {
            JsonObject parameters = new JsonObject();
            parameters.addProperty("retry_after", retryAfter);
            json.add("parameters", parameters);
        }
        return json;
    }

    private static void respond(HttpExchange exchange, int status, JsonObject json) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (e.g. a cancelled long poll): nothing to tell it
            log.trace("client went away", e);
        }
    }

    private static long botIdOf(String token) {
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a bot token looks like <bot id>:<secret>");
        }
        try {
            return Long.parseLong(token.substring(0, colon));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a bot token starts with the numeric bot id", e);
        }
    }
}
