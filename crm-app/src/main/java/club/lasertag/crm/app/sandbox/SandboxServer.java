package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.BotApiEmulator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    private final Map<Long, SandboxPerson> persons;
    private final ChatChanges changes;
    private final SandboxApi api;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String host;
    private final boolean loopback;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(BotApiEmulator emulator, List<SandboxPerson> persons, String host, int port) throws IOException {
        this.persons = byId(persons);
        this.host = host;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.changes = ChatChanges.follow(emulator, List.copyOf(this.persons.keySet()));
        this.api = new SandboxApi(emulator, this.persons, changes);
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException | RuntimeException e) {
            changes.close();
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
        Objects.requireNonNull(emulator, "emulator");
        Objects.requireNonNull(host, "host");
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
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        changes.close();
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            try {
                route(exchange, method, path);
            } catch (HttpError e) {
                Responses.sendError(exchange, e.status(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Responses.sendError(exchange, 503, "Песочница останавливается");
            } catch (IOException e) {
                log.trace("sandbox client went away", e);
            } catch (RuntimeException e) {
                log.warn("sandbox request {} {} failed", method, path, e);
                Responses.sendError(exchange, 500, "Ошибка песочницы: " + e.getMessage());
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException, InterruptedException {
        if (!Requests.hostAllowed(exchange.getRequestHeaders().getFirst("Host"), host, loopback)) {
            throw new HttpError(403, "Песочница открывается только по адресу " + url());
        }
        if (StaticFiles.serves(path)) {
            Requests.requireMethod(method, "GET", "HEAD");
            StaticFiles.serve(exchange, path);
            return;
        }
        api.handle(exchange, method, path);
    }
}
