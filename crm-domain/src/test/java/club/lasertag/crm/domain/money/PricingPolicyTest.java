package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static club.lasertag.crm.domain.testing.PriceListBuilder.aPriceList;
import static org.assertj.core.api.Assertions.assertThat;

class PricingPolicyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final LocalDate SATURDAY = LocalDate.of(2030, 6, 15);
    private static final LocalDate WEDNESDAY = LocalDate.of(2030, 6, 12);

    private final PricingPolicy policy = new PricingPolicy(ZONE);

    /** The README's worked example. */
    @Test
    void aSaturdayBirthdayOnTheArena() {
        PriceBreakdown price = policy.price(aPriceList().build(), slot(SATURDAY, Polygon.ARENA, 90, RestRoom.ROOM_1, 60),
                10, GameType.BIRTHDAY, Gift.BANDANA);

        assertThat(price.game()).isEqualTo(Money.of(11_250));   // 7,500 an hour on weekends x 1.5 h
        assertThat(price.rest()).isEqualTo(Money.of(1_500));    // 1,500 an hour x 1 h
        assertThat(price.extra()).isEqualTo(Money.of(2_000));   // a birthday
        assertThat(price.gifts()).isEqualTo(Money.of(3_000));   // 10 bandanas x 300
        assertThat(price.total()).isEqualTo(Money.of(17_750));
    }

    @Test
    void weekdaysUseTheWeekdayPriceAndAFieldWithoutAWeekendPriceKeepsItsWeekdayOne() {
        assertThat(policy.price(aPriceList().build(), slot(WEDNESDAY, Polygon.ARENA, 60, RestRoom.NONE, 0), 1,
                GameType.GAME, Gift.WITHOUT).total()).isEqualTo(Money.of(6_000));
        assertThat(policy.price(aPriceList().build(), slot(SATURDAY, Polygon.PARK, 60, RestRoom.NONE, 0), 1,
                GameType.GAME, Gift.WITHOUT).total()).isEqualTo(Money.of(5_000));
    }

    @Test
    void aHolidayIsPricedAsAWeekend() {
        PriceList prices = aPriceList().holiday(WEDNESDAY).build();

        assertThat(policy.price(prices, slot(WEDNESDAY, Polygon.ARENA, 60, RestRoom.NONE, 0), 1, GameType.GAME,
                Gift.WITHOUT).game()).isEqualTo(Money.of(7_500));
    }

    @Test
    void theDayIsTheClubsDayNotUtcs() {
        // 00:30 on Saturday in Moscow is Friday 21:30 UTC
        Slot lateNight = new Slot(SATURDAY.atTime(0, 30).atZone(ZONE).toInstant(), Duration.ofHours(1), Polygon.ARENA,
                RestRoom.NONE, Duration.ZERO);

        assertThat(policy.price(aPriceList().build(), lateNight, 1, GameType.GAME, Gift.WITHOUT).game())
                .isEqualTo(Money.of(7_500));
    }

    @Test
    void partsOfAnHourRoundHalfUpToAKopeck() {
        PriceList prices = aPriceList().setMinor(PriceItem.GAME_FOREST, 100_001).build(); // 1,000.01 an hour

        // 1,000.01 x 50/60 = 833.341666... -> 833.34
        assertThat(policy.price(prices, slot(WEDNESDAY, Polygon.FOREST, 50, RestRoom.NONE, 0), 1, GameType.GAME,
                Gift.WITHOUT).game()).isEqualTo(Money.ofMinor(83_334));
    }

    @Test
    void noRestRoomNoRestPriceAndAPlainGameWithoutGiftsCostsOnlyItsHours() {
        PriceBreakdown price = policy.price(aPriceList().build(), slot(WEDNESDAY, Polygon.ARENA, 120, RestRoom.NONE, 0),
                25, GameType.GAME, Gift.WITHOUT);

        assertThat(price).isEqualTo(new PriceBreakdown(Money.of(12_000), Money.ZERO, Money.ZERO, Money.ZERO));
    }

    @Test
    void anEmptyPriceListPricesEverythingAtZero() {
        assertThat(policy.price(PriceList.empty(), slot(SATURDAY, Polygon.ARENA, 90, RestRoom.ROOM_2, 60), 10,
                GameType.QUEST, Gift.DOGTAG).total()).isEqualTo(Money.ZERO);
    }

    private static Slot slot(LocalDate day, Polygon polygon, long gameMinutes, RestRoom room, long restMinutes) {
        return new Slot(day.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(), Duration.ofMinutes(gameMinutes),
                polygon, room, Duration.ofMinutes(restMinutes));
    }
}
