package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.Set;

/**
 * Outgoing port: the club's briefing times and each staff member's choices, and who cannot be written to (they
 * blocked the bot) until they write to it again.
 */
public interface BriefingPreferences {

    /** The times set by the admin, or {@link BriefingTimes#DEFAULTS}. */
    BriefingTimes times();

    void saveTimes(BriefingTimes times);

    /** The briefings this member turned off; none by default. */
    Set<Briefing> optedOut(StaffId member);

    void saveOptedOut(StaffId member, Set<Briefing> briefings);

    boolean isUnreachable(StaffId member);

    /** Marks a member the bot cannot write to (Telegram answered 403), or can again. */
    void setUnreachable(StaffId member, boolean unreachable);
}
