package club.lasertag.crm.chat.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Outgoing port: replies waiting to be sent (a transactional outbox). A reply is appended in the same
 * {@linkplain club.lasertag.crm.chat.tx.UnitOfWork unit of work} as the effects of the update it answers and its
 * "processed" record, and sent after the commit; what a crash left unsent is found by {@link #pending} and sent
 * then. A reply is therefore sent at least once: at worst twice (sent, then the process died before
 * {@link #delivered} was recorded), never not at all.
 *
 * <p>Several instances on one database: each reply is <em>held</em> by one sender at a time, until its hold lapses.
 * The writer of a reply holds it for {@link #WRITER_HOLD} (it sends it right after the commit); a relay
 * {@linkplain #claim claims} replies whose hold lapsed, holding them in turn; a sender that fails gives its reply back
 * ({@link #release}). So two instances never send the same reply at once, and the replies of a dead instance are
 * sent by another once their hold lapsed: at worst twice, never lost.
 *
 * <p>The payload is opaque here: the front end encodes and decodes it.
 */
public interface Outbox {

    /** How long the writer of a reply holds it: it sends it right after its unit of work commits. */
    Duration WRITER_HOLD = Duration.ofSeconds(5);

    /**
     * Stores a reply to send to {@code chatId}, answering update {@code updateId}, held by its writer for
     * {@link #WRITER_HOLD}; returns it with its id.
     */
    Entry append(long updateId, long chatId, String payload);

    /**
     * Claims up to {@code limit} replies, oldest first, whose hold ends at the latest {@code lapsedWithin} from now
     * ({@link Duration#ZERO}: only those no one holds any more), and holds them for {@code holdFor}: until then no
     * other caller, in this process or another, claims them. Atomic: two callers at once never get the same reply.
     */
    List<Entry> claim(int limit, Duration lapsedWithin, Duration holdFor);

    /** Gives a claimed reply back (sending it failed): claimable at once. Unknown ids are ignored. */
    void release(long id);

    /**
     * Up to {@code limit} replies not yet delivered, oldest first (in the order they were appended), held or not:
     * to look at, not to send (send what {@link #claim} returns).
     */
    List<Entry> pending(int limit);

    /** The reply was sent (or can never be): forgets it. Unknown ids are ignored. */
    void delivered(long id);

    /**
     * How many replies wait to be sent: the backlog, for metrics. (The default reads them all; a store counts them.)
     */
    default long backlog() {
        return pending(Integer.MAX_VALUE).size();
    }

    /**
     * A reply waiting in the outbox.
     *
     * @param id        increasing in the order of appending
     * @param createdAt when it was appended
     */
    record Entry(long id, long updateId, long chatId, String payload, Instant createdAt) {

        public Entry {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
