package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_PROCESSED_UPDATES;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * {@link ProcessedUpdates} in {@code crm_processed_updates}. {@code INSERT ... ON CONFLICT DO NOTHING} makes
 * the check and the record one atomic statement, so two deliveries of one update racing each other get one
 * {@code true}. Telegram re-delivers only recent updates, so ids older than {@link #KEPT} are pruned now and
 * then (on the first insert and every {@link #PRUNE_EVERY} inserts after it).
 */
final class JooqProcessedUpdates implements ProcessedUpdates {

    static final Duration KEPT = Duration.ofDays(30);
    static final int PRUNE_EVERY = 1_000;

    private final DSLContext db;
    private final Clock clock;
    private final AtomicLong inserts = new AtomicLong();

    JooqProcessedUpdates(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean markProcessed(long updateId) {
        Instant now = clock.instant();
        if (inserts.getAndIncrement() % PRUNE_EVERY == 0) {
            prune(now);
        }
        return db.insertInto(CRM_PROCESSED_UPDATES)
                .set(CRM_PROCESSED_UPDATES.UPDATE_ID, updateId)
                .set(CRM_PROCESSED_UPDATES.PROCESSED_AT, Timestamps.toDb(now))
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Forgets the ids recorded before {@code now - KEPT}. */
    int prune(Instant now) {
        return db.deleteFrom(CRM_PROCESSED_UPDATES)
                .where(CRM_PROCESSED_UPDATES.PROCESSED_AT.lt(Timestamps.toDb(now.minus(KEPT))))
                .execute();
    }
}
