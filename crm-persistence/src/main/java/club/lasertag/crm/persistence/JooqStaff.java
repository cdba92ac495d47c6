package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_STAFF;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.persistence.jooq.tables.records.CrmStaffRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link Staff} in {@code crm_staff}. */
final class JooqStaff implements Staff {

    /** By role (admins first), then name; sorted here because the list is short and SQL collations differ. */
    private static final Comparator<StaffMember> BY_ROLE_AND_NAME =
            Comparator.comparing(StaffMember::role).thenComparing(StaffMember::displayName);

    private final DSLContext db;

    JooqStaff(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<StaffMember> byId(StaffId id) {
        return db.selectFrom(CRM_STAFF)
                .where(CRM_STAFF.TELEGRAM_USER_ID.eq(id.value()))
                .fetchOptional()
                .map(JooqStaff::member);
    }

    @Override
    public List<StaffMember> all() {
        return db.selectFrom(CRM_STAFF).fetch(JooqStaff::member).stream().sorted(BY_ROLE_AND_NAME).toList();
    }

    @Override
    public void save(StaffMember member) {
        db.insertInto(CRM_STAFF)
                .set(CRM_STAFF.TELEGRAM_USER_ID, member.id().value())
                .set(CRM_STAFF.DISPLAY_NAME, member.displayName())
                .set(CRM_STAFF.ROLE, member.role().code())
                .onConflict(CRM_STAFF.TELEGRAM_USER_ID)
                .doUpdate()
                .set(CRM_STAFF.DISPLAY_NAME, member.displayName())
                .set(CRM_STAFF.ROLE, member.role().code())
                .execute();
    }

    @Override
    public void remove(StaffId id) {
        db.deleteFrom(CRM_STAFF).where(CRM_STAFF.TELEGRAM_USER_ID.eq(id.value())).execute();
    }

    private static StaffMember member(CrmStaffRecord record) {
        return new StaffMember(new StaffId(record.getTelegramUserId()), record.getDisplayName(), Role.ofCode(record.getRole()));
    }
}
