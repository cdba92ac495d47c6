package club.lasertag.crm.domain.feed;

import club.lasertag.crm.domain.common.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which bookings a calendar feed carries: those starting from {@value #DAYS_BACK} days before today (the club's
 * today) to {@value #DAYS_AHEAD} days after it, whole days in the club's zone. Enough to look back at last month and
 * plan half a year ahead, while a phone's calendar refreshes a few hundred events, not the club's whole history.
 */
public final class FeedWindow {

    public static final int DAYS_BACK = 30;
    public static final int DAYS_AHEAD = 180;

    private FeedWindow() {
    }

    /** {@code [start of today - 30 days, start of today + 181 days)} in {@code zone}. */
    public static Interval around(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Interval(today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(),
                today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(zone).toInstant());
    }
}
