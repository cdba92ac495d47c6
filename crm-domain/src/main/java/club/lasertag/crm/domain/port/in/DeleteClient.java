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

    /**
     * What {@link #delete} would do now, without doing it: {@link ClientDeletion.Deletable} or
     * {@link ClientDeletion.HasUpcomingOrders} (listing them), so a front end says so before asking to confirm.
     */
    ClientDeletion check(ClientId id, StaffId by);

    /** Deletes the client, unless (checked again: a booking may have come since) it has upcoming live orders. */
    ClientDeletion delete(ClientId id, StaffId by);

    sealed interface ClientDeletion {

        record Deleted(Client client) implements ClientDeletion {
        }

        /** {@link #check}: nothing stands in the way of deleting the client. */
        record Deletable(Client client) implements ClientDeletion {
        }

        record HasUpcomingOrders(Client client, List<Order> upcoming) implements ClientDeletion {
        }
    }
}
