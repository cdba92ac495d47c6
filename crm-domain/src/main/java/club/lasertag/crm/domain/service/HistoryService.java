package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.in.ViewHistory;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.List;

/** Reading the audit log; there is no use case that changes or deletes it. */
public final class HistoryService implements ViewHistory {

    private final AuditLog log;
    private final AccessPolicy access;

    public HistoryService(AuditLog log, AccessPolicy access) {
        this.log = log;
        this.access = access;
    }

    @Override
    public List<AuditEntry> history(Subject subject, Page page, StaffId by) {
        access.require(by, Permission.VIEW_HISTORY);
        return log.of(subject, page);
    }
}
