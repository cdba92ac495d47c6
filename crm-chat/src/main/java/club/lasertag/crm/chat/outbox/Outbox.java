package club.lasertag.crm.chat.outbox;

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
 * <p>The payload is opaque here: the front end encodes and decodes it.
 */
public interface Outbox {

    /** Stores a reply to send to {@code chatId}, answering update {@code updateId}; returns it with its id. */
    Entry append(long updateId, long chatId, String payload);

    /** Up to {@code limit} replies not yet delivered, oldest first (in the order they were appended). */
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
