package club.lasertag.crm.telegram.edge.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Paces bulk sends (reminders, digests) to what Telegram allows a bot: about 30 messages a second overall and one a
 * second per chat. Two kinds of token bucket, one overall and one per chat; {@link #acquire} waits (never drops)
 * until both have a token. Replies to a manager's own action never come here: only a 429 delays them.
 *
 * <p>Each bucket is kept as the theoretical arrival time of its next token (GCRA): checking and taking is one
 * comparison, and waiting happens outside the lock.
 */
public final class SendLimiter {

    public static final double DEFAULT_PER_SECOND = 30;
    public static final Duration DEFAULT_PER_CHAT_INTERVAL = Duration.ofSeconds(1);
    /** Per-chat buckets idle this long are forgotten: a full bucket needs no memory. */
    private static final int PRUNE_ABOVE = 1_000;

    private final Bucket overall;
    private final Duration perChatInterval;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final Map<Long, Bucket> chats = new HashMap<>();

    /** 30 messages a second, one a second per chat. */
    public SendLimiter() {
        this(DEFAULT_PER_SECOND, 1, DEFAULT_PER_CHAT_INTERVAL, InstantSource.system(), Sleeper.REAL);
    }

    /**
     * @param perSecond messages a second overall
     * @param burst how many of those may go at once after a quiet while (1: evenly spaced)
     * @param perChatInterval the least time between two messages to one chat
     */
    public SendLimiter(double perSecond, int burst, Duration perChatInterval, InstantSource clock, Sleeper sleeper) {
        if (perSecond <= 0 || burst < 1 || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("need perSecond > 0, burst >= 1, perChatInterval >= 0");
        }
        this.overall = new Bucket(Duration.ofNanos(Math.round(1e9 / perSecond)), burst);
        this.perChatInterval = perChatInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Waits until a message to {@code chatId} may go, and takes its tokens. */
    public void acquire(long chatId) throws InterruptedException {
        for (Duration wait = tryTake(chatId); !wait.isZero(); wait = tryTake(chatId)) {
            sleeper.sleep(wait);
        }
    }

    /**
     * Takes a token of both buckets if both have one now ({@link Duration#ZERO}); else takes nothing and says how
     * long until both may. Nothing is reserved ahead, so a chat waiting for its own second does not hold back the
     * overall tokens other chats could use meanwhile.
     */
    synchronized Duration tryTake(long chatId) {
        Instant now = clock.instant();
        if (chats.size() > PRUNE_ABOVE) {
            chats.values().removeIf(bucket -> bucket.idleAt(now));
        }
        Bucket chat = chats.computeIfAbsent(chatId, id -> new Bucket(perChatInterval, 1));
        Instant at = latest(now, latest(overall.earliest(), chat.earliest()));
        if (at.isAfter(now)) {
            return Duration.between(now, at);
        }
        overall.take(now);
        chat.take(now);
        return Duration.ZERO;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A token bucket as the theoretical arrival time of the next token (GCRA). */
    private static final class Bucket {
        private final Duration interval;
        private final Duration tolerance;
        private Instant next = Instant.MIN;

        Bucket(Duration interval, int burst) {
            this.interval = interval;
            this.tolerance = interval.multipliedBy(burst - 1L);
        }

        Instant earliest() {
            return next == Instant.MIN ? Instant.MIN : next.minus(tolerance);
        }

        void take(Instant at) {
            Instant from = next == Instant.MIN || next.isBefore(at) ? at : next;
            next = from.plus(interval);
        }

        boolean idleAt(Instant now) {
            return next == Instant.MIN || !next.isAfter(now);
        }
    }
}
