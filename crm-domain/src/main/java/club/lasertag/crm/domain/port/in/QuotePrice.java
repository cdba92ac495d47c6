package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.Objects;

/**
 * Use case: what a booking would cost by today's price list, before it is saved; what a change of an order would
 * do to its price. Requires {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}.
 */
public interface QuotePrice {

    PriceBreakdown quote(BookingRequest request, StaffId by);

    /** The order's total now, and what it would be after the change (recomputed; an override does not survive). */
    PriceChange preview(OrderId order, BookingRequest changed, StaffId by);

    record PriceChange(Money before, Money after) {

        public PriceChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** After less before, in minor units: negative when the order gets cheaper. */
        public long differenceMinorUnits() {
            return after.minorUnits() - before.minorUnits();
        }
    }
}
