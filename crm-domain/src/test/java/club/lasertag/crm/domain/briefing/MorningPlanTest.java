package club.lasertag.crm.domain.briefing;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MorningPlanTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    private static PlannedGame game(long id, int hour, Polygon polygon, RestRoom room, int players, Gift gift) {
        LocalDateTime start = DAY.atTime(hour, 0);
        return new PlannedGame(new OrderId(id), start, start.plusHours(1), start.plusHours(2), polygon, room, players,
                GameType.GAME, gift, OrderStatus.NEW, Optional.of("Иванов Пётр"), Optional.empty());
    }

    @Test
    void theGiftsToPrepareAreOnePerPlayerSummedPerKind() {
        MorningPlan plan = new MorningPlan(DAY, List.of(
                game(1, 12, Polygon.ARENA, RestRoom.ROOM_1, 10, Gift.BANDANA),
                game(2, 14, Polygon.PARK, RestRoom.NONE, 6, Gift.BANDANA),
                game(3, 16, Polygon.FOREST, RestRoom.ROOM_2, 8, Gift.DOGTAG),
                game(4, 18, Polygon.ARENA, RestRoom.NONE, 12, Gift.WITHOUT)));

        assertThat(plan.giftsToPrepare()).containsExactly(Map.entry(Gift.BANDANA, 16), Map.entry(Gift.DOGTAG, 8));
        assertThat(plan.players()).isEqualTo(36);
    }

    @Test
    void gamesAreInTimeOrderPerFieldAndOnlyTakenRoomsAreListed() {
        PlannedGame late = game(1, 18, Polygon.ARENA, RestRoom.ROOM_1, 10, Gift.BANDANA);
        PlannedGame early = game(2, 11, Polygon.ARENA, RestRoom.NONE, 10, Gift.BANDANA);

        MorningPlan plan = new MorningPlan(DAY, List.of(late, early));

        assertThat(plan.games()).containsExactly(early, late);
        assertThat(plan.byPolygon().get(Polygon.ARENA)).containsExactly(early, late);
        assertThat(plan.byPolygon().get(Polygon.FOREST)).isEmpty();
        assertThat(plan.byRestRoom()).containsOnlyKeys(RestRoom.ROOM_1);
    }
}
