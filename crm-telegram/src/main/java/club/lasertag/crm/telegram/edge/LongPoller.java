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
 * <p>The poller only fetches: it hands each new update to the {@link UpdateSink} (which handles it on threads of its
 * own, waiting when too many are in hand) and polls again at once, so updates keep coming while earlier ones are
 * handled. The offset moves only past updates the sink has finished ({@link UpdateSink#finishedBefore}): Telegram
 * delivers any other again, after a restart too. Telegram has no way to fetch later updates without confirming
 * earlier ones, so while updates are in hand each poll returns them again (they are skipped) and does not wait on
 * Telegram's side; the poller then waits until one finishes, or {@link #REPOLL} at most, before polling again.
 *
 * <p>{@link #stop} stops fetching at once (cancelling the poll in flight, cutting a wait short); {@link #close} then
 * confirms the finished updates to Telegram, so that none comes again after a restart.
 */
final class LongPoller implements AutoCloseable {

    /** Handles polled updates on threads of its own, and says how far it got. */
    interface UpdateSink {

        /**
         * Takes {@code update} for handling after the ones before it, waiting while too many are in hand.
         *
         * @return false when the sink is closing and did not take it
         */
        boolean accept(Update update) throws InterruptedException;

        /** The id below which every update taken is finished (0 before any): the offset to confirm. */
        long finishedBefore();

        /** Whether updates taken are not finished yet. */
        boolean busy();

        /** Waits up to {@code timeout} for {@link #finishedBefore} to pass {@code offset}. */
        void awaitFinishedBeyond(long offset, Duration timeout) throws InterruptedException;

        /** A poll answered: polling is alive (for the health check). */
        default void polled() {
        }
    }

    static final int BATCH = 100;
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    static final Duration REMIND_EVERY = Duration.ofMinutes(1);
    /** While updates are in hand, how long at most before polling again for new ones (of other chats). */
    static final Duration REPOLL = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(LongPoller.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final TelegramGateway telegram;
    private final UpdateSink sink;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final InstantSource clock;
    private final Thread thread;
    private volatile boolean stopping;
    /** The highest update id handed to the sink. Written by the polling thread only. */
    private long accepted = -1;
    /** The offset Telegram has been told by a successful poll: updates below it will not come again. */
    private volatile long confirmed;
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

    /** Stops fetching at once: cancels the poll in flight (or the wait for room in the sink) and waits for the thread. */
    void stop() {
        stopping = true;
        thread.interrupt();
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops fetching ({@link #stop}) and confirms to Telegram the updates the sink has finished. Let the sink finish
     * the updates in hand between the two: call {@link #stop}, wait for the sink, then this.
     */
    @Override
    public void close() {
        stop();
        long offset = sink.finishedBefore();
        if (offset > confirmed) {
            telegram.execute(new GetUpdates().offset((int) offset).limit(1).timeout(0));
        }
    }

    private void run() {
        while (!stopping) {
            boolean busy = sink.busy();
            long offset = sink.finishedBefore();
            TelegramResult<GetUpdatesResponse> result = telegram.executeOnce(new GetUpdates().offset((int) offset)
                    .limit(BATCH).timeout(busy ? 0 : TelegramClients.LONG_POLL_SECONDS));
            if (stopping) {
                return;
            }
            try {
                if (result.ok().isPresent() && result.response().updates() != null) {
                    recovered();
                    sink.polled();
                    confirmed = Math.max(confirmed, offset);
                    boolean fresh = handOver(result.response().updates());
                    if (!fresh && busy) {
                        sink.awaitFinishedBeyond(offset, REPOLL);
                    }
                } else {
                    sleeper.sleep(failed(result));
                }
            } catch (InterruptedException e) {
                return; // stopping
            }
        }
    }

    /** Hands the updates not handed over before to the sink, in order; says whether there were any. */
    private boolean handOver(List<Update> updates) throws InterruptedException {
        boolean fresh = false;
        for (Update update : updates) {
            if (update.updateId() <= accepted) {
                continue; // in hand: it comes again until it is finished and confirmed
            }
            if (stopping || !sink.accept(update)) {
                throw new InterruptedException("stopping");
            }
            accepted = update.updateId();
            fresh = true;
        }
        return fresh;
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
