package club.lasertag.crm.chat.updates;

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
 * <p>The update is opaque here: the front end encodes and decodes it.
 */
public interface Inbox {

    /** Stores an update as received; storing one that is stored already changes nothing. */
    void store(long updateId, long laneKey, String json);

    /** Every update stored and not done, by id. */
    List<Entry> pending();

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
