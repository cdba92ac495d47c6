package club.lasertag.crm.domain.order;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class PlayersWithinLimitTest {

    /** 30 on the arena, 40 in the park and the forest. */
    private final PlayersWithinLimit policy = new PlayersWithinLimit(ClubRules.defaults(ZoneOffset.UTC));

    @Test
    void upToThePolygonsLimit() {
        assertThat(policy.check(anOrder().polygon(Polygon.ARENA).players(30).build(), List.of())).isEmpty();
        assertThat(policy.check(anOrder().polygon(Polygon.PARK).players(40).build(), List.of())).isEmpty();
    }

    @Test
    void overThePolygonsLimit() {
        assertThat(policy.check(anOrder().polygon(Polygon.ARENA).players(31).build(), List.of()))
                .contains(new Refusal.TooManyPlayers(Polygon.ARENA, 31, 30));
        assertThat(policy.check(anOrder().polygon(Polygon.FOREST).players(41).build(), List.of()))
                .contains(new Refusal.TooManyPlayers(Polygon.FOREST, 41, 40));
    }

    @Test
    void configuredLimits() {
        PlayersWithinLimit small = new PlayersWithinLimit(ClubRules.defaults(ZoneOffset.UTC)
                .withMaxPlayers(Map.of(Polygon.ARENA, 5, Polygon.PARK, 6, Polygon.FOREST, 7)));

        assertThat(small.check(anOrder().polygon(Polygon.PARK).players(6).build(), List.of())).isEmpty();
        assertThat(small.check(anOrder().polygon(Polygon.PARK).players(7).build(), List.of()))
                .contains(new Refusal.TooManyPlayers(Polygon.PARK, 7, 6));
    }
}
