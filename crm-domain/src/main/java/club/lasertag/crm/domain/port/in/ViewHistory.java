package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.List;

/**
 * Use case: the audit log of a client, an order (its price and payments included), the price list or a staff
 * member, the latest first. Requires {@link club.lasertag.crm.domain.staff.Permission#VIEW_HISTORY}; nothing
 * deletes it.
 */
public interface ViewHistory {

    List<AuditEntry> history(Subject subject, Page page, StaffId by);
}
