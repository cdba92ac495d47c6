package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;

import java.util.List;

/**
 * Outgoing port: the audit log. Append only: there is no way to change or delete an entry. An implementation on
 * a database joins the caller's transaction, so an entry commits with its change or not at all.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The entries about a subject, the latest first. */
    List<AuditEntry> of(Subject subject, Page page);
}
