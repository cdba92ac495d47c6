package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.audit.FieldChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code changes} column of {@code crm_audit_log}: one change per line, {@code field TAB before TAB after};
 * backslash, tab, line feed and carriage return inside a value are escaped ({@code \\ \t \n \r}).
 */
final class AuditChanges {

    private AuditChanges() {
    }

    static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(escape(change.field())).append('\t').append(escape(change.before())).append('\t')
                    .append(escape(change.after()));
        }
        return text.toString();
    }

    static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n", -1)) {
            String[] parts = line.split("\t", -1);
            changes.add(new FieldChange(unescape(parts[0]), parts.length > 1 ? unescape(parts[1]) : "",
                    parts.length > 2 ? unescape(parts[2]) : ""));
        }
        return changes;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
