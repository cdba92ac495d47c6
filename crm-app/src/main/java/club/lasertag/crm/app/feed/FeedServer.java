package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.port.in.StaffFeed;
import club.lasertag.crm.telegram.feed.FeedAddress;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves each staff member's calendar feed at {@code GET /feed/<token>.ics} (optionally {@code ?lang=en}), on the
 * JDK's HTTP server. Anything else, a wrong token, a renewed one or one whose owner left, gets the same 404 with the
 * same body as any unknown path: nothing tells a stranger whether a token ever existed. Tokens are looked up by
 * their hash (the store keeps no token), and never logged.
 *
 * <p>As the webhook: each connection on a thread of its own, a request unanswered after 60 s dropped.
 */
public final class FeedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedServer.class);
    private static final Pattern FEED_PATH = Pattern.compile(
            Pattern.quote(FeedAddress.PATH) + "([A-Za-z0-9_-]{43})" + Pattern.quote(FeedAddress.SUFFIX));
    static final byte[] NOT_FOUND = "Not found\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] UNAVAILABLE = "Service unavailable, try again later\n".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService exchanges;

    private FeedServer(HttpServer server, ExecutorService exchanges) {
        this.server = server;
        this.exchanges = exchanges;
    }

    /** Listening on {@code host}:{@code port} (0: a free port) until closed. */
    public static FeedServer start(String host, int port, FeedEndpoint endpoint) throws IOException {
        return start(host, port, endpoint.feed(), endpoint.ical());
    }

    static FeedServer start(String host, int port, StaffFeed feed, IcalFeed ical) throws IOException {
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "60");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "60");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> handle(exchange, feed, ical));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService exchanges = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "crm-feed-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(exchanges);
        server.start();
        return new FeedServer(server, exchanges);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, StaffFeed feed, IcalFeed ical) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            String method = exchange.getRequestMethod();
            Matcher path = FEED_PATH.matcher(exchange.getRequestURI().getRawPath());
            if (!("GET".equals(method) || "HEAD".equals(method)) || !path.matches()) {
                respond(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
                return;
            }
            Locale locale = "lang=en".equals(exchange.getRequestURI().getRawQuery()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
            byte[] body;
            try {
                Optional<StaffFeed.Feed> found = feed.open(new FeedToken(path.group(1)));
                if (found.isEmpty()) {
                    respond(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
                    return;
                }
                body = ical.render(found.get(), locale).getBytes(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                // never the URI: it holds the token
                log.error("calendar feed could not be made: {}", e.toString());
                respond(exchange, 503, "text/plain; charset=utf-8", UNAVAILABLE);
                return;
            }
            // personal data: no shared cache may keep it
            exchange.getResponseHeaders().set("Cache-Control", "private, no-store");
            exchange.getResponseHeaders().set("Content-Disposition", "inline; filename=\"lasertag.ics\"");
            respond(exchange, 200, IcalFeed.MEDIA_TYPE, body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        exchanges.shutdownNow();
    }
}
