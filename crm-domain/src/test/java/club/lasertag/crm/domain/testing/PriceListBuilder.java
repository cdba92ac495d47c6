package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test price lists. {@link #aPriceList()} is the README's example: the arena 6,000 an hour (7,500 on weekends and
 * holidays), the park 5,000, the forest 4,000 (no weekend prices); the rest room 1,500 an hour; a birthday 2,000
 * extra, a quest 3,000; a bandana 300 a player, bullets 200, a dog tag 500, a snood 400.
 */
public final class PriceListBuilder {

    private final Map<PriceItem, Money> prices = new EnumMap<>(PriceItem.class);
    private final Set<LocalDate> holidays = new HashSet<>();

    public static PriceListBuilder aPriceList() {
        return new PriceListBuilder()
                .set(PriceItem.GAME_ARENA, 6_000).set(PriceItem.GAME_ARENA_WEEKEND, 7_500)
                .set(PriceItem.GAME_PARK, 5_000).set(PriceItem.GAME_FOREST, 4_000)
                .set(PriceItem.REST_ROOM, 1_500)
                .set(PriceItem.EXTRA_BIRTHDAY, 2_000).set(PriceItem.EXTRA_QUEST, 3_000)
                .set(PriceItem.GIFT_BANDANA, 300).set(PriceItem.GIFT_BULLETS, 200)
                .set(PriceItem.GIFT_DOGTAG, 500).set(PriceItem.GIFT_SNOOD, 400);
    }

    public static PriceListBuilder noPrices() {
        return new PriceListBuilder();
    }

    /** Sets an item in whole roubles. */
    public PriceListBuilder set(PriceItem item, long roubles) {
        prices.put(item, Money.of(roubles));
        return this;
    }

    public PriceListBuilder setMinor(PriceItem item, long minorUnits) {
        prices.put(item, Money.ofMinor(minorUnits));
        return this;
    }

    public PriceListBuilder holiday(LocalDate day) {
        holidays.add(day);
        return this;
    }

    public PriceList build() {
        return new PriceList(PriceList.DEFAULT_CURRENCY, prices, holidays);
    }
}
