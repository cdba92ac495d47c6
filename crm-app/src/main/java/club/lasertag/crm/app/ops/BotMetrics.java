package club.lasertag.crm.app.ops;

import club.lasertag.crm.telegram.edge.BotObserver;
import club.lasertag.crm.telegram.edge.HandledUpdate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The bot's own metrics, in Micrometer's names (Prometheus' in brackets):
 * <ul>
 *   <li>{@code crm.updates.handled} ({@code crm_updates_handled_total}): attempts at updates by {@code kind} and
 *       {@code outcome};</li>
 *   <li>{@code crm.update.handling} ({@code crm_update_handling_seconds}): their handling time by {@code kind}, a
 *       histogram with fixed buckets from 5 ms to 10 s;</li>
 *   <li>{@code crm.telegram.errors} ({@code crm_telegram_errors_total}): failed Bot API attempts by {@code method}
 *       and {@code code} (Telegram's error code or {@code unreachable});</li>
 *   <li>{@code crm.telegram.polls} and {@code crm.webhook.posts} ({@code _total}): answered polls, stored posts.</li>
 * </ul>
 */
final class BotMetrics implements BotObserver {

    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Counter polls;
    private final Counter posts;

    BotMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.polls = Counter.builder("crm.telegram.polls").description("getUpdates calls Telegram answered")
                .register(registry);
        this.posts = Counter.builder("crm.webhook.posts").description("updates posted to the webhook and stored")
                .register(registry);
    }

    @Override
    public void handled(HandledUpdate update) {
        Counter.builder("crm.updates.handled").description("attempts at updates, by kind and outcome")
                .tag("kind", update.kind()).tag("outcome", update.outcome().label())
                .register(registry).increment();
        Timer.builder("crm.update.handling").description("handling time of an update (its unit of work and replies)")
                .tag("kind", update.kind()).serviceLevelObjectives(BUCKETS)
                .register(registry).record(update.took());
    }

    @Override
    public void polled() {
        polls.increment();
    }

    @Override
    public void posted() {
        posts.increment();
    }

    @Override
    public void callFailed(String method, String code) {
        Counter.builder("crm.telegram.errors").description("Bot API attempts Telegram refused or did not answer")
                .tag("method", method).tag("code", code)
                .register(registry).increment();
    }
}
