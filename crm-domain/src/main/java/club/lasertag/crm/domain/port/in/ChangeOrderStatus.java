package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.staff.StaffId;

/**
 * Use case: confirm, complete, mark as a no-show, or cancel an order (cancelling frees its slots). An order is
 * completed or marked as a no-show only once its game has started. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}.
 */
public interface ChangeOrderStatus {

    StatusChange change(OrderId id, OrderStatus status, StaffId by);

    sealed interface StatusChange {

        record Changed(Order order) implements StatusChange {
        }

        /** The order's status does not allow that change (see {@link OrderStatus#next()}). */
        record NotAllowed(Order order, OrderStatus requested) implements StatusChange {
        }

        /** Completed or no-show before the game has started. */
        record TooEarly(Order order, OrderStatus requested) implements StatusChange {
        }
    }
}
