package club.lasertag.crm.domain.audit;

import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One change in the audit log: what ({@link #subject()}), what was done ({@link #action()}, e.g.
 * {@code order.booked}, {@code payment.deposit}), who, when, and the changed fields before and after. Recorded in
 * the same transaction as the change; never changed or deleted.
 */
public record AuditEntry(Subject subject, String action, StaffId by, Instant at, List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        changes = List.copyOf(changes);
    }

    /**
     * The fields whose values differ between two snapshots (field name to value, in a stable order); a field
     * missing from one side counts as empty.
     */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.getOrDefault(field, "");
            String is = after.getOrDefault(field, "");
            if (!was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }
}
