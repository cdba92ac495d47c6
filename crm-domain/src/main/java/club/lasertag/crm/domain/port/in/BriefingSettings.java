package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.Set;

/**
 * Use case: who receives which briefing, and when they go out. Every staff member chooses their own
 * (among those their role may read); only the admin sets the times
 * ({@link club.lasertag.crm.domain.staff.Permission#CONFIGURE_CLUB}).
 */
public interface BriefingSettings {

    /** What this staff member may receive, what they do receive, and the club's times. */
    Subscription settingsOf(StaffId by);

    /**
     * Turns a briefing on or off for oneself. Turning on one the role may not read is refused with
     * {@link club.lasertag.crm.domain.staff.NotPermitted}.
     */
    Subscription receive(Briefing briefing, boolean wanted, StaffId by);

    /** Sets when the briefings go out, in the club's time. */
    BriefingTimes setTimes(BriefingTimes times, StaffId by);

    /**
     * Telegram refused a message to this member because they blocked the bot: nothing more is sent to them until
     * {@link #wroteAgain}. (The system's call, no actor.)
     */
    void blocked(StaffId member);

    /** The member wrote to the bot again: briefings reach them again. */
    void wroteAgain(StaffId member);

    /** A staff member's choice: the briefings open to their role, those they receive, the club's times. */
    record Subscription(Set<Briefing> available, Set<Briefing> receives, BriefingTimes times) {

        public Subscription {
            available = Set.copyOf(available);
            receives = Set.copyOf(receives);
        }
    }
}
