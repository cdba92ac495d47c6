package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_AUDIT_LOG;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.jooq.tables.records.CrmAuditLogRecord;
import java.util.List;
import org.jooq.DSLContext;

/** {@link AuditLog} in {@code crm_audit_log}: inserts and reads, nothing else. */
final class JooqAuditLog implements AuditLog {

    private final DSLContext db;

    JooqAuditLog(DSLContext db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        db.insertInto(CRM_AUDIT_LOG)
                .set(CRM_AUDIT_LOG.SUBJECT_KIND, entry.subject().kind().code())
                .set(CRM_AUDIT_LOG.SUBJECT_ID, entry.subject().id())
                .set(CRM_AUDIT_LOG.ACTION, entry.action())
                .set(CRM_AUDIT_LOG.STAFF_ID, entry.by().value())
                .set(CRM_AUDIT_LOG.AT, Timestamps.toDb(entry.at()))
                .set(CRM_AUDIT_LOG.CHANGES, AuditChanges.encode(entry.changes()))
                .execute();
    }

    @Override
    public List<AuditEntry> of(Subject subject, Page page) {
        return db.selectFrom(CRM_AUDIT_LOG)
                .where(CRM_AUDIT_LOG.SUBJECT_KIND.eq(subject.kind().code()))
                .and(CRM_AUDIT_LOG.SUBJECT_ID.eq(subject.id()))
                .orderBy(CRM_AUDIT_LOG.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqAuditLog::entry);
    }

    private static AuditEntry entry(CrmAuditLogRecord row) {
        return new AuditEntry(new Subject(Subject.Kind.ofCode(row.getSubjectKind()), row.getSubjectId()), row.getAction(),
                new StaffId(row.getStaffId()), Timestamps.fromDb(row.getAt()), AuditChanges.decode(row.getChanges()));
    }
}
