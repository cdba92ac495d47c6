package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How an order's price is made from the price list:
 * <ol>
 * <li>game: the field's hourly price (its weekend price on Saturdays, Sundays and holidays, by the game's day in the
 * club's time zone) times the game's minutes / 60;</li>
 * <li>rest: the rest room's hourly price times the rest's minutes / 60 (nothing without a room);</li>
 * <li>extra: the game type's flat extra (birthday, quest; a plain game has none);</li>
 * <li>gifts: the gift's price per player times the players ("without" costs nothing).</li>
 * </ol>
 * Each part is rounded half up to a minor unit; the price is their sum. No part is negative, and none falls
 * when the game, the rest or the group grows.
 */
public final class PricingPolicy {

    private final ZoneId zone;

    public PricingPolicy(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public PriceBreakdown price(PriceList prices, Order order) {
        return price(prices, order.slot(), order.players(), order.gameType(), order.gift());
    }

    public PriceBreakdown price(PriceList prices, Slot slot, int players, GameType type, Gift gift) {
        LocalDate day = LocalDate.ofInstant(slot.start(), zone);
        Money hour = prices.effective(PriceItem.gameHour(slot.polygon(), prices.isWeekendOrHoliday(day)));
        Money game = hourly(hour, slot.gameTime());
        Money rest = slot.restRoom().isTaken() ? hourly(prices.effective(PriceItem.REST_ROOM), slot.restTime()) : Money.ZERO;
        Money extra = PriceItem.extra(type).map(prices::effective).orElse(Money.ZERO);
        Money gifts = PriceItem.gift(gift).map(prices::effective).orElse(Money.ZERO).times(players);
        return new PriceBreakdown(game, rest, extra, gifts);
    }

    private static Money hourly(Money perHour, Duration time) {
        return perHour.timesFraction(time.toMinutes(), 60);
    }
}
