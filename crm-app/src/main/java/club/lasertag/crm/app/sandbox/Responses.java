package club.lasertag.crm.app.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers to the page; none of them may be cached or content-sniffed. */
final class Responses {

    private static final Logger log = LoggerFactory.getLogger(Responses.class);

    private Responses() {
    }

    static void sendJson(HttpExchange exchange, int status, JsonElement json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Best effort: the client may be gone already. */
    static void sendError(HttpExchange exchange, int status, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("error", message);
        try {
            sendJson(exchange, status, json);
        } catch (IOException | RuntimeException e) {
            log.trace("could not send an error to the sandbox client", e);
        }
    }

    static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
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
}
