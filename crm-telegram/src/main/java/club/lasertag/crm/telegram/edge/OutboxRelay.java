package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.ReplyCodec;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the replies in the {@link Outbox} and forgets each once Telegram has it (or refused it for good): those of
 * an update right after its unit of work committed ({@link #deliver}), and those a crash or a failing Telegram left
 * behind ({@link #deliverPending}): all of them at start-up, before polling, then every {@link #PERIOD} those older
 * than {@link #MIN_AGE} (younger ones are still being sent by the update that wrote them). At least once: a reply
 * sent just before a crash, whose delivery was not recorded yet, is sent again after the restart.
 *
 * <p>Within this process a reply is never sent by two threads at once, nor again once delivered (claims by id). The
 * replies of one chat go out in order: when one must be retried, the later ones of its chat wait for the next round.
 *
 * <p>One instance at a time: with several instances on one database (issue 10), each would send the same pending
 * replies; the relay will then need a lease (a lease row, or {@code pg_try_advisory_lock}) so that one instance
 * relays at a time, as for any scheduled work.
 */
public final class OutboxRelay implements AutoCloseable {

    /** How often the relay looks for replies left behind. */
    public static final Duration PERIOD = Duration.ofSeconds(3);
    /** Replies younger than this are left to the update that wrote them. */
    public static final Duration MIN_AGE = Duration.ofSeconds(5);
    static final int BATCH = 100;
    private static final int REMEMBERED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final TelegramReplies replies;
    private final ReplyCodec codec = new ReplyCodec();
    private final Clock clock;
    private final Set<Long> inFlight = new HashSet<>();
    /** Ids delivered lately, so that a relay round that read them just before cannot send them again. */
    private final Map<Long, Boolean> delivered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private ScheduledExecutorService schedule;

    public OutboxRelay(TelegramGateway telegram, Outbox outbox) {
        this(telegram, outbox, Clock.systemUTC());
    }

    OutboxRelay(TelegramGateway telegram, Outbox outbox, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.replies = new TelegramReplies(Objects.requireNonNull(telegram, "telegram"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends every pending reply now (the ones a previous run left), then every {@link #PERIOD} the old ones. */
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        deliverPending(Duration.ZERO);
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> deliverPending(MIN_AGE), PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Sends {@code entries} (just committed) in order; what cannot be sent now stays for the relay. Never throws. */
    public void deliver(List<Outbox.Entry> entries) {
        Set<Long> held = new HashSet<>();
        for (Outbox.Entry entry : entries) {
            if (!held.contains(entry.chatId()) && !deliver(entry)) {
                held.add(entry.chatId());
            }
        }
    }

    /**
     * Sends the pending replies at least {@code minAge} old, oldest first, a chat's later replies only after its
     * earlier ones; returns how many were sent. Never throws.
     */
    public int deliverPending(Duration minAge) {
        int sent = 0;
        try {
            Instant cutoff = clock.instant().minus(minAge);
            Set<Long> held = new HashSet<>();
            for (Outbox.Entry entry : outbox.pending(BATCH)) {
                if (entry.createdAt().isAfter(cutoff)) {
                    break; // oldest first: the rest are younger still
                }
                if (held.contains(entry.chatId())) {
                    continue;
                }
                if (deliver(entry)) {
                    sent++;
                } else {
                    held.add(entry.chatId());
                }
            }
            if (sent > 0) {
                log.info("outbox relay: sent {} repl{} left pending", sent, sent == 1 ? "y" : "ies");
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay: could not read the outbox ({}); trying again in {} s", e.getMessage(),
                    PERIOD.toSeconds());
        }
        return sent;
    }

    /** Sends one entry unless another thread is sending it or it was sent; false if it must be retried. */
    private boolean deliver(Outbox.Entry entry) {
        if (!claim(entry.id())) {
            return true; // someone else has it
        }
        boolean done = false;
        try {
            TelegramReplies.Delivery delivery = send(entry);
            done = delivery != TelegramReplies.Delivery.RETRY;
            if (delivery == TelegramReplies.Delivery.REFUSED) {
                log.warn("reply {} to update {} in chat {} refused by Telegram; dropped", entry.id(), entry.updateId(),
                        entry.chatId());
            }
            if (done) {
                outbox.delivered(entry.id());
            }
        } catch (RuntimeException e) {
            log.warn("reply {} to update {}: {}; the relay tries again", entry.id(), entry.updateId(), e.toString());
        } finally {
            release(entry.id(), done);
        }
        return done;
    }

    private TelegramReplies.Delivery send(Outbox.Entry entry) {
        Reply reply;
        try {
            reply = codec.decode(entry.payload());
        } catch (IllegalArgumentException e) {
            log.error("reply {} to update {} cannot be read ({}); dropped", entry.id(), entry.updateId(), e.getMessage());
            return TelegramReplies.Delivery.REFUSED;
        }
        return replies.deliver(entry.chatId(), reply);
    }

    private synchronized boolean claim(long id) {
        return !delivered.containsKey(id) && inFlight.add(id);
    }

    private synchronized void release(long id, boolean done) {
        inFlight.remove(id);
        if (done) {
            delivered.put(id, Boolean.TRUE);
        }
    }

    /** Stops the periodic relay; what is pending stays for the next start. */
    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                schedule.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            schedule = null;
        }
    }
}
