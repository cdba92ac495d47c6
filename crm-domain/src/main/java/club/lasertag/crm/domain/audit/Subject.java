package club.lasertag.crm.domain.audit;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Coded;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.Objects;

/** What an audit entry is about: a client, an order (with its price and payments), the price list, a staff member. */
public record Subject(Kind kind, long id) {

    public enum Kind implements Coded {
        CLIENT, ORDER, PRICE_LIST, STAFF;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }

        public static Kind ofCode(String code) {
            return Coded.parse(Kind.class, "subject", code);
        }
    }

    /** The one price list of the club. */
    public static final Subject PRICE_LIST = new Subject(Kind.PRICE_LIST, 0);

    public Subject {
        Objects.requireNonNull(kind, "kind");
    }

    public static Subject client(ClientId id) {
        return new Subject(Kind.CLIENT, id.value());
    }

    public static Subject order(OrderId id) {
        return new Subject(Kind.ORDER, id.value());
    }

    public static Subject staff(StaffId id) {
        return new Subject(Kind.STAFF, id.value());
    }
}
