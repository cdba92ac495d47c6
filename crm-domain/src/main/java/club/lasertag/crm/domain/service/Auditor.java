package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.FieldChange;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes the services' audit entries: who, now, and the fields that changed. */
final class Auditor {

    private final AuditLog log;
    private final Clock clock;

    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records the change from {@code before} to {@code after} unless nothing changed. */
    void changed(Subject subject, String action, StaffId by, Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = AuditEntry.diff(before, after);
        if (!changes.isEmpty()) {
            log.record(new AuditEntry(subject, action, by, clock.instant(), changes));
        }
    }

    /** Records an event with these fields' new values (a payment, a creation). */
    void happened(Subject subject, String action, StaffId by, Map<String, String> fields) {
        log.record(new AuditEntry(subject, action, by, clock.instant(), AuditEntry.diff(Map.of(), fields)));
    }
}
