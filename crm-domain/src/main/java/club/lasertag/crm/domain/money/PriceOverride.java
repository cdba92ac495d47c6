package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.Objects;

/** A total a manager set instead of the computed one, and why. */
public record PriceOverride(Money total, String reason, StaffId by, Instant at) {

    public static final int REASON_MAX = 200;

    public PriceOverride {
        Objects.requireNonNull(total, "total");
        reason = validReason(reason);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /** A reason is required, one line, at most {@link #REASON_MAX}. */
    public static String validReason(String typed) {
        return Text.required("reason", typed, REASON_MAX);
    }
}
