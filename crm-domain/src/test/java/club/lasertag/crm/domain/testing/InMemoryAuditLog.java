package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.out.AuditLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link AuditLog} in memory, for tests. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> of(Subject subject, Page page) {
        List<AuditEntry> latestFirst = new ArrayList<>(entries.stream().filter(e -> e.subject().equals(subject)).toList());
        Collections.reverse(latestFirst);
        return latestFirst.stream().skip(page.offset()).limit(page.limit()).toList();
    }

    /** Every entry, in the order recorded. */
    public List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
