package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_FEED_TOKENS;

import club.lasertag.crm.domain.feed.FeedTokenHash;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link FeedTokens} in {@code crm_feed_tokens}: one row per staff member, looked up by the token's hash. */
final class JooqFeedTokens implements FeedTokens {

    private final DSLContext db;

    JooqFeedTokens(DSLContext db) {
        this.db = db;
    }

    @Override
    public void replace(StaffId staff, FeedTokenHash hash, Instant issuedAt) {
        db.insertInto(CRM_FEED_TOKENS)
                .set(CRM_FEED_TOKENS.STAFF, staff.value())
                .set(CRM_FEED_TOKENS.TOKEN_HASH, hash.hex())
                .set(CRM_FEED_TOKENS.CREATED_AT, Timestamps.toDb(issuedAt))
                .onConflict(CRM_FEED_TOKENS.STAFF)
                .doUpdate()
                .set(CRM_FEED_TOKENS.TOKEN_HASH, hash.hex())
                .set(CRM_FEED_TOKENS.CREATED_AT, Timestamps.toDb(issuedAt))
                .execute();
    }

    @Override
    public Optional<StaffId> ownerOf(FeedTokenHash hash) {
        return db.select(CRM_FEED_TOKENS.STAFF)
                .from(CRM_FEED_TOKENS)
                .where(CRM_FEED_TOKENS.TOKEN_HASH.eq(hash.hex()))
                .fetchOptional(record -> new StaffId(record.value1()));
    }

    @Override
    public Optional<Instant> issuedAt(StaffId staff) {
        return db.select(CRM_FEED_TOKENS.CREATED_AT)
                .from(CRM_FEED_TOKENS)
                .where(CRM_FEED_TOKENS.STAFF.eq(staff.value()))
                .fetchOptional(record -> Timestamps.fromDb(record.value1()));
    }
}
