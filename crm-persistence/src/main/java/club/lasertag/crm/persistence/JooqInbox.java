package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_INBOX;

import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.persistence.jooq.tables.records.CrmInboxRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * {@link Inbox} in {@code crm_inbox}: a row per update, keyed by its id, deleted once handled. {@code INSERT ... ON
 * CONFLICT DO NOTHING} makes storing an update posted again (to this instance or another) a no-op. An update's hold is
 * its {@code claimed_until}; a claim reads the rows whose hold lapsed with {@code FOR UPDATE SKIP LOCKED} on
 * PostgreSQL and moves their hold, in one transaction (on SQLite the transaction is the single writer).
 */
final class JooqInbox implements Inbox {

    private final DSLContext db;
    private final Clock clock;

    JooqInbox(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void store(long updateId, long laneKey, String json) {
        db.insertInto(CRM_INBOX)
                .set(CRM_INBOX.UPDATE_ID, updateId)
                .set(CRM_INBOX.LANE_KEY, laneKey)
                .set(CRM_INBOX.JSON, json)
                .set(CRM_INBOX.CLAIMED_UNTIL, Timestamps.toDb(clock.instant().plus(HOLD)))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<Entry> pending() {
        return db.selectFrom(CRM_INBOX).orderBy(CRM_INBOX.UPDATE_ID).fetch(JooqInbox::entry);
    }

    @Override
    public List<Entry> claim(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Instant now = clock.instant();
        return db.transactionResult(() -> {
            var lapsed = db.select(CRM_INBOX.UPDATE_ID).from(CRM_INBOX)
                    .where(CRM_INBOX.CLAIMED_UNTIL.le(Timestamps.toDb(now)))
                    .orderBy(CRM_INBOX.UPDATE_ID).limit(limit);
            List<Long> ids = db.dialect().family() == SQLDialect.POSTGRES
                    ? lapsed.forUpdate().skipLocked().fetch(CRM_INBOX.UPDATE_ID)
                    : lapsed.fetch(CRM_INBOX.UPDATE_ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            db.update(CRM_INBOX).set(CRM_INBOX.CLAIMED_UNTIL, Timestamps.toDb(now.plus(HOLD)))
                    .where(CRM_INBOX.UPDATE_ID.in(ids)).execute();
            return db.selectFrom(CRM_INBOX).where(CRM_INBOX.UPDATE_ID.in(ids)).orderBy(CRM_INBOX.UPDATE_ID)
                    .fetch(JooqInbox::entry);
        });
    }

    @Override
    public void done(long updateId) {
        db.deleteFrom(CRM_INBOX).where(CRM_INBOX.UPDATE_ID.eq(updateId)).execute();
    }

    private static Entry entry(CrmInboxRecord row) {
        return new Entry(row.getUpdateId(), row.getLaneKey(), row.getJson());
    }
}
