package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: add a client, or change one. A phone belongs to one client only. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_CLIENTS}.
 */
public interface SaveClient {

    ClientSaved add(ClientProfile profile, StaffId by);

    ClientSaved edit(ClientId id, ClientProfile profile, StaffId by);

    sealed interface ClientSaved {

        record Saved(Client client) implements ClientSaved {
        }

        /** Another client already has one of the phones. */
        record PhoneTaken(Client owner) implements ClientSaved {
        }
    }
}
