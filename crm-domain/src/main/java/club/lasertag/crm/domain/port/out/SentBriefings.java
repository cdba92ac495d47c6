package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;

/**
 * Outgoing port: the occasions each recipient was sent. Its key makes a briefing go out once per occasion and
 * recipient across restarts and across several instances on one database.
 */
public interface SentBriefings {

    boolean wasSent(Occasion occasion, StaffId recipient);

    /** Records a sending; false, changing nothing, when it was recorded before (here or by another instance). */
    boolean record(Occasion occasion, StaffId recipient, Instant at);
}
