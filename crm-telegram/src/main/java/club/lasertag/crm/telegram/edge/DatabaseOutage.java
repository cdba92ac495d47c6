package club.lasertag.crm.telegram.edge;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is down as far as the bot has seen: since an update failed for it and none succeeded
 * after. While it lasts (and was seen within {@link #FRESH}), a new update is told "unavailable" at once instead of
 * first waiting out the pool's connection timeout on a handler thread, which would queue the answers of many
 * managers behind each other. Logs the outage once when it starts and once when it ends.
 */
final class DatabaseOutage {

    /** An outage not confirmed by a failure for this long is not trusted: the next update tries the database. */
    static final Duration FRESH = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final InstantSource clock;
    private Instant started;
    private Instant lastSeen;

    DatabaseOutage(InstantSource clock) {
        this.clock = clock;
    }

    /** An update failed because the database is unavailable. */
    synchronized void seen(String cause) {
        Instant now = clock.instant();
        if (started == null) {
            started = now;
            log.warn("the database is unavailable ({}); updates wait and are retried until it is back", cause);
        }
        lastSeen = now;
    }

    /** An update was handled: the database works. */
    synchronized void over() {
        if (started != null) {
            log.info("the database is back after {} s", Duration.between(started, clock.instant()).toSeconds());
            started = null;
            lastSeen = null;
        }
    }

    /** Whether the database is known to be down now. */
    synchronized boolean known() {
        return lastSeen != null && clock.instant().isBefore(lastSeen.plus(FRESH));
    }
}
