package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_OUTBOX;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.persistence.jooq.tables.records.CrmOutboxRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * {@link Outbox} in {@code crm_outbox}: a row per reply, deleted once delivered. Ids come from the database
 * (increasing, never reused), so "oldest first" is "by id".
 */
final class JooqOutbox implements Outbox {

    private final DSLContext db;
    private final Clock clock;

    JooqOutbox(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Entry append(long updateId, long chatId, String payload) {
        Instant now = clock.instant();
        Number id = db.insertInto(CRM_OUTBOX)
                .set(CRM_OUTBOX.UPDATE_ID, updateId)
                .set(CRM_OUTBOX.CHAT_ID, chatId)
                .set(CRM_OUTBOX.PAYLOAD, payload)
                .set(CRM_OUTBOX.CREATED_AT, Timestamps.toDb(now))
                .returning(CRM_OUTBOX.ID)
                .fetchOne(CRM_OUTBOX.ID);
        return new Entry(id.longValue(), updateId, chatId, payload, Timestamps.fromDb(Timestamps.toDb(now)));
    }

    @Override
    public List<Entry> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return db.selectFrom(CRM_OUTBOX).orderBy(CRM_OUTBOX.ID).limit(limit).fetch(JooqOutbox::entry);
    }

    @Override
    public void delivered(long id) {
        db.deleteFrom(CRM_OUTBOX).where(IntIds.is(CRM_OUTBOX.ID, id)).execute();
    }

    @Override
    public long backlog() {
        return db.fetchCount(CRM_OUTBOX);
    }

    private static Entry entry(CrmOutboxRecord record) {
        return new Entry(record.getId(), record.getUpdateId(), record.getChatId(), record.getPayload(),
                Timestamps.fromDb(record.getCreatedAt()));
    }
}
