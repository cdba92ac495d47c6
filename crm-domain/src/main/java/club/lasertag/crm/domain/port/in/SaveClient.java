package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;

/** Use case: add a client, or change one. A phone belongs to one client only. */
public interface SaveClient {

    ClientSaved add(ClientProfile profile);

    ClientSaved edit(ClientId id, ClientProfile profile);

    sealed interface ClientSaved {

        record Saved(Client client) implements ClientSaved {
        }

        /** Another client already has one of the phones. */
        record PhoneTaken(Client owner) implements ClientSaved {
        }
    }
}
