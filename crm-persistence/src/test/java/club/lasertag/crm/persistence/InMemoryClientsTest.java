package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.testing.InMemoryClients;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryClientsTest extends ClientsContract {

    private final InMemoryClients clients = new InMemoryClients();

    @Override
    Clients clients() {
        return clients;
    }
}
