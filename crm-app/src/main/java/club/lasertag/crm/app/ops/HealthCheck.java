package club.lasertag.crm.app.ops;

import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer of {@code /health}: healthy (200) when the database answers a cheap query in time and updates are
 * coming in; else 503. The JSON body says each part and the age of the last update handled:
 * <pre>{@code
 * {"status":"up","database":{"status":"up","ms":2},
 *  "updates":{"mode":"polling","status":"up","last_poll_seconds_ago":3.1},"last_update_seconds_ago":42.0}
 * }</pre>
 * Long polling is alive while a poll was answered within {@link #POLL_STALE} (a poll waits up to
 * {@value TelegramClients#LONG_POLL_SECONDS} s for updates, so an answer comes at least that often while Telegram
 * is reachable). A webhook gets posts only when people write, so its last post's age is told and never judged.
 */
final class HealthCheck {

    static final Duration POLL_STALE = Duration.ofSeconds(TelegramClients.LONG_POLL_SECONDS + 65L);

    /** How updates come in. */
    enum Mode {
        POLLING, WEBHOOK
    }

    /** The status code and the JSON body. */
    record Result(boolean healthy, JsonObject body) {
    }

    private final Activity activity;
    private final DatabaseProbe database;
    private final Mode mode;

    HealthCheck(Activity activity, DatabaseProbe database, Mode mode) {
        this.activity = activity;
        this.database = database;
        this.mode = mode;
    }

    Result check() {
        long started = System.nanoTime();
        Optional<String> databaseProblem = database.problem();
        long databaseMillis = (System.nanoTime() - started) / 1_000_000;
        Instant now = activity.clock().instant();

        JsonObject db = new JsonObject();
        db.addProperty("status", databaseProblem.isEmpty() ? "up" : "down");
        db.addProperty("ms", databaseMillis);
        databaseProblem.ifPresent(problem -> db.addProperty("error", problem));

        JsonObject updates = new JsonObject();
        updates.addProperty("mode", mode.name().toLowerCase(Locale.ROOT));
        boolean receiving;
        if (mode == Mode.POLLING) {
            Instant lastPoll = activity.lastPoll().orElse(activity.started());
            receiving = Duration.between(lastPoll, now).compareTo(POLL_STALE) <= 0;
            updates.add("last_poll_seconds_ago", orNull(secondsAgo(activity.lastPoll(), now)));
        } else {
            receiving = true; // the server listens; posts come only when people write
            updates.add("last_post_seconds_ago", orNull(secondsAgo(activity.lastPost(), now)));
        }
        updates.addProperty("status", receiving ? "up" : "down");

        boolean healthy = databaseProblem.isEmpty() && receiving;
        JsonObject body = new JsonObject();
        body.addProperty("status", healthy ? "up" : "down");
        body.add("database", db);
        body.add("updates", updates);
        body.add("last_update_seconds_ago", orNull(secondsAgo(activity.lastHandled(), now)));
        return new Result(healthy, body);
    }

    private static Optional<Double> secondsAgo(Optional<Instant> then, Instant now) {
        return then.map(instant -> Math.round(Duration.between(instant, now).toMillis() / 100.0) / 10.0);
    }

    private static JsonElement orNull(Optional<Double> value) {
        return value.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
    }
}
