package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.Orders;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link ExportSource} over the in-memory clients and orders, for tests: clients by id as {@link InMemoryClients}
 * numbers them (1, 2, ...) (a run of 1,000 missing ids ends the walk).
 */
public final class InMemoryExportSource implements ExportSource {

    private final Clients clients;
    private final Orders orders;

    public InMemoryExportSource(Clients clients, Orders orders) {
        this.clients = clients;
        this.orders = orders;
    }

    @Override
    public void eachClient(Consumer<Client> each) {
        int misses = 0;
        for (long id = 1; misses < 1000; id++) {
            Optional<Client> client = clients.byId(new ClientId(id));
            if (client.isPresent()) {
                misses = 0;
                each.accept(client.get());
            } else {
                misses++;
            }
        }
    }

    @Override
    public void eachOrder(Instant from, Instant to, Consumer<OrderRow> each) {
        orders.startingBetween(from, to).forEach(order ->
                each.accept(new OrderRow(order, order.clientId().flatMap(clients::byId))));
    }
}
