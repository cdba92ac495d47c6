package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Outgoing port: everything an export holds, handed over one row at a time as it is read (a database streams it
 * with a cursor), so an export of a big club never sits in memory as a list.
 */
public interface ExportSource {

    /** Every client, by id. */
    void eachClient(Consumer<Client> each);

    /** Every order starting in {@code [from, to)}, whatever its status, with its client if it still has one, by start. */
    void eachOrder(Instant from, Instant to, Consumer<OrderRow> each);

    /** An order and its client, if it still has one. */
    record OrderRow(Order order, Optional<Client> client) {

        public OrderRow {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(client, "client");
        }
    }
}
