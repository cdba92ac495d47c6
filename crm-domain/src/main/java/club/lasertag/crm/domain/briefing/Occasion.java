package club.lasertag.crm.domain.briefing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sending of a briefing: which one and on which club day it is sent. A recipient gets each occasion at most
 * once; the pair is the key an adapter records a sending under.
 */
public record Occasion(Briefing briefing, LocalDate day) {

    public Occasion {
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(day, "day");
    }

    /** A stable key, such as {@code morning_plan:2030-06-15}. */
    public String key() {
        return briefing.code() + ":" + day;
    }
}
