package club.lasertag.crm.app.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reading and checking the page's requests; anything unacceptable is an {@link HttpError}. */
final class Requests {

    private static final int MAX_BODY = 64 * 1024;

    private Requests() {
    }

    /**
     * On a loopback address, only loopback host names: a web site that points its own name at
     * 127.0.0.1 (DNS rebinding) must not read or write the chats.
     */
    static boolean hostAllowed(String hostHeader, String boundHost, boolean loopback) {
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
        String bound = boundHost.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")
                || name.equals(bound) || name.equals("[" + bound + "]");
    }

    static void requireMethod(String method, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(method)) {
                return;
            }
        }
        throw new HttpError(405, "Метод " + method + " здесь не поддерживается");
    }

    static long number(String value, String name) {
        if (value == null) {
            throw new HttpError(400, "Не указан параметр " + name);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new HttpError(400, "Параметр " + name + " должен быть числом: " + value);
        }
    }

    static String string(JsonObject body, String name) {
        JsonElement element = body.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** Reads a same-origin JSON body; a form or a cross-site request is refused (CSRF). */
    static JsonObject jsonBody(HttpExchange exchange) throws IOException {
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "Ожидается JSON (Content-Type: application/json)");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("null") && hostHeader != null
                && !hostHeader.equalsIgnoreCase(URI.create(origin).getRawAuthority())) {
            throw new HttpError(403, "Запрос с чужого сайта");
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new HttpError(413, "Слишком большой запрос");
        }
        try {
            JsonElement json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new HttpError(400, "Ожидается JSON-объект");
            }
            return json.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new HttpError(400, "Неверный JSON: " + e.getMessage());
        }
    }

    static Map<String, String> query(HttpExchange exchange) {
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
}
