package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_PROCESSED_UPDATES;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import java.time.Clock;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * {@link ProcessedUpdates} in {@code crm_processed_updates}. {@code INSERT ... ON CONFLICT DO NOTHING} makes
 * the check and the record one atomic statement, so two deliveries of one update racing each other get one
 * {@code true}: on PostgreSQL the second waits for the first's transaction, and finds the id if it committed.
 * Telegram re-delivers only recent updates: the housekeeping job {@linkplain #forgetBefore forgets} old ids.
 */
final class JooqProcessedUpdates implements ProcessedUpdates {

    private final DSLContext db;
    private final Clock clock;

    JooqProcessedUpdates(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean markProcessed(long updateId) {
        Instant now = clock.instant();
        return db.insertInto(CRM_PROCESSED_UPDATES)
                .set(CRM_PROCESSED_UPDATES.UPDATE_ID, updateId)
                .set(CRM_PROCESSED_UPDATES.PROCESSED_AT, Timestamps.toDb(now))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return db.deleteFrom(CRM_PROCESSED_UPDATES)
                .where(CRM_PROCESSED_UPDATES.PROCESSED_AT.lt(Timestamps.toDb(cutoff)))
                .execute();
    }
}
