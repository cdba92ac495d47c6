package club.lasertag.crm.chat.updates;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Outgoing port: updates received and not handled yet (a durable inbox), for a front end that confirms an update
 * before handling it (a webhook answers Telegram at once, and Telegram never posts an answered update again). The
 * update is {@linkplain #store stored} before it is confirmed, and {@linkplain #done forgotten} in the
 * {@linkplain club.lasertag.crm.chat.tx.UnitOfWork unit of work} that handles it, so its row goes only with the
 * commit of its effects. What a crash left is found by {@link #pending} and handled again at start: an update may
 * come twice ({@link ProcessedUpdates} skips the second), never not at all.
 *
 * <p>Several instances on one database: the instance that stores an update <em>holds</em> it for {@link #HOLD} (it
 * handles it meanwhile); an update still there once its hold lapsed (its instance died, or is far behind) is
 * {@linkplain #claim claimed} by another, which holds it in turn. An update handled twice that way is skipped the
 * second time ({@link ProcessedUpdates}).
 *
 * <p>The update is opaque here: the front end encodes and decodes it.
 */
public interface Inbox {

    /** How long the instance that stores (or claims) an update holds it. */
    Duration HOLD = Duration.ofSeconds(10);

    /**
     * Stores an update as received, held by the caller for {@link #HOLD}; storing one that is stored already changes
     * nothing.
     */
    void store(long updateId, long laneKey, String json);

    /** Every update stored and not done, by id, held or not. */
    List<Entry> pending();

    /**
     * Claims up to {@code limit} updates, by id, whose hold lapsed, and holds them for {@link #HOLD}. Atomic: two
     * callers at once, in this process or another, never get the same update.
     */
    List<Entry> claim(int limit);

    /** The update is handled (or is of no concern): forgets it. Unknown ids are ignored. */
    void done(long updateId);

    /**
     * An update waiting in the inbox.
     *
     * @param laneKey the lane it is handled in (its chat)
     * @param json    the update as received
     */
    record Entry(long updateId, long laneKey, String json) {

        public Entry {
            Objects.requireNonNull(json, "json");
        }
    }
}
