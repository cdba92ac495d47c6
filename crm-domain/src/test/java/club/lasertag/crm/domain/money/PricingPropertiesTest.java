package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pricing policy on random price lists (every item 0 to 1,000,000.00, some optional items unset), days, fields,
 * rooms, game types and gifts: a price is never negative, and never falls when the game, the rest or the group
 * grows.
 */
class PricingPropertiesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private final PricingPolicy policy = new PricingPolicy(ZONE);

    @Property(tries = 300)
    void neverNegativeAndTheSumOfItsParts(@ForAll("priceLists") PriceList prices, @ForAll("orders") Priced order) {
        PriceBreakdown price = order.price(policy, prices);

        assertThat(price.total().minorUnits()).isNotNegative();
        assertThat(price.total().minorUnits()).isEqualTo(price.game().minorUnits() + price.rest().minorUnits()
                + price.extra().minorUnits() + price.gifts().minorUnits());
    }

    @Property(tries = 300)
    void monotoneInGameHours(@ForAll("priceLists") PriceList prices, @ForAll("orders") Priced order,
            @ForAll @IntRange(min = 1, max = 240) int moreMinutes) {
        Priced longer = order.withGameMinutes(Math.min(720, order.gameMinutes() + moreMinutes));

        assertThat(longer.price(policy, prices).total()).isGreaterThanOrEqualTo(order.price(policy, prices).total());
    }

    @Property(tries = 300)
    void monotoneInRestHours(@ForAll("priceLists") PriceList prices, @ForAll("orders") Priced order,
            @ForAll @IntRange(min = 1, max = 240) int moreMinutes) {
        Priced longer = order.withRestMinutes(Math.min(720, order.restMinutes() + moreMinutes));

        assertThat(longer.price(policy, prices).total()).isGreaterThanOrEqualTo(order.price(policy, prices).total());
    }

    @Property(tries = 300)
    void monotoneInPlayers(@ForAll("priceLists") PriceList prices, @ForAll("orders") Priced order,
            @ForAll @IntRange(min = 1, max = 100) int morePlayers) {
        Priced bigger = order.withPlayers(Math.min(500, order.players() + morePlayers));

        assertThat(bigger.price(policy, prices).total()).isGreaterThanOrEqualTo(order.price(policy, prices).total());
    }

    /** What the policy prices, in club time. */
    record Priced(LocalDate day, Polygon polygon, int gameMinutes, RestRoom room, int restMinutes, int players,
            GameType type, Gift gift) {

        PriceBreakdown price(PricingPolicy policy, PriceList prices) {
            Slot slot = new Slot(day.atTime(12, 0).atZone(ZONE).toInstant(), Duration.ofMinutes(gameMinutes), polygon,
                    room, Duration.ofMinutes(room.isTaken() ? restMinutes : 0));
            return policy.price(prices, slot, players, type, gift);
        }

        Priced withGameMinutes(int minutes) {
            return new Priced(day, polygon, minutes, room, restMinutes, players, type, gift);
        }

        Priced withRestMinutes(int minutes) {
            return new Priced(day, polygon, gameMinutes, room, minutes, players, type, gift);
        }

        Priced withPlayers(int value) {
            return new Priced(day, polygon, gameMinutes, room, restMinutes, value, type, gift);
        }
    }

    @Provide
    Arbitrary<Priced> orders() {
        return net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 365).map(days -> LocalDate.of(2030, 1, 1).plusDays(days)),
                Arbitraries.of(Polygon.class),
                Arbitraries.integers().between(1, 720),
                Arbitraries.of(RestRoom.class),
                Arbitraries.integers().between(1, 720),
                Arbitraries.integers().between(1, 500),
                Arbitraries.of(GameType.class),
                Arbitraries.of(Gift.class)).as(Priced::new);
    }

    @Provide
    Arbitrary<PriceList> priceLists() {
        Arbitrary<Long> amount = Arbitraries.longs().between(0, PriceList.MAX_PRICE.minorUnits());
        Arbitrary<Map<PriceItem, Money>> prices = amount.list().ofSize(PriceItem.values().length)
                .flatMap(amounts -> Arbitraries.of(true, false).list().ofSize(amounts.size()).map(keep -> {
                    Map<PriceItem, Money> map = new EnumMap<>(PriceItem.class);
                    for (PriceItem item : PriceItem.values()) {
                        int i = item.ordinal();
                        if (!item.isOptional() || keep.get(i)) {
                            map.put(item, Money.ofMinor(amounts.get(i)));
                        }
                    }
                    return map;
                }));
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 365)
                .map(days -> LocalDate.of(2030, 1, 1).plusDays(days)).set().ofMaxSize(20);
        return net.jqwik.api.Combinators.combine(prices, holidays)
                .as((map, days) -> new PriceList(PriceList.DEFAULT_CURRENCY, map, days));
    }
}
