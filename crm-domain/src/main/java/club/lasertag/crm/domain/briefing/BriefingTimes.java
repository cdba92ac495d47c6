package club.lasertag.crm.domain.briefing;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When the club's briefings go out, in the club's time: the morning plan (and the follow-ups with it) and the
 * evening confirmation list. Set by the admin.
 */
public record BriefingTimes(LocalTime morning, LocalTime evening) {

    public static final BriefingTimes DEFAULTS = new BriefingTimes(LocalTime.of(9, 0), LocalTime.of(18, 0));

    public BriefingTimes {
        Objects.requireNonNull(morning, "morning");
        Objects.requireNonNull(evening, "evening");
        morning = morning.withSecond(0).withNano(0);
        evening = evening.withSecond(0).withNano(0);
    }

    /** The club-local time of day at which this briefing is sent. */
    public LocalTime of(Briefing briefing) {
        return switch (briefing) {
            case MORNING_PLAN, FOLLOW_UPS -> morning;
            case CONFIRMATIONS -> evening;
        };
    }

    public BriefingTimes withMorning(LocalTime value) {
        return new BriefingTimes(value, evening);
    }

    public BriefingTimes withEvening(LocalTime value) {
        return new BriefingTimes(morning, value);
    }
}
