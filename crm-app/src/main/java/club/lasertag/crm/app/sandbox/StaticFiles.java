package club.lasertag.crm.app.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page itself: a fixed set of files from {@code sandbox/} on the class path. */
final class StaticFiles {

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/sandbox.css", "sandbox.css",
            "/sandbox.js", "sandbox.js",
            "/favicon.svg", "favicon.svg");
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private StaticFiles() {
    }

    static boolean serves(String path) {
        return FILES.containsKey(path);
    }

    static void serve(HttpExchange exchange, String path) throws IOException {
        String name = FILES.get(path);
        byte[] bytes;
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("sandbox/" + name)) {
            if (in == null) {
                throw new HttpError(404, "Нет файла " + name);
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
        Responses.send(exchange, 200, type, bytes);
    }
}
