package club.lasertag.crm.botapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts pending updates to the bot's webhook, as Telegram does once setWebhook is called: each update as JSON with
 * the secret token in {@code X-Telegram-Bot-Api-Secret-Token}, up to {@code connections} at once, confirmed by a
 * 2xx answer, offered again otherwise. It posts to a local address of the emulator's user's choosing (the bot's
 * https URL is for Telegram; here the emulator stands in for the reverse proxy too).
 */
final class WebhookDelivery implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final Emulation emulation;
    private final URI target;
    private final LongSupplier delayNanos;
    private final WebhookObserver observer;
    private final HttpClient http;
    private final List<Thread> posters = new ArrayList<>();

    WebhookDelivery(Emulation emulation, URI target, int connections, LongSupplier delayNanos,
            WebhookObserver observer) {
        this.emulation = emulation;
        this.target = target;
        this.delayNanos = delayNanos;
        this.observer = observer;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 1; i <= connections; i++) {
            Thread poster = new Thread(this::deliver, "bot-api-webhook-" + i);
            poster.setDaemon(true);
            posters.add(poster);
            poster.start();
        }
    }

    private void deliver() {
        try {
            while (true) {
                Optional<Emulation.PendingUpdate> next = emulation.takeForDelivery();
                if (next.isEmpty()) {
                    return;
                }
                boolean accepted = post(next.get());
                emulation.delivered(next.get(), accepted);
                if (!accepted) {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean post(Emulation.PendingUpdate update) throws InterruptedException {
        long delay = delayNanos.getAsLong();
        if (delay > 0) {
            Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.json().toString(), StandardCharsets.UTF_8));
        String secret = emulation.read(() -> emulation.webhookSecret);
        if (!secret.isEmpty()) {
            request.header(SECRET_HEADER, secret);
        }
        String json = update.json().toString();
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status / 100 != 2) {
                log.debug("webhook {} answered {} to update {}", target, status, update.updateId());
            }
            observe(update.updateId(), json, status, response.headers());
            return status / 100 == 2;
        } catch (IOException e) {
            log.debug("webhook {} unreachable for update {}: {}", target, update.updateId(), e.toString());
            observe(update.updateId(), json, -1, HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
            return false;
        }
    }

    private void observe(int updateId, String json, int status, HttpHeaders headers) {
        try {
            observer.posted(updateId, json, status, headers);
        } catch (RuntimeException e) {
            log.warn("webhook observer failed on update {}: {}", updateId, e.toString());
        }
    }

    @Override
    public void close() {
        posters.forEach(Thread::interrupt);
    }
}
