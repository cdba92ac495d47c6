package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.testing.TestCrm;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of bookings, reschedulings and cancellations on a small grid (two days, starts every 30 minutes,
 * three polygons, two rooms or none): the live orders never overlap, and every refusal for a taken polygon or room
 * names a live order that really is in the way.
 */
class OverlapPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2030, 6, 15);

    sealed interface Operation {
    }

    record Book(int day, int slot, Polygon polygon, RestRoom room, int gameMinutes, int restMinutes) implements Operation {
    }

    /** Moves the {@code pick}-th stored order (modulo their number). */
    record Reschedule(int pick, int day, int slot) implements Operation {
    }

    /** Cancels the {@code pick}-th stored order (modulo their number). */
    record Cancel(int pick) implements Operation {
    }

    @Property(tries = 300)
    void liveOrdersNeverOverlapAndRefusalsNameRealConflicts(@ForAll("operations") List<Operation> operations) {
        TestCrm crm = new TestCrm();
        Client client = crm.client();
        for (Operation operation : operations) {
            apply(crm, client, operation);
            assertNoOverlaps(crm);
        }
    }

    private static void apply(TestCrm crm, Client client, Operation operation) {
        if (operation instanceof Book book) {
            var request = aBooking().client(client.id()).on(FIRST_DAY.plusDays(book.day())).at(startOf(book.slot()).toString())
                    .polygon(book.polygon()).gameMinutes(book.gameMinutes());
            request = book.room().isTaken() ? request.rest(book.room(), book.restMinutes()) : request.noRestRoom();
            BookingOutcome outcome = crm.bookingService.book(request.build(), MANAGER);
            Slot wanted = new Slot(instantOf(book.day(), book.slot()), java.time.Duration.ofMinutes(book.gameMinutes()),
                    book.polygon(), book.room(), java.time.Duration.ofMinutes(book.room().isTaken() ? book.restMinutes() : 0));
            check(crm, outcome, wanted, Optional.empty());
        } else if (operation instanceof Reschedule move) {
            List<Order> stored = crm.allOrders();
            if (stored.isEmpty()) {
                return;
            }
            Order order = stored.get(move.pick() % stored.size());
            BookingOutcome outcome = crm.bookingService.reschedule(order.requireId(), FIRST_DAY.plusDays(move.day()),
                    startOf(move.slot()), MANAGER);
            if (order.status().isOpen()) {
                check(crm, outcome, order.slot().startingAt(instantOf(move.day(), move.slot())), Optional.of(order));
            } else {
                assertThat(outcome).isEqualTo(new BookingOutcome.Refused(new Refusal.OrderClosed(order.status()), List.of()));
            }
        } else if (operation instanceof Cancel cancel) {
            List<Order> stored = crm.allOrders();
            if (!stored.isEmpty()) {
                crm.bookingService.change(stored.get(cancel.pick() % stored.size()).requireId(), OrderStatus.CANCELLED, MANAGER);
            }
        }
    }

    /** A refusal for a taken polygon or room names a live order, not the candidate, that overlaps it there. */
    private static void check(TestCrm crm, BookingOutcome outcome, Slot wanted, Optional<Order> itself) {
        Statistics.label("outcome").collect(outcome instanceof BookingOutcome.Refused refused
                ? refused.reason().getClass().getSimpleName() : "Booked");
        if (!(outcome instanceof BookingOutcome.Refused refused)) {
            return;
        }
        if (refused.reason() instanceof Refusal.PolygonTaken taken) {
            Order conflicting = live(crm, taken.conflicting());
            itself.ifPresent(order -> assertThat(conflicting.requireId()).isNotEqualTo(order.requireId()));
            assertThat(taken.polygon()).isEqualTo(wanted.polygon());
            assertThat(conflicting.slot().polygon()).isEqualTo(wanted.polygon());
            assertThat(conflicting.slot().game().overlaps(wanted.game())).isTrue();
            assertThat(taken.overlap()).isEqualTo(conflicting.slot().game());
        } else if (refused.reason() instanceof Refusal.RestRoomTaken taken) {
            Order conflicting = live(crm, taken.conflicting());
            itself.ifPresent(order -> assertThat(conflicting.requireId()).isNotEqualTo(order.requireId()));
            assertThat(taken.room()).isEqualTo(wanted.restRoom());
            assertThat(conflicting.slot().restRoom()).isEqualTo(wanted.restRoom());
            assertThat(conflicting.slot().rest().orElseThrow().overlaps(wanted.rest().orElseThrow())).isTrue();
        }
    }

    private static Order live(TestCrm crm, Order named) {
        Order stored = crm.orders.byId(named.requireId()).orElseThrow();
        assertThat(stored).isEqualTo(named);
        assertThat(stored.occupiesSlots()).isTrue();
        return stored;
    }

    private static void assertNoOverlaps(TestCrm crm) {
        List<Order> live = crm.allOrders().stream().filter(Order::occupiesSlots).toList();
        for (Order a : live) {
            for (Order b : live) {
                if (a.requireId().value() >= b.requireId().value()) {
                    continue;
                }
                if (a.slot().polygon() == b.slot().polygon()) {
                    assertThat(a.slot().game().overlaps(b.slot().game())).as("%s and %s on one polygon", a, b).isFalse();
                }
                if (a.slot().restRoom().isTaken() && a.slot().restRoom() == b.slot().restRoom()) {
                    assertThat(a.slot().rest().orElseThrow().overlaps(b.slot().rest().orElseThrow()))
                            .as("%s and %s in one room", a, b).isFalse();
                }
            }
        }
    }

    private static LocalTime startOf(int slot) {
        return LocalTime.of(10, 0).plusMinutes(30L * slot);
    }

    private static java.time.Instant instantOf(int day, int slot) {
        return FIRST_DAY.plusDays(day).atTime(startOf(slot)).atZone(TestCrm.ZONE).toInstant();
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 1);
        // 10:00 to 17:30: a crowded grid, so that conflicts are common.
        Arbitrary<Integer> slots = Arbitraries.integers().between(0, 15);
        Arbitrary<Operation> book = Combinators.combine(days, slots, Arbitraries.of(Polygon.class), Arbitraries.of(RestRoom.class),
                        Arbitraries.of(30, 60, 90, 120), Arbitraries.of(30, 60, 90))
                .as(Book::new);
        Arbitrary<Operation> reschedule = Combinators.combine(Arbitraries.integers().between(0, 50), days, slots)
                .as(Reschedule::new);
        Arbitrary<Operation> cancel = Arbitraries.integers().between(0, 50).map(Cancel::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, book),
                        net.jqwik.api.Tuple.of(3, reschedule),
                        net.jqwik.api.Tuple.of(1, cancel))
                .list().ofMinSize(1).ofMaxSize(40);
    }
}
