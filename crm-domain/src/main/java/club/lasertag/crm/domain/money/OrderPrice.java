package club.lasertag.crm.domain.money;

import java.util.Objects;
import java.util.Optional;

/**
 * An order's price as stored with it: computed from the price list when it was booked or last changed (a later
 * change of the list does not touch it), and a manager's override, if any.
 */
public record OrderPrice(PriceBreakdown computed, Optional<PriceOverride> override) {

    public OrderPrice {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(override, "override");
    }

    public static OrderPrice computed(PriceBreakdown breakdown) {
        return new OrderPrice(breakdown, Optional.empty());
    }

    /** What the client owes: the override if there is one, else the computed price. */
    public Money total() {
        return override.map(PriceOverride::total).orElseGet(computed::total);
    }

    public OrderPrice overriddenBy(PriceOverride newOverride) {
        return new OrderPrice(computed, Optional.of(newOverride));
    }
}
