package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static club.lasertag.crm.domain.testing.OrderBuilder.MANAGER;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class RestRoomIsFreeTest {

    private final RestRoomIsFree policy = new RestRoomIsFree();
    /** Plays 12:00-13:00, rests in room 1 13:00-14:00. */
    private final Order candidate = anOrder().start("2030-06-15T12:00:00Z").gameMinutes(60).rest(RestRoom.ROOM_1, 60).build();

    @Test
    void theRoomIsTakenAfterTheGame() {
        // Plays 11:30-12:30 on another polygon, rests 12:30-13:30 in room 1: overlaps 13:00-13:30.
        Order other = anOrder().id(1).start("2030-06-15T11:30:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 60).build();

        assertThat(policy.check(candidate, List.of(other))).contains(new Refusal.RestRoomTaken(other, RestRoom.ROOM_1,
                new Interval(Instant.parse("2030-06-15T12:30:00Z"), Instant.parse("2030-06-15T13:30:00Z"))));
    }

    @Test
    void touchingRestsDoNotOverlap() {
        // Rests 12:00-13:00 and 14:00-15:00.
        Order before = anOrder().id(1).start("2030-06-15T11:00:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 60).build();
        Order after = anOrder().id(2).start("2030-06-15T13:00:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 60).build();

        assertThat(policy.check(candidate, List.of(before, after))).isEmpty();
    }

    @Test
    void aCandidateWithoutARoomOccupiesNothing() {
        Order noRoom = anOrder().start("2030-06-15T12:00:00Z").noRestRoom().build();
        Order other = anOrder().id(1).start("2030-06-15T11:30:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 120).build();

        assertThat(policy.check(noRoom, List.of(other))).isEmpty();
    }

    @Test
    void neighboursWithoutARoomOccupyNothing() {
        Order noRoom = anOrder().id(1).start("2030-06-15T13:00:00Z").polygon(Polygon.PARK).noRestRoom().build();

        assertThat(policy.check(candidate, List.of(noRoom))).isEmpty();
    }

    @Test
    void differentRoomsAreFine() {
        Order other = anOrder().id(1).start("2030-06-15T12:00:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 60).build();

        assertThat(policy.check(candidate, List.of(other))).isEmpty();
    }

    @Test
    void gameTimesDoNotMatterToRooms() {
        // Plays 12:00-12:30 on the park (same time as the candidate), rests 12:30-13:00 in room 1: rests only touch.
        Order sameGameTime = anOrder().id(1).start("2030-06-15T12:00:00Z").polygon(Polygon.PARK).gameMinutes(30)
                .rest(RestRoom.ROOM_1, 30).build();
        // Plays 13:00-14:00 while the candidate rests, rests 14:00-15:00 in room 1.
        Order playingDuringTheRest = anOrder().id(2).start("2030-06-15T13:00:00Z").polygon(Polygon.FOREST)
                .rest(RestRoom.ROOM_1, 60).build();

        assertThat(policy.check(candidate, List.of(sameGameTime, playingDuringTheRest))).isEmpty();
    }

    @Test
    void aCancelledNeighbourIsIgnored() {
        Order other = anOrder().id(1).start("2030-06-15T12:00:00Z").polygon(Polygon.PARK)
                .status(OrderStatus.CANCELLED).build();

        assertThat(policy.check(candidate, List.of(other))).isEmpty();
    }

    @Test
    void theCandidateItselfIsIgnored() {
        Order saved = anOrder().id(4).start("2030-06-15T12:00:00Z").build();
        Order moved = saved.withSlot(saved.slot().startingAt(Instant.parse("2030-06-15T12:30:00Z")),
                MANAGER, saved.audit().updatedAt());

        assertThat(policy.check(moved, List.of(saved))).isEmpty();
    }

    @Test
    void theRefusalNamesTheEarliestRest() {
        // Rests 13:30-14:30 and 12:30-13:30 (the earlier one is listed last).
        Order later = anOrder().id(1).start("2030-06-15T12:30:00Z").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 60).build();
        Order earlier = anOrder().id(2).start("2030-06-15T11:30:00Z").polygon(Polygon.FOREST).rest(RestRoom.ROOM_1, 60).build();

        assertThat(policy.check(candidate, List.of(later, earlier)))
                .hasValueSatisfying(refusal -> assertThat(((Refusal.RestRoomTaken) refusal).conflicting()).isEqualTo(earlier));
    }
}
