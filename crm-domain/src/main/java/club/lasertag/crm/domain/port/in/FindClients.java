package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.List;
import java.util.Optional;

/**
 * Use case: find clients by what a manager types.
 * Requires {@link club.lasertag.crm.domain.staff.Permission#MANAGE_CLIENTS}.
 */
public interface FindClients {

    /**
     * A phone in any format finds the clients having it (its main phone's owner first, then those having it as
     * second phone); three or more digits find clients whose phone contains them;
     * anything else finds clients whose surname, name or midname contain every word, in any case.
     */
    List<Client> find(String query, Page page, StaffId by);

    /** Throws {@link club.lasertag.crm.domain.common.NotFound} for an unknown id. */
    Client byId(ClientId id, StaffId by);

    /**
     * The client whose main phone this is, typed in any format: an exact match, the same one {@link SaveClient}
     * checks; empty if nobody has it as main phone or it is not a valid phone. A second phone may be shared.
     */
    Optional<Client> byPhone(String typedPhone, StaffId by);
}
