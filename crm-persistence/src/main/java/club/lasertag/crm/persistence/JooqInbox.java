package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_INBOX;

import club.lasertag.crm.chat.updates.Inbox;
import java.util.List;
import org.jooq.DSLContext;

/**
 * {@link Inbox} in {@code crm_inbox}: a row per update, keyed by its id, deleted once handled. {@code INSERT ... ON
 * CONFLICT DO NOTHING} makes storing an update posted again a no-op.
 */
final class JooqInbox implements Inbox {

    private final DSLContext db;

    JooqInbox(DSLContext db) {
        this.db = db;
    }

    @Override
    public void store(long updateId, long laneKey, String json) {
        db.insertInto(CRM_INBOX)
                .set(CRM_INBOX.UPDATE_ID, updateId)
                .set(CRM_INBOX.LANE_KEY, laneKey)
                .set(CRM_INBOX.JSON, json)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<Entry> pending() {
        return db.selectFrom(CRM_INBOX).orderBy(CRM_INBOX.UPDATE_ID)
                .fetch(row -> new Entry(row.getUpdateId(), row.getLaneKey(), row.getJson()));
    }

    @Override
    public void done(long updateId) {
        db.deleteFrom(CRM_INBOX).where(CRM_INBOX.UPDATE_ID.eq(updateId)).execute();
    }
}
