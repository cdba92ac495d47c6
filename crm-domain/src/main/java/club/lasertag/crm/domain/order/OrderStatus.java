package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Coded;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. A new order gets confirmed, then completed or marked as a no-show;
 * any order not yet finished can be cancelled. Completed, no-show and cancelled are final.
 */
public enum OrderStatus implements Coded {
    NEW, CONFIRMED, COMPLETED, NO_SHOW, CANCELLED;

    /** The statuses this one may change to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONFIRMED, COMPLETED, NO_SHOW, CANCELLED);
            case CONFIRMED -> EnumSet.of(COMPLETED, NO_SHOW, CANCELLED);
            case COMPLETED, NO_SHOW, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus status) {
        return next().contains(status);
    }

    /** Cancelled orders occupy nothing; every other order holds its field and rest room. */
    public boolean occupiesSlots() {
        return this != CANCELLED;
    }

    /** Whether this status says how the game went, which is known only once it has started. */
    public boolean isOutcomeOfTheGame() {
        return this == COMPLETED || this == NO_SHOW;
    }

    /** Whether the order can still be edited or rescheduled. */
    public boolean isOpen() {
        return this == NEW || this == CONFIRMED;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static OrderStatus ofCode(String code) {
        return Coded.parse(OrderStatus.class, "status", code);
    }
}
