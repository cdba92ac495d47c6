package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;

import java.util.List;

/** Use case: find clients by what a manager types. */
public interface FindClients {

    /**
     * A phone in any format finds its client; three or more digits find clients whose phone contains them;
     * anything else finds clients whose surname, name or midname contain every word, in any case.
     */
    List<Client> find(String query, Page page);

    /** Throws {@link club.lasertag.crm.domain.common.NotFound} for an unknown id. */
    Client byId(ClientId id);
}
