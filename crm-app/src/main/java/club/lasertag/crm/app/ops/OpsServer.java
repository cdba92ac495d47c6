package club.lasertag.crm.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /health} (200 or 503, JSON) and {@code GET /metrics} (Prometheus' text format) on a local port, on the
 * JDK's HTTP server like the webhook; anything else is 404 (405 for another method).
 */
final class OpsServer implements AutoCloseable {

    /** Prometheus' text exposition format. */
    static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;
    private final ExecutorService exchanges;

    private OpsServer(HttpServer server, ExecutorService exchanges) {
        this.server = server;
        this.exchanges = exchanges;
    }

    static OpsServer start(String host, int port, HealthCheck health, PrometheusMeterRegistry metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> handle(exchange, health, metrics));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService exchanges = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "crm-ops-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(exchanges);
        server.start();
        return new OpsServer(server, exchanges);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void handle(HttpExchange exchange, HealthCheck health, PrometheusMeterRegistry metrics)
            throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.equals("/health") && !path.equals("/metrics")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
            } else if (path.equals("/health")) {
                HealthCheck.Result result = health.check();
                if (!result.healthy()) {
                    log.warn("/health: {}", result.body());
                }
                send(exchange, result.healthy() ? 200 : 503, "application/json; charset=utf-8", result.body().toString());
            } else {
                send(exchange, 200, METRICS_TYPE, metrics.scrape());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        exchanges.shutdownNow();
    }
}
