package club.lasertag.crm.telegram.history;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

import java.util.List;

/** The history feature's buttons: a page of an order's or a client's audit log. */
sealed interface HistoryAction extends Action {

    @Override
    default Permission permission() {
        return Permission.VIEW_HISTORY;
    }

    List<Object> parts();

    record OfOrder(OrderId order, int offset) implements HistoryAction {
        public List<Object> parts() {
            return List.of("o", order.value(), offset);
        }
    }

    record OfClient(ClientId client, int offset) implements HistoryAction {
        public List<Object> parts() {
            return List.of("c", client.value(), offset);
        }
    }
}
