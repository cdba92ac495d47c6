package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;
import club.lasertag.crm.telegram.chat.Callback;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The orders feature's buttons; {@link OrderCallbacks} encodes them. Cards are for everyone who sees the
 * calendar, a client's history for those who manage clients, the rest for those who manage orders.
 */
sealed interface OrderAction extends Action {

    @Override
    default Permission permission() {
        return Permission.MANAGE_ORDERS;
    }

    /** The action's name and arguments in the callback data. */
    List<Object> parts();

    /** A button of a running booking dialog: stale once the dialog has ended. */
    sealed interface InDialog extends OrderAction {
    }

    /** A new booking for a client. */
    record Book(ClientId client) implements OrderAction {
        public List<Object> parts() {
            return List.of("new", client.value());
        }
    }

    record Card(OrderId order) implements OrderAction {
        @Override
        public Permission permission() {
            return Permission.VIEW_SCHEDULE;
        }

        public List<Object> parts() {
            return List.of("card", order.value());
        }
    }

    /** A client's orders from {@code offset}, the latest first. */
    record History(ClientId client, int offset) implements OrderAction {
        @Override
        public Permission permission() {
            return Permission.MANAGE_CLIENTS;
        }

        public List<Object> parts() {
            return List.of("hist", client.value(), offset);
        }
    }

    record Edit(OrderId order) implements OrderAction {
        public List<Object> parts() {
            return List.of("edit", order.value());
        }
    }

    record Move(OrderId order) implements OrderAction {
        public List<Object> parts() {
            return List.of("move", order.value());
        }
    }

    /** Any status change but cancelling, which asks first. */
    record SetStatus(OrderId order, OrderStatus status) implements OrderAction {
        public List<Object> parts() {
            return List.of("st", order.value(), status.code());
        }
    }

    /** Cancelling: asks first; {@code confirmed} is the answer. */
    record Cancel(OrderId order, boolean confirmed) implements OrderAction {
        public List<Object> parts() {
            return confirmed ? List.of("cancel", order.value(), "yes") : List.of("cancel", order.value());
        }
    }

    /** A cell that does nothing. */
    record Nothing() implements OrderAction {
        @Override
        public Permission permission() {
            return Permission.VIEW_SCHEDULE;
        }

        public List<Object> parts() {
            return List.of("nop");
        }
    }

    /** An answer to the question of {@code step}. */
    record Answer(Step step, String value) implements InDialog {
        public List<Object> parts() {
            return List.of("a", step.code(), value);
        }
    }

    record SkipComment() implements InDialog {
        public List<Object> parts() {
            return List.of("skip");
        }
    }

    /** Another month of the date picker. */
    record DateMonth(YearMonth month) implements InDialog {
        public List<Object> parts() {
            return List.of("dm", month);
        }
    }

    /** Asks one field again. */
    record Field(Step step) implements InDialog {
        public List<Object> parts() {
            return List.of("f", step.code());
        }
    }

    /** Which field to change. */
    record ChooseField() implements InDialog {
        public List<Object> parts() {
            return List.of("fix");
        }
    }

    record ToSummary() implements InDialog {
        public List<Object> parts() {
            return List.of("sum");
        }
    }

    /** "Book" or "save" on the summary. */
    record Confirm() implements InDialog {
        public List<Object> parts() {
            return List.of("ok");
        }
    }

    /** A free start offered after a refusal. */
    record FreeStart(LocalDate date, LocalTime start) implements InDialog {
        public List<Object> parts() {
            return List.of("at", date, Callback.compact(start));
        }
    }

    record CancelDialog() implements InDialog {
        public List<Object> parts() {
            return List.of("x");
        }
    }
}
