package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotTest {

    private static final Instant NOON = Instant.parse("2030-06-15T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theGameThenTheRest() {
        Slot slot = new Slot(NOON, HOUR, Polygon.PARK, RestRoom.ROOM_2, Duration.ofMinutes(30));

        assertThat(slot.game()).isEqualTo(new Interval(NOON, NOON.plus(HOUR)));
        assertThat(slot.gameEnd()).isEqualTo(NOON.plus(HOUR));
        assertThat(slot.rest()).contains(new Interval(NOON.plus(HOUR), Instant.parse("2030-06-15T13:30:00Z")));
        assertThat(slot.end()).isEqualTo(Instant.parse("2030-06-15T13:30:00Z"));
        assertThat(slot.visit()).isEqualTo(new Interval(NOON, Instant.parse("2030-06-15T13:30:00Z")));
    }

    @Test
    void withoutARoomThereIsNoRest() {
        Slot slot = new Slot(NOON, HOUR, Polygon.PARK, RestRoom.NONE, HOUR);

        assertThat(slot.restTime()).isZero();
        assertThat(slot.rest()).isEmpty();
        assertThat(slot.end()).isEqualTo(slot.gameEnd());
    }

    @Test
    void aRoomForNoTimeOccupiesNothing() {
        assertThat(new Slot(NOON, HOUR, Polygon.PARK, RestRoom.ROOM_1, Duration.ZERO).rest()).isEmpty();
    }

    @Test
    void movingKeepsEverythingButTheStart() {
        Slot slot = new Slot(NOON, HOUR, Polygon.PARK, RestRoom.ROOM_2, HOUR);

        assertThat(slot.startingAt(NOON.plus(HOUR))).isEqualTo(new Slot(NOON.plus(HOUR), HOUR, Polygon.PARK, RestRoom.ROOM_2, HOUR));
    }

    @Test
    void durationsAreChecked() {
        assertThatThrownBy(() -> new Slot(NOON, Duration.ZERO, Polygon.PARK, RestRoom.NONE, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slot(NOON, HOUR, Polygon.PARK, RestRoom.ROOM_1, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
