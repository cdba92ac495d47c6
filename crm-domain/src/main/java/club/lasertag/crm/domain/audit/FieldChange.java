package club.lasertag.crm.domain.audit;

import java.util.Objects;

/** One field's value before and after a change; empty text where there was none (a creation, a deletion). */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
