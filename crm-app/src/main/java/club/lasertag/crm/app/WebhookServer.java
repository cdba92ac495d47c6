package club.lasertag.crm.app;

import club.lasertag.crm.telegram.edge.CrmBot;
import com.pengrad.telegrambot.utility.BotUtils;
import com.pengrad.telegrambot.model.Update;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Receives Telegram's webhook posts: only those carrying the secret token given to setWebhook, answered 401
 * otherwise. Updates are handled one at a time, in order, as in polling.
 */
final class WebhookServer implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;

    private WebhookServer(HttpServer server) {
        this.server = server;
    }

    static WebhookServer start(int port, String path, String secret, CrmBot bot) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(path.isEmpty() ? "/" : path, exchange -> handle(exchange, secret, bot));
        server.start();
        return new WebhookServer(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, String secret, CrmBot bot) throws IOException {
        try (exchange) {
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
            Update update = parse(exchange.getRequestBody());
            if (update == null || update.updateId() == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            synchronized (WebhookServer.class) {
                bot.handle(update);
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static Update parse(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY);
        try {
            return BotUtils.parseUpdate(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            log.warn("webhook body is not an update: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
