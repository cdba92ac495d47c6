package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.edge.gateway.Backoff;
import club.lasertag.crm.telegram.edge.gateway.Sleeper;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.edge.gateway.TelegramResult;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates by long polling on one thread of its own, in place of pengrad's listener loop, which polls again
 * every ~100 ms whatever the failure: it ignored {@code retry_after}, never backed off and logged each attempt
 * (ten WARN lines a second while a token is revoked or Telegram is down).
 *
 * <p>Here a failed poll is followed by an exponentially growing wait with jitter (or Telegram's
 * {@code retry_after}), and the log tells the story of a failure streak rather than of each attempt: a WARN when it
 * starts or its cause changes, one a minute while it lasts, an INFO when polling recovers.
 *
 * <p>The offset moves only past updates the {@link UpdateSink} says it handled, so Telegram delivers any other
 * again. {@link #close} stops at once (cancelling the poll in flight, cutting a wait short), lets the sink finish
 * the update in hand and confirms the handled ones to Telegram, so that none comes again after a restart.
 */
final class LongPoller implements AutoCloseable {

    /** Handles polled updates in order, and says how far it got. */
    @FunctionalInterface
    interface UpdateSink {

        /**
         * Handles {@code updates} in order, stopping early if it must; never throws.
         *
         * @return the id of the last update handled (every update before it was handled too), or {@link #NONE}
         */
        int handle(List<Update> updates);
    }

    static final int NONE = -1;
    static final int BATCH = 100;
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    static final Duration REMIND_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(LongPoller.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final TelegramGateway telegram;
    private final UpdateSink sink;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final InstantSource clock;
    private final Thread thread;
    /** Guards {@link #handling} and {@link #stopping} together, so that close never interrupts the sink. */
    private final Object lock = new Object();
    private boolean handling;
    private volatile boolean stopping;
    /** The next update wanted: one past the last handled. Written by the polling thread only. */
    private int offset;
    /** The offset Telegram has been told by a successful poll: updates below it will not come again. */
    private int confirmed;
    private Streak streak;

    LongPoller(TelegramGateway telegram, UpdateSink sink) {
        this(telegram, sink, Sleeper.REAL, BACKOFF, InstantSource.system());
    }

    LongPoller(TelegramGateway telegram, UpdateSink sink, Sleeper sleeper, Backoff backoff, InstantSource clock) {
        this.telegram = Objects.requireNonNull(telegram, "telegram");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::run, "telegram-long-poll-" + THREADS.incrementAndGet());
    }

    /** The name of the polling thread, which is on every line it logs. */
    String threadName() {
        return thread.getName();
    }

    /** Starts polling; the thread is not a daemon: it keeps the app running until {@link #close}. */
    void start() {
        thread.start();
    }

    /**
     * Stops polling after the update in hand and confirms the handled updates to Telegram. Waits for the sink to
     * return: it should stop early once its owner is closing.
     */
    @Override
    public void close() {
        synchronized (lock) {
            stopping = true;
            if (!handling) {
                thread.interrupt(); // cancels the poll in flight or the wait before the next one
            }
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (offset > confirmed) {
            telegram.execute(new GetUpdates().offset(offset).limit(1).timeout(0));
        }
    }

    private void run() {
        while (!stopping) {
            TelegramResult<GetUpdatesResponse> result = telegram.executeOnce(
                    new GetUpdates().offset(offset).limit(BATCH).timeout(TelegramClients.LONG_POLL_SECONDS));
            if (stopping) {
                return;
            }
            if (result.ok().isPresent() && result.response().updates() != null) {
                recovered();
                confirmed = offset;
                handle(result.response().updates());
            } else {
                try {
                    sleeper.sleep(failed(result));
                } catch (InterruptedException e) {
                    return; // closing
                }
            }
        }
    }

    private void handle(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (stopping) {
                return;
            }
            handling = true;
        }
        try {
            int last = sink.handle(updates);
            if (last >= offset) {
                offset = last + 1;
            }
        } catch (RuntimeException e) {
            log.error("handling polled updates failed; they will come again", e);
        } finally {
            synchronized (lock) {
                handling = false;
            }
        }
    }

    /** Logs the failure as part of its streak and says how long to wait before polling again. */
    private Duration failed(TelegramResult<GetUpdatesResponse> result) {
        Instant now = clock.instant();
        String cause = telegram.describe(result);
        int failures = streak == null ? 1 : streak.failures + 1;
        Duration wait = result.retryAfter().orElseGet(() -> backoff.after(failures));
        if (streak == null) {
            streak = new Streak(now, cause);
            log.warn("Telegram getUpdates failed ({}); polling again in {}, backing off while it fails",
                    cause, seconds(wait));
        } else if (!cause.equals(streak.cause)) {
            streak.cause = cause;
            streak.warned = now;
            log.warn("Telegram getUpdates now fails with {} ({} failures in a row); polling again in {}",
                    cause, failures, seconds(wait));
        } else if (!now.isBefore(streak.warned.plus(REMIND_EVERY))) {
            streak.warned = now;
            log.warn("Telegram getUpdates still failing ({}): {} failures in {}; polling again in {}",
                    cause, failures, seconds(Duration.between(streak.started, now)), seconds(wait));
        } else {
            log.debug("Telegram getUpdates failed again ({}); polling again in {}", cause, seconds(wait));
        }
        streak.failures = failures;
        return wait;
    }

    private void recovered() {
        if (streak != null) {
            log.info("Telegram getUpdates works again after {} failures in {}", streak.failures,
                    seconds(Duration.between(streak.started, clock.instant())));
            streak = null;
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Failed polls in a row: since when, how many, the latest cause and when it was last told. */
    private static final class Streak {
        final Instant started;
        String cause;
        Instant warned;
        int failures;

        Streak(Instant started, String cause) {
            this.started = started;
            this.cause = cause;
            this.warned = started;
        }
    }
}
