package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.testing.InMemoryClients;
import club.lasertag.crm.domain.testing.InMemoryOrders;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryOrdersTest extends OrdersContract {

    private final InMemoryOrders orders = new InMemoryOrders();

    private final InMemoryClients clients = new InMemoryClients();

    @Override
    Clients clients() {
        return clients;
    }

    @Override
    Orders orders() {
        return orders;
    }
}
