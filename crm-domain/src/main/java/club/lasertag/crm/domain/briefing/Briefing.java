package club.lasertag.crm.domain.briefing;

import club.lasertag.crm.domain.common.Coded;
import club.lasertag.crm.domain.staff.Permission;

/**
 * A message the bot sends first, once a club day, to each staff member who may read it and has not opted out:
 * the day's plan in the morning, tomorrow's unconfirmed bookings in the evening, the birthday follow-ups.
 */
public enum Briefing implements Coded {
    /** Today's games per field with rest rooms, players, game types and the gifts to prepare. */
    MORNING_PLAN(Permission.VIEW_SCHEDULE),
    /** Tomorrow's bookings that are still new, to call and confirm. */
    CONFIRMATIONS(Permission.MANAGE_ORDERS),
    /** Yesterday's birthday clients to thank, and last year's birthday clients to invite again. */
    FOLLOW_UPS(Permission.MANAGE_CLIENTS);

    private final Permission needed;

    Briefing(Permission needed) {
        this.needed = needed;
    }

    /** What a recipient must be allowed to do to receive this briefing. */
    public Permission needed() {
        return needed;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Briefing ofCode(String code) {
        return Coded.parse(Briefing.class, "briefing", code);
    }
}
