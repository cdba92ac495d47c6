package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_BRIEFINGS_SENT;

import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.staff.StaffId;
import java.time.Instant;
import org.jooq.DSLContext;

/** {@link SentBriefings} in {@code crm_briefings_sent}, whose primary key lets one insert of a pair win. */
final class JooqSentBriefings implements SentBriefings {

    private final DSLContext db;

    JooqSentBriefings(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean wasSent(Occasion occasion, StaffId recipient) {
        return db.fetchExists(CRM_BRIEFINGS_SENT, CRM_BRIEFINGS_SENT.OCCASION.eq(occasion.key())
                .and(CRM_BRIEFINGS_SENT.TELEGRAM_USER_ID.eq(recipient.value())));
    }

    @Override
    public boolean record(Occasion occasion, StaffId recipient, Instant at) {
        return db.insertInto(CRM_BRIEFINGS_SENT)
                .set(CRM_BRIEFINGS_SENT.OCCASION, occasion.key())
                .set(CRM_BRIEFINGS_SENT.TELEGRAM_USER_ID, recipient.value())
                .set(CRM_BRIEFINGS_SENT.SENT_AT, Timestamps.toDb(at))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
