package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GameSetupTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theSeedsDefaults() {
        GameSetup setup = GameSetup.defaults(12);

        assertThat(setup).isEqualTo(new GameSetup(HOUR, Polygon.ARENA, RestRoom.ROOM_1, HOUR, 12));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 501, 10000})
    void playersOutOfRange(int players) {
        assertThatThrownBy(() -> GameSetup.defaults(players))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("players");
                    assertThat(e.problem()).isEqualTo(InvalidInput.Problem.OUT_OF_RANGE);
                    assertThat(e.details()).containsExactly(players, 1, GameSetup.MAX_PLAYERS);
                });
    }

    @Test
    void playersAtTheBounds() {
        assertThat(GameSetup.defaults(1).players()).isEqualTo(1);
        assertThat(GameSetup.defaults(GameSetup.MAX_PLAYERS).players()).isEqualTo(GameSetup.MAX_PLAYERS);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -30})
    void gameTimeMustBePositive(long minutes) {
        assertInvalid(() -> GameSetup.defaults(10).withGameTime(Duration.ofMinutes(minutes)),
                "gameTime", InvalidInput.Problem.NOT_POSITIVE);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -30})
    void aRoomNeedsAPositiveRestTime(long minutes) {
        assertInvalid(() -> GameSetup.defaults(10).withRest(RestRoom.ROOM_2, Duration.ofMinutes(minutes)),
                "restTime", InvalidInput.Problem.NOT_POSITIVE);
    }

    @Test
    void durationsOverTwelveHoursAreOutOfRange() {
        assertInvalid(() -> GameSetup.defaults(10).withGameTime(Duration.ofMinutes(721)),
                "gameTime", InvalidInput.Problem.OUT_OF_RANGE);
        assertInvalid(() -> GameSetup.defaults(10).withRest(RestRoom.ROOM_1, Duration.ofMinutes(721)),
                "restTime", InvalidInput.Problem.OUT_OF_RANGE);
        assertThat(GameSetup.defaults(10).withGameTime(GameSetup.MAX_DURATION).gameTime()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void withoutARoomTheRestIsZero() {
        assertThat(GameSetup.defaults(10).withRest(RestRoom.NONE, HOUR).restTime()).isZero();
        assertThat(GameSetup.defaults(10).withRest(RestRoom.NONE, Duration.ofMinutes(-5)).restTime()).isZero();
        assertThat(GameSetup.defaults(10).withRest(RestRoom.NONE, null).restTime()).isZero();
    }

    @Test
    void withersChangeOneThing() {
        GameSetup setup = GameSetup.defaults(10).withPolygon(Polygon.FOREST).withPlayers(20);

        assertThat(setup).isEqualTo(new GameSetup(HOUR, Polygon.FOREST, RestRoom.ROOM_1, HOUR, 20));
    }

    @Test
    void restRoomsByNumber() {
        assertThat(RestRoom.ofNumber(0)).isEqualTo(RestRoom.NONE);
        assertThat(RestRoom.ofNumber(2)).isEqualTo(RestRoom.ROOM_2);
        assertThat(RestRoom.ROOM_1.number()).isEqualTo(1);
        assertThat(RestRoom.NONE.isTaken()).isFalse();
        assertInvalid(() -> RestRoom.ofNumber(3), "restroom", InvalidInput.Problem.OUT_OF_RANGE);
    }

    private static void assertInvalid(Runnable action, String field, InvalidInput.Problem problem) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }
}
