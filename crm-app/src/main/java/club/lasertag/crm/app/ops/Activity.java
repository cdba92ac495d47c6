package club.lasertag.crm.app.ops;

import club.lasertag.crm.telegram.chat.UpdateOutcome;
import club.lasertag.crm.telegram.edge.BotObserver;
import club.lasertag.crm.telegram.edge.HandledUpdate;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot did last, for {@code /health}: the last answered poll, the last webhook post, the last update
 * handled. Always on (a few volatile writes per update); the metrics, once started, are told everything too.
 */
public final class Activity implements BotObserver {

    private final Clock clock;
    private final Instant started;
    private volatile Instant lastPoll;
    private volatile Instant lastPost;
    private volatile Instant lastHandled;
    private volatile BotObserver metrics = BotObserver.NONE;

    public Activity(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
    }

    /** From now on, everything the bot tells is told to {@code metrics} too. */
    void reportTo(BotObserver metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void handled(HandledUpdate update) {
        if (update.outcome() != UpdateOutcome.DB_UNAVAILABLE) {
            lastHandled = clock.instant();
        }
        metrics.handled(update);
    }

    @Override
    public void polled() {
        lastPoll = clock.instant();
        metrics.polled();
    }

    @Override
    public void posted() {
        lastPost = clock.instant();
        metrics.posted();
    }

    @Override
    public void callFailed(String method, String code) {
        metrics.callFailed(method, code);
    }

    Instant started() {
        return started;
    }

    Optional<Instant> lastPoll() {
        return Optional.ofNullable(lastPoll);
    }

    Optional<Instant> lastPost() {
        return Optional.ofNullable(lastPost);
    }

    Optional<Instant> lastHandled() {
        return Optional.ofNullable(lastHandled);
    }

    Clock clock() {
        return clock;
    }
}
