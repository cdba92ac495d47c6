package club.lasertag.crm.app;

import club.lasertag.crm.telegram.edge.CrmBot;
import com.pengrad.telegrambot.utility.BotUtils;
import com.pengrad.telegrambot.model.Update;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receives Telegram's webhook posts: only those carrying the secret token given to setWebhook, answered 401
 * otherwise, and only at the configured path exactly, answered 404 otherwise. Each update is stored in the inbox and
 * queued in its chat's lane ({@link CrmBot#receive}), and answered 200 at once; it is handled afterwards, as in
 * polling. Telegram does not post an answered update again, so it is answered only once stored: if the app dies
 * before handling it, the next start does. If it cannot be stored, the answer is 503 and Telegram posts it again.
 *
 * <p>Each connection is read on a thread of its own (the JDK server would otherwise read every request on its
 * single dispatcher thread, so one client sending its head a byte at a time held back every update), and a
 * request still unanswered after {@value #MAX_REQUEST_SECONDS} seconds is dropped.
 */
final class WebhookServer implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final int MAX_BODY = 1 << 20;
    /** Reading a request and answering it (handling the update included); Telegram itself gives up after 60 s. */
    static final int MAX_REQUEST_SECONDS = 60;
    static final int MAX_RESPONSE_SECONDS = 10;

    private final HttpServer server;
    private final ExecutorService exchanges;

    private WebhookServer(HttpServer server, ExecutorService exchanges) {
        this.server = server;
        this.exchanges = exchanges;
    }

    /** Listening on the loopback interface. */
    static WebhookServer start(int port, String path, String secret, CrmBot bot) throws IOException {
        return start(InetAddress.getLoopbackAddress().getHostAddress(), port, path, secret, bot);
    }

    /**
     * Listening on {@code host}:{@code port} for posts to {@code path} exactly (the raw path of the webhook's URL,
     * "/" if empty).
     */
    static WebhookServer start(String host, int port, String path, String secret, CrmBot bot) throws IOException {
        // read once, by the first HTTP server of the JVM; -D options given on the command line win
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", String.valueOf(MAX_RESPONSE_SECONDS));
        String exactPath = path.isEmpty() ? "/" : path;
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> handle(exchange, exactPath, secret, bot));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService exchanges = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "crm-webhook-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(exchanges);
        server.start();
        return new WebhookServer(server, exchanges);
    }

    int port() {
        return server.getAddress().getPort();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void handle(HttpExchange exchange, String path, String secret, CrmBot bot) throws IOException {
        try (exchange) {
            // the path as sent, exactly: no prefixes, no dot segments, no other spelling
            if (!path.equals(exchange.getRequestURI().getRawPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
                log.warn("webhook request without the right secret token from {}", exchange.getRemoteAddress());
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String json = new String(exchange.getRequestBody().readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            Update update = parse(json);
            if (update == null || update.updateId() == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            boolean taken;
            try {
                taken = bot.receive(update, json); // stored, then queued; waits only while too many are in hand
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                taken = false;
            } catch (RuntimeException e) {
                log.error("update {} could not be stored in the inbox; Telegram is to post it again",
                        update.updateId(), e);
                taken = false;
            }
            exchange.sendResponseHeaders(taken ? 200 : 503, -1); // 503: Telegram posts it again later
        }
    }

    private static Update parse(String json) {
        try {
            return BotUtils.parseUpdate(json);
        } catch (RuntimeException e) {
            log.warn("webhook body is not an update: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(1);
        exchanges.shutdownNow();
    }
}
