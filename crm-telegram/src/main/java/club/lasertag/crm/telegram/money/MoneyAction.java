package club.lasertag.crm.telegram.money;

import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

import java.util.List;

/** The money feature's buttons: an order's payments for managers, the price list for the admin. */
sealed interface MoneyAction extends Action {

    @Override
    default Permission permission() {
        return Permission.MANAGE_PAYMENTS;
    }

    List<Object> parts();

    /** An order's price, payments and balance. */
    record Account(OrderId order) implements MoneyAction {
        public List<Object> parts() {
            return List.of("acc", order.value());
        }
    }

    /** How the money of a deposit, payment or refund changes hands. */
    record ChooseMethod(OrderId order, PaymentKind kind) implements MoneyAction {
        public List<Object> parts() {
            return List.of("kind", order.value(), kind.code());
        }
    }

    /** Asks the amount of a deposit, payment or refund. */
    record Pay(OrderId order, PaymentKind kind, PaymentMethod method) implements MoneyAction {
        public List<Object> parts() {
            return List.of("pay", order.value(), kind.code(), method.code());
        }
    }

    /** Asks the new total and its reason. */
    record SetPrice(OrderId order) implements MoneyAction {
        public List<Object> parts() {
            return List.of("ovr", order.value());
        }
    }

    record Prices() implements MoneyAction {
        @Override
        public Permission permission() {
            return Permission.EDIT_PRICES;
        }

        public List<Object> parts() {
            return List.of("prices");
        }
    }

    /** Asks the new price of an item. */
    record EditPrice(PriceItem item) implements MoneyAction {
        @Override
        public Permission permission() {
            return Permission.EDIT_PRICES;
        }

        public List<Object> parts() {
            return List.of("price", item.code());
        }
    }

    /** Leaves a money dialog. */
    record CancelDialog() implements MoneyAction {
        public List<Object> parts() {
            return List.of("x");
        }
    }
}
