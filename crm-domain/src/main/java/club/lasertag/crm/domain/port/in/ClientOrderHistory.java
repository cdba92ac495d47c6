package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.List;

/**
 * Use case: a client's orders, whatever their status, the latest first; and those still to come. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_CLIENTS}.
 */
public interface ClientOrderHistory {

    List<ScheduledGame> history(ClientId clientId, Page page, StaffId by);

    /** The client's live orders that have not started yet, the soonest first (what blocks deleting them). */
    List<ScheduledGame> upcoming(ClientId clientId, StaffId by);
}
