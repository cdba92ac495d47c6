package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.ReplyCodec;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
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
 * behind ({@link #deliverPending}): all of them at start-up, before polling, then every {@link #PERIOD} those whose
 * hold lapsed (a reply is held by its writer for {@link Outbox#WRITER_HOLD}: it is still being sent by the update
 * that wrote it). At least once: a reply sent just before a crash, whose delivery was not recorded yet, is sent
 * again after the restart.
 *
 * <p>Several instances on one database: the relay {@linkplain Outbox#claim claims} the replies it sends, holding them
 * for {@link #HOLD}, so two instances' relays never send the same reply at once; a reply that cannot be sent now is
 * given back ({@link Outbox#release}) for the next round, of any instance; the replies held by an instance that died
 * are sent by another once their hold lapsed. Within this process a reply is never sent by two threads at once, nor
 * again once delivered (claims by id). The replies of one chat go out in order: when one must be retried, the later
 * ones of its chat wait for the next round.
 */
public final class OutboxRelay implements AutoCloseable {

    /** How often the relay looks for replies left behind. */
    public static final Duration PERIOD = Duration.ofSeconds(3);
    /** How long a relay holds the replies it claimed: it sends them meanwhile. */
    public static final Duration HOLD = Duration.ofSeconds(30);
    static final int BATCH = 100;
    private static final int REMEMBERED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final TelegramReplies replies;
    private final ReplyCodec codec = new ReplyCodec();
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
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.replies = new TelegramReplies(Objects.requireNonNull(telegram, "telegram"));
    }

    /**
     * Sends every pending reply now, held or not (the ones a previous run left: with several instances, a reply another
     * instance is sending at this moment may go twice), then every {@link #PERIOD} those whose hold lapsed.
     */
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        deliverPending(HOLD);
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> deliverPending(Duration.ZERO), PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Sends {@code entries} (just committed) in order; what cannot be sent now stays for the relay. Never throws. */
    public void deliver(List<Outbox.Entry> entries) {
        Set<Long> held = new HashSet<>();
        for (Outbox.Entry entry : entries) {
            if (held.contains(entry.chatId())) {
                giveBack(entry);
            } else if (!deliver(entry)) {
                held.add(entry.chatId());
            }
        }
    }

    /**
     * Claims the pending replies whose hold ends within {@code lapsedWithin} from now ({@link Duration#ZERO}: those no
     * one holds any more; {@link #HOLD}: all of them) and sends them, oldest first, a chat's later replies only after
     * its earlier ones; returns how many were sent. Never throws.
     */
    public int deliverPending(Duration lapsedWithin) {
        int sent = 0;
        try {
            Set<Long> held = new HashSet<>();
            for (Outbox.Entry entry : outbox.claim(BATCH, lapsedWithin, HOLD)) {
                if (held.contains(entry.chatId())) {
                    giveBack(entry);
                } else if (deliver(entry)) {
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
        if (!done) {
            giveBack(entry);
        }
        return done;
    }

    /** Not sent now: claimable again at once, by this relay's next round or another instance's. */
    private void giveBack(Outbox.Entry entry) {
        try {
            outbox.release(entry.id());
        } catch (RuntimeException e) {
            log.debug("reply {} stays held until its hold lapses: {}", entry.id(), e.toString());
        }
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
