package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.List;

/**
 * Use case: delete a client. A client with upcoming live orders is not deleted: those orders are cancelled or
 * moved first, so no booked game loses its client by accident. Past orders stay, without a client.
 * Requires {@link club.lasertag.crm.domain.staff.Permission#MANAGE_CLIENTS}.
 */
public interface DeleteClient {

    ClientDeletion delete(ClientId id, StaffId by);

    sealed interface ClientDeletion {

        record Deleted(Client client) implements ClientDeletion {
        }

        record HasUpcomingOrders(Client client, List<Order> upcoming) implements ClientDeletion {
        }
    }
}
