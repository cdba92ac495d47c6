package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.OrderBuilder.MANAGER;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class PolygonIsFreeTest {

    private final PolygonIsFree policy = new PolygonIsFree();
    /** 12:00-13:00 on the arena, no rest room so that only the polygon matters. */
    private final Order candidate = anOrder().start("2030-06-15T12:00:00Z").gameMinutes(60).noRestRoom().build();

    @Test
    void anOverlappingGameOnTheSamePolygonIsRefused() {
        Order other = anOrder().id(1).start("2030-06-15T12:30:00Z").noRestRoom().build();

        Optional<Refusal> refusal = policy.check(candidate, List.of(other));

        assertThat(refusal).contains(new Refusal.PolygonTaken(other, Polygon.ARENA, other.slot().game()));
    }

    @Test
    void aGameInsideTheCandidateIsRefused() {
        Order other = anOrder().id(1).start("2030-06-15T12:15:00Z").gameMinutes(15).noRestRoom().build();

        assertThat(policy.check(candidate, List.of(other))).isPresent();
    }

    @Test
    void touchingEndsDoNotOverlap() {
        Order before = anOrder().id(1).start("2030-06-15T11:00:00Z").gameMinutes(60).noRestRoom().build();
        Order after = anOrder().id(2).start("2030-06-15T13:00:00Z").gameMinutes(60).noRestRoom().build();

        assertThat(policy.check(candidate, List.of(before, after))).isEmpty();
    }

    @Test
    void anotherPolygonIsFine() {
        Order other = anOrder().id(1).start("2030-06-15T12:00:00Z").polygon(Polygon.FOREST).build();

        assertThat(policy.check(candidate, List.of(other))).isEmpty();
    }

    @Test
    void aCancelledNeighbourIsIgnored() {
        Order other = anOrder().id(1).start("2030-06-15T12:00:00Z").status(OrderStatus.CANCELLED).build();

        assertThat(policy.check(candidate, List.of(other))).isEmpty();
    }

    @Test
    void completedAndNoShowOrdersStillOccupy() {
        Order completed = anOrder().id(1).start("2030-06-15T12:00:00Z").status(OrderStatus.COMPLETED).build();
        Order noShow = anOrder().id(2).start("2030-06-15T12:00:00Z").status(OrderStatus.NO_SHOW).build();

        assertThat(policy.check(candidate, List.of(completed))).isPresent();
        assertThat(policy.check(candidate, List.of(noShow))).isPresent();
    }

    @Test
    void theCandidateItselfIsIgnoredWhenRescheduling() {
        Order saved = anOrder().id(5).start("2030-06-15T12:00:00Z").build();
        Order movedByHalfAnHour = saved.withSlot(saved.slot().startingAt(Instant.parse("2030-06-15T12:30:00Z")),
                MANAGER, saved.audit().updatedAt());

        assertThat(policy.check(movedByHalfAnHour, List.of(saved))).isEmpty();
    }

    @Test
    void theRefusalNamesTheEarliestConflictingOrderAndItsInterval() {
        Order later = anOrder().id(1).start("2030-06-15T12:45:00Z").gameMinutes(30).noRestRoom().build();
        Order earlier = anOrder().id(2).start("2030-06-15T11:30:00Z").gameMinutes(60).noRestRoom().build();
        Order elsewhere = anOrder().id(3).start("2030-06-15T11:00:00Z").polygon(Polygon.PARK).build();

        Optional<Refusal> refusal = policy.check(candidate, List.of(later, elsewhere, earlier));

        assertThat(refusal).contains(new Refusal.PolygonTaken(earlier, Polygon.ARENA,
                new Interval(Instant.parse("2030-06-15T11:30:00Z"), Instant.parse("2030-06-15T12:30:00Z"))));
    }

    @Test
    void nothingAroundIsFine() {
        assertThat(policy.check(candidate, List.of())).isEmpty();
    }
}
