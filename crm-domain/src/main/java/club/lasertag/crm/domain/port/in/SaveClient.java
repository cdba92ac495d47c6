package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: add a client, or change one. A main phone belongs to one client only; a second phone
 * may be shared by several clients (a parent's phone for siblings), see {@link
 * club.lasertag.crm.domain.client.PhoneOwnership}. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_CLIENTS}.
 */
public interface SaveClient {

    ClientSaved add(ClientProfile profile, StaffId by);

    ClientSaved edit(ClientId id, ClientProfile profile, StaffId by);

    sealed interface ClientSaved {

        record Saved(Client client) implements ClientSaved {
        }

        /** Another client already has this main phone. */
        record PhoneTaken(Client owner) implements ClientSaved {
        }
    }
}
