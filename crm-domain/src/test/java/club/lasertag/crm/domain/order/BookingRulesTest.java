package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class BookingRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final MutableClock clock = new MutableClock(Instant.parse("2030-06-01T10:00:00Z"), MOSCOW);
    private final BookingRules rules = new BookingRules(ClubRules.defaults(MOSCOW), clock);

    /** Sits on the arena 12:00-13:00 UTC (15:00 Moscow) and in room 1 13:00-14:00. */
    private final Order neighbour = anOrder().id(1).start("2030-06-15T12:00:00Z").build();

    @Test
    void thePastComesFirst() {
        // In the past, before opening (09:00 Moscow), too many players, on the neighbour's polygon and room.
        Order everythingWrong = anOrder().start("2030-06-15T06:00:00Z").gameMinutes(400).players(31).build();
        clock.set(Instant.parse("2030-06-16T00:00:00Z"));

        assertThat(rules.check(everythingWrong, List.of(neighbour))).containsInstanceOf(Refusal.StartsInPast.class);
    }

    @Test
    void thenOpeningHours() {
        Order outsideTooManyAndTaken = anOrder().start("2030-06-15T06:00:00Z").gameMinutes(400).players(31).build();

        assertThat(rules.check(outsideTooManyAndTaken, List.of(neighbour))).containsInstanceOf(Refusal.OutsideOpeningHours.class);
    }

    @Test
    void thenPlayers() {
        Order tooManyAndTaken = anOrder().start("2030-06-15T12:00:00Z").players(31).build();

        assertThat(rules.check(tooManyAndTaken, List.of(neighbour))).containsInstanceOf(Refusal.TooManyPlayers.class);
    }

    @Test
    void thenThePolygon() {
        Order polygonAndRoomTaken = anOrder().start("2030-06-15T12:00:00Z").build();

        assertThat(rules.check(polygonAndRoomTaken, List.of(neighbour))).containsInstanceOf(Refusal.PolygonTaken.class);
    }

    @Test
    void thenTheRoom() {
        Order roomTaken = anOrder().start("2030-06-15T12:00:00Z").polygon(Polygon.PARK).build();

        assertThat(rules.check(roomTaken, List.of(neighbour))).containsInstanceOf(Refusal.RestRoomTaken.class);
    }

    @Test
    void aGoodOrderPasses() {
        Order fine = anOrder().start("2030-06-15T12:00:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 60).build();

        assertThat(rules.check(fine, List.of(neighbour))).isEmpty();
    }
}
