package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_OUTBOX;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.persistence.jooq.tables.records.CrmOutboxRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * {@link Outbox} in {@code crm_outbox}: a row per reply, deleted once delivered. Ids come from the database
 * (increasing, never reused), so "oldest first" is "by id". A reply's hold is its {@code claimed_until}; a claim
 * reads the rows whose hold lapsed with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL (two instances claiming at once
 * take different rows, neither waits) and moves their hold, in one transaction. On SQLite the transaction is the
 * single writer (it begins IMMEDIATE), which serialises claims as well.
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
                .set(CRM_OUTBOX.CLAIMED_UNTIL, Timestamps.toDb(now.plus(WRITER_HOLD)))
                .returning(CRM_OUTBOX.ID)
                .fetchOne(CRM_OUTBOX.ID);
        return new Entry(id.longValue(), updateId, chatId, payload, Timestamps.fromDb(Timestamps.toDb(now)));
    }

    @Override
    public List<Entry> pending(int limit) {
        checkLimit(limit);
        return db.selectFrom(CRM_OUTBOX).orderBy(CRM_OUTBOX.ID).limit(limit).fetch(JooqOutbox::entry);
    }

    @Override
    public List<Entry> claim(int limit, Duration lapsedWithin, Duration holdFor) {
        checkLimit(limit);
        Instant now = clock.instant();
        return db.transactionResult(() -> {
            var lapsed = db.select(CRM_OUTBOX.ID).from(CRM_OUTBOX)
                    .where(CRM_OUTBOX.CLAIMED_UNTIL.le(Timestamps.toDb(now.plus(lapsedWithin))))
                    .orderBy(CRM_OUTBOX.ID).limit(limit);
            List<Integer> ids = db.dialect().family() == SQLDialect.POSTGRES
                    ? lapsed.forUpdate().skipLocked().fetch(CRM_OUTBOX.ID)
                    : lapsed.fetch(CRM_OUTBOX.ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            db.update(CRM_OUTBOX).set(CRM_OUTBOX.CLAIMED_UNTIL, Timestamps.toDb(now.plus(holdFor)))
                    .where(CRM_OUTBOX.ID.in(ids)).execute();
            return db.selectFrom(CRM_OUTBOX).where(CRM_OUTBOX.ID.in(ids)).orderBy(CRM_OUTBOX.ID)
                    .fetch(JooqOutbox::entry);
        });
    }

    @Override
    public void release(long id) {
        db.update(CRM_OUTBOX).set(CRM_OUTBOX.CLAIMED_UNTIL, Timestamps.toDb(clock.instant()))
                .where(IntIds.is(CRM_OUTBOX.ID, id)).execute();
    }

    @Override
    public void delivered(long id) {
        db.deleteFrom(CRM_OUTBOX).where(IntIds.is(CRM_OUTBOX.ID, id)).execute();
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
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
