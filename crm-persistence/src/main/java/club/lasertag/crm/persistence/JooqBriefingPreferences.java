package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_BRIEFING_OPT_OUTS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLUB_SETTINGS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_UNREACHABLE_STAFF;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.staff.StaffId;
import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * {@link BriefingPreferences} in {@code crm_club_settings} (the times, as HH:MM), {@code crm_briefing_opt_outs} and
 * {@code crm_unreachable_staff}.
 */
final class JooqBriefingPreferences implements BriefingPreferences {

    static final String MORNING = "briefing.morning";
    static final String EVENING = "briefing.evening";

    private final DSLContext db;
    private final Clock clock;

    JooqBriefingPreferences(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public BriefingTimes times() {
        var stored = db.select(CRM_CLUB_SETTINGS.NAME, CRM_CLUB_SETTINGS.VALUE)
                .from(CRM_CLUB_SETTINGS)
                .where(CRM_CLUB_SETTINGS.NAME.in(MORNING, EVENING))
                .fetchMap(CRM_CLUB_SETTINGS.NAME, CRM_CLUB_SETTINGS.VALUE);
        return new BriefingTimes(
                timeOr(stored.get(MORNING), BriefingTimes.DEFAULTS.morning()),
                timeOr(stored.get(EVENING), BriefingTimes.DEFAULTS.evening()));
    }

    @Override
    public void saveTimes(BriefingTimes times) {
        save(MORNING, times.morning().toString());
        save(EVENING, times.evening().toString());
    }

    @Override
    public Set<Briefing> optedOut(StaffId member) {
        Set<Briefing> result = EnumSet.noneOf(Briefing.class);
        db.select(CRM_BRIEFING_OPT_OUTS.BRIEFING)
                .from(CRM_BRIEFING_OPT_OUTS)
                .where(CRM_BRIEFING_OPT_OUTS.TELEGRAM_USER_ID.eq(member.value()))
                .fetch(CRM_BRIEFING_OPT_OUTS.BRIEFING)
                .forEach(code -> result.add(Briefing.ofCode(code)));
        return result;
    }

    @Override
    public void saveOptedOut(StaffId member, Set<Briefing> briefings) {
        db.transaction(tx -> {
            db.deleteFrom(CRM_BRIEFING_OPT_OUTS).where(CRM_BRIEFING_OPT_OUTS.TELEGRAM_USER_ID.eq(member.value())).execute();
            for (Briefing briefing : briefings) {
                db.insertInto(CRM_BRIEFING_OPT_OUTS)
                        .set(CRM_BRIEFING_OPT_OUTS.TELEGRAM_USER_ID, member.value())
                        .set(CRM_BRIEFING_OPT_OUTS.BRIEFING, briefing.code())
                        .execute();
            }
        });
    }

    @Override
    public boolean isUnreachable(StaffId member) {
        return db.fetchExists(CRM_UNREACHABLE_STAFF, CRM_UNREACHABLE_STAFF.TELEGRAM_USER_ID.eq(member.value()));
    }

    @Override
    public void setUnreachable(StaffId member, boolean unreachable) {
        if (unreachable) {
            db.insertInto(CRM_UNREACHABLE_STAFF)
                    .set(CRM_UNREACHABLE_STAFF.TELEGRAM_USER_ID, member.value())
                    .set(CRM_UNREACHABLE_STAFF.SINCE, Timestamps.toDb(clock.instant()))
                    .onConflictDoNothing()
                    .execute();
        } else {
            db.deleteFrom(CRM_UNREACHABLE_STAFF).where(CRM_UNREACHABLE_STAFF.TELEGRAM_USER_ID.eq(member.value())).execute();
        }
    }

    private void save(String name, String value) {
        db.insertInto(CRM_CLUB_SETTINGS)
                .set(CRM_CLUB_SETTINGS.NAME, name)
                .set(CRM_CLUB_SETTINGS.VALUE, value)
                .onConflict(CRM_CLUB_SETTINGS.NAME)
                .doUpdate()
                .set(CRM_CLUB_SETTINGS.VALUE, value)
                .execute();
    }

    private static LocalTime timeOr(String stored, LocalTime fallback) {
        return stored == null ? fallback : LocalTime.parse(stored);
    }
}
