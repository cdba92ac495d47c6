package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.Coded;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;

import java.util.Arrays;
import java.util.Optional;

/**
 * One line of the price list. Game hours per field on weekdays, and optionally on weekends and holidays (absent:
 * the weekday price); the rest room per hour; a flat extra per game type; a gift per player.
 */
public enum PriceItem implements Coded {
    GAME_ARENA(false), GAME_ARENA_WEEKEND(true),
    GAME_PARK(false), GAME_PARK_WEEKEND(true),
    GAME_FOREST(false), GAME_FOREST_WEEKEND(true),
    REST_ROOM(false),
    EXTRA_BIRTHDAY(false), EXTRA_QUEST(false),
    GIFT_BANDANA(false), GIFT_BULLETS(false), GIFT_DOGTAG(false), GIFT_SNOOD(false);

    private final boolean optional;

    PriceItem(boolean optional) {
        this.optional = optional;
    }

    /** Whether the item may be left unset (then another item's price applies). */
    public boolean isOptional() {
        return optional;
    }

    public static PriceItem gameHour(Polygon polygon, boolean weekendOrHoliday) {
        return valueOf("GAME_" + polygon.name() + (weekendOrHoliday ? "_WEEKEND" : ""));
    }

    /** The extra of a game type; a plain game has none. */
    public static Optional<PriceItem> extra(GameType type) {
        return Arrays.stream(values()).filter(item -> item.name().equals("EXTRA_" + type.name())).findFirst();
    }

    /** The per-player price of a gift; "without" has none. */
    public static Optional<PriceItem> gift(Gift gift) {
        return Arrays.stream(values()).filter(item -> item.name().equals("GIFT_" + gift.name())).findFirst();
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static PriceItem ofCode(String code) {
        return Coded.parse(PriceItem.class, "priceItem", code);
    }
}
