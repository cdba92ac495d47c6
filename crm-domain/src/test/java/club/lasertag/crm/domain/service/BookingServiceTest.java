package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus.StatusChange;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Use cases of {@link BookingService} on a club in Moscow, open 10:00 to midnight; "now" is 13:00 Moscow on 1 June 2030. */
class BookingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);
    private static final StaffId OTHER_MANAGER = new StaffId(2002);

    private final TestCrm crm = new TestCrm();

    {
        crm.staff.save(new StaffMember(OTHER_MANAGER, "Other manager", Role.MANAGER));
    }
    private final Client client = crm.client();

    private BookingRequestBuilder booking() {
        return aBooking().client(client.id()).on(DAY);
    }

    private static BookingOutcome.Refused refused(BookingOutcome outcome) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Refused.class);
        return (BookingOutcome.Refused) outcome;
    }

    private static Order booked(BookingOutcome outcome) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).order();
    }

    private static List<LocalDateTime> at(LocalDate day, String... times) {
        return java.util.Arrays.stream(times).map(time -> day.atTime(LocalTime.parse(time))).toList();
    }

    @Nested
    class Book {

        @Test
        void aFreeSlotIsBookedInClubTime() {
            Order order = booked(crm.bookingService.book(
                    booking().at("15:00").players(12).polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 30)
                            .gameType(GameType.QUEST).gift(Gift.DOGTAG).comment("торт").build(), MANAGER));

            assertThat(order.id()).isPresent();
            assertThat(order.clientId()).contains(client.id());
            assertThat(order.slot().start()).isEqualTo(Instant.parse("2030-06-15T12:00:00Z"));
            assertThat(order.slot().polygon()).isEqualTo(Polygon.PARK);
            assertThat(order.slot().restRoom()).isEqualTo(RestRoom.ROOM_2);
            assertThat(order.slot().restTime()).isEqualTo(Duration.ofMinutes(30));
            assertThat(order.players()).isEqualTo(12);
            assertThat(order.gameType()).isEqualTo(GameType.QUEST);
            assertThat(order.gift()).isEqualTo(Gift.DOGTAG);
            assertThat(order.comment()).isEqualTo("торт");
            assertThat(order.status()).isEqualTo(OrderStatus.NEW);
            assertThat(order.audit()).isEqualTo(Audit.created(MANAGER, TestCrm.NOW));
            assertThat(crm.orders.byId(order.requireId())).contains(order);
        }

        @Test
        void anUnknownClientIsNotFound() {
            assertThatThrownBy(() -> crm.bookingService.book(booking().client(new ClientId(999)).build(), MANAGER))
                    .isInstanceOfSatisfying(NotFound.class, e -> {
                        assertThat(e.kind()).isEqualTo("client");
                        assertThat(e.id()).isEqualTo(999);
                    });
            assertThat(crm.allOrders()).isEmpty();
        }

        @Test
        void aTakenSlotIsRefusedNamingTheOrderAndTheNearestFreeStartsOfThatDayClosestFirst() {
            Order first = crm.booked(booking().at("15:00"));

            BookingOutcome.Refused refused = refused(crm.bookingService.book(booking().at("15:00").build(), MANAGER));

            assertThat(refused.reason()).isEqualTo(new Refusal.PolygonTaken(first, Polygon.ARENA, first.slot().game()));
            // Games take 15:00-16:00 on the arena and 16:00-17:00 in room 1: anything from 14:30 to 15:30 clashes.
            assertThat(refused.freeStarts()).containsExactlyElementsOf(
                    at(DAY, "14:00", "16:00", "13:30", "16:30", "13:00", "17:00"));
            assertThat(crm.allOrders()).containsExactly(first);
        }

        @Test
        void everySuggestedStartCanReallyBeBooked() {
            Consumer<TestCrm> busyDay = someCrm -> {
                someCrm.booked(booking().at("12:00").gameMinutes(90).rest(RestRoom.ROOM_1, 60));
                someCrm.booked(booking().at("15:00"));
                someCrm.booked(booking().at("16:00").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 90));
            };
            busyDay.accept(crm);
            BookingRequestBuilder wanted = booking().at("14:30").gameMinutes(90).rest(RestRoom.ROOM_1, 45);

            List<LocalDateTime> suggestions = refused(crm.bookingService.book(wanted.build(), MANAGER)).freeStarts();

            assertThat(suggestions).hasSize(crm.rules.suggestions());
            for (LocalDateTime start : suggestions) {
                TestCrm fresh = new TestCrm();
                fresh.client();
                busyDay.accept(fresh);
                assertThat(fresh.bookingService.book(wanted.on(start.toLocalDate()).at(start.toLocalTime().toString()).build(),
                        MANAGER)).as("booking at the suggested %s", start).isInstanceOf(BookingOutcome.Booked.class);
            }
        }

        @Test
        void whenTheDayIsFullTheFollowingDaysAreOfferedEarliestFirst() {
            crm.booked(booking().at("10:00").gameMinutes(12 * 60).noRestRoom());
            crm.booked(booking().at("22:00").gameMinutes(120).noRestRoom());

            BookingOutcome.Refused refused = refused(crm.bookingService.book(booking().at("15:00").build(), MANAGER));

            assertThat(refused.freeStarts()).containsExactlyElementsOf(
                    at(DAY.plusDays(1), "10:00", "10:30", "11:00", "11:30", "12:00", "12:30"));
        }

        @Test
        void theSameDaysFreeStartsComeBeforeTheNextDays() {
            // Only 22:00-24:00 is free on the arena.
            crm.booked(booking().at("10:00").gameMinutes(12 * 60).noRestRoom());

            BookingOutcome.Refused refused = refused(crm.bookingService.book(booking().at("15:00").build(), MANAGER));

            assertThat(refused.freeStarts()).containsExactlyElementsOf(List.of(
                    DAY.atTime(22, 0), DAY.plusDays(1).atTime(10, 0), DAY.plusDays(1).atTime(10, 30),
                    DAY.plusDays(1).atTime(11, 0), DAY.plusDays(1).atTime(11, 30), DAY.plusDays(1).atTime(12, 0)));
        }

        @Test
        void aStartInThePastIsRefusedAndOnlyFutureStartsAreOffered() {
            LocalDate today = LocalDate.of(2030, 6, 1); // now is 13:00 Moscow

            BookingOutcome.Refused refused = refused(crm.bookingService.book(booking().on(today).at("12:00").build(), MANAGER));

            assertThat(refused.reason()).isInstanceOf(Refusal.StartsInPast.class);
            assertThat(refused.freeStarts()).containsExactlyElementsOf(
                    at(today, "13:00", "13:30", "14:00", "14:30", "15:00", "15:30"));
        }

        @Test
        void tooManyPlayersIsRefused() {
            BookingOutcome.Refused refused = refused(crm.bookingService.book(booking().players(31).build(), MANAGER));

            assertThat(refused.reason()).isEqualTo(new Refusal.TooManyPlayers(Polygon.ARENA, 31, 30));
            assertThat(refused.freeStarts()).isEmpty();
        }

        @Test
        void aTakenRestRoomIsRefused() {
            Order first = crm.booked(booking().at("15:00"));

            BookingOutcome.Refused refused = refused(crm.bookingService.book(
                    booking().at("15:30").polygon(Polygon.FOREST).build(), MANAGER));

            assertThat(refused.reason()).isEqualTo(new Refusal.RestRoomTaken(first, RestRoom.ROOM_1, first.slot().rest().orElseThrow()));
        }
    }

    @Nested
    class Reschedule {

        @Test
        void itsOwnSlotIsNoConflict() {
            Order order = crm.booked(booking().at("15:00"));

            Order moved = booked(crm.bookingService.reschedule(order.requireId(), DAY, LocalTime.of(15, 30), OTHER_MANAGER));

            assertThat(moved.requireId()).isEqualTo(order.requireId());
            assertThat(moved.slot()).isEqualTo(order.slot().startingAt(Instant.parse("2030-06-15T12:30:00Z")));
            assertThat(moved.audit()).isEqualTo(order.audit().changed(OTHER_MANAGER, TestCrm.NOW));
            assertThat(crm.allOrders()).containsExactly(moved);
        }

        @Test
        void aTakenSlotIsRefusedAndNothingChanges() {
            Order first = crm.booked(booking().at("15:00"));
            Order second = crm.booked(booking().at("18:00"));

            BookingOutcome.Refused refused = refused(crm.bookingService.reschedule(second.requireId(), DAY, LocalTime.of(15, 30), MANAGER));

            assertThat(refused.reason()).isEqualTo(new Refusal.PolygonTaken(first, Polygon.ARENA, first.slot().game()));
            assertThat(refused.freeStarts()).first().isEqualTo(DAY.atTime(16, 0));
            assertThat(crm.orders.byId(second.requireId())).contains(second);
        }

        @Test
        void theSuggestionsIgnoreTheOrdersOwnSlot() {
            crm.booked(booking().at("15:00"));
            Order second = crm.booked(booking().at("17:00"));

            BookingOutcome.Refused refused = refused(crm.bookingService.reschedule(second.requireId(), DAY, LocalTime.of(15, 30), MANAGER));

            // 16:30 overlaps where the order sits now, which it leaves.
            assertThat(refused.freeStarts()).containsExactlyElementsOf(at(DAY, "16:00", "16:30", "14:00", "17:00", "13:30", "17:30"));
        }

        @ParameterizedTest
        @EnumSource(names = {"COMPLETED", "NO_SHOW", "CANCELLED"})
        void closedOrdersAreRefused(OrderStatus status) {
            Order order = crm.booked(booking().at("15:00"));
            crm.clock.set(order.slot().start()); // the outcome of a game is known once it has started
            crm.bookingService.change(order.requireId(), status, MANAGER);

            BookingOutcome.Refused refused = refused(crm.bookingService.reschedule(order.requireId(), DAY, LocalTime.of(17, 0), MANAGER));

            assertThat(refused.reason()).isEqualTo(new Refusal.OrderClosed(status));
            assertThat(refused.freeStarts()).isEmpty();
            assertThat(crm.orders.byId(order.requireId()).orElseThrow().slot()).isEqualTo(order.slot());
        }

        @Test
        void aConfirmedOrderCanBeMoved() {
            Order order = crm.booked(booking().at("15:00"));
            crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, MANAGER);

            Order moved = booked(crm.bookingService.reschedule(order.requireId(), DAY.plusDays(1), LocalTime.of(11, 0), MANAGER));

            assertThat(moved.status()).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(moved.slot().start()).isEqualTo(Instant.parse("2030-06-16T08:00:00Z"));
        }

        @Test
        void anUnknownOrderIsNotFound() {
            assertThatThrownBy(() -> crm.bookingService.reschedule(new OrderId(42), DAY, LocalTime.NOON, MANAGER))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
        }
    }

    @Nested
    class Edit {

        @Test
        void everythingCanChangeButTheStatusAndTheCreation() {
            Order order = crm.booked(booking().at("15:00"));
            crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, MANAGER);
            Client otherClient = crm.client();
            crm.clock.advance(Duration.ofHours(1));

            Order edited = booked(crm.bookingService.edit(order.requireId(), booking().client(otherClient.id()).at("16:00")
                    .polygon(Polygon.FOREST).players(35).rest(RestRoom.ROOM_2, 30).gameType(GameType.GAME)
                    .gift(Gift.WITHOUT).comment("перенос").build(), OTHER_MANAGER));

            assertThat(edited.requireId()).isEqualTo(order.requireId());
            assertThat(edited.clientId()).contains(otherClient.id());
            assertThat(edited.slot().start()).isEqualTo(Instant.parse("2030-06-15T13:00:00Z"));
            assertThat(edited.slot().polygon()).isEqualTo(Polygon.FOREST);
            assertThat(edited.slot().restRoom()).isEqualTo(RestRoom.ROOM_2);
            assertThat(edited.players()).isEqualTo(35);
            assertThat(edited.gameType()).isEqualTo(GameType.GAME);
            assertThat(edited.gift()).isEqualTo(Gift.WITHOUT);
            assertThat(edited.comment()).isEqualTo("перенос");
            assertThat(edited.status()).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(edited.audit()).isEqualTo(new Audit(MANAGER, TestCrm.NOW, OTHER_MANAGER, TestCrm.NOW.plus(Duration.ofHours(1))));
            assertThat(crm.allOrders()).containsExactly(edited);
        }

        @Test
        void theRulesApplyAsToANewOrder() {
            Order order = crm.booked(booking().at("15:00"));

            assertThat(refused(crm.bookingService.edit(order.requireId(), booking().at("15:00").players(31).build(), MANAGER)).reason())
                    .isInstanceOf(Refusal.TooManyPlayers.class);
            Order other = crm.booked(booking().at("17:00").polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 60));
            assertThat(refused(crm.bookingService.edit(order.requireId(), booking().at("15:00").rest(RestRoom.ROOM_2, 180).build(),
                    MANAGER)).reason()).isEqualTo(new Refusal.RestRoomTaken(other, RestRoom.ROOM_2, other.slot().rest().orElseThrow()));
            assertThat(crm.orders.byId(order.requireId())).contains(order);
        }

        @Test
        void closedOrdersAreRefused() {
            Order order = crm.booked(booking().at("15:00"));
            crm.bookingService.change(order.requireId(), OrderStatus.CANCELLED, MANAGER);

            assertThat(refused(crm.bookingService.edit(order.requireId(), booking().players(5).build(), MANAGER)).reason())
                    .isEqualTo(new Refusal.OrderClosed(OrderStatus.CANCELLED));
        }

        @Test
        void unknownOrdersAndClientsAreNotFound() {
            Order order = crm.booked(booking().at("15:00"));

            assertThatThrownBy(() -> crm.bookingService.edit(new OrderId(42), booking().build(), MANAGER))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
            assertThatThrownBy(() -> crm.bookingService.edit(order.requireId(), booking().client(new ClientId(77)).build(), MANAGER))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("client"));
        }
    }

    @Nested
    class ChangeStatus {

        @Test
        void anAllowedChangeIsSavedAndAudited() {
            Order order = crm.booked(booking().at("15:00"));

            StatusChange change = crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, OTHER_MANAGER);

            Order confirmed = order.withStatus(OrderStatus.CONFIRMED, OTHER_MANAGER, TestCrm.NOW);
            assertThat(change).isEqualTo(new StatusChange.Changed(confirmed));
            assertThat(crm.orders.byId(order.requireId())).contains(confirmed);
        }

        @Test
        void aChangeNotAllowedChangesNothing() {
            Order order = crm.booked(booking().at("15:00"));
            Order cancelled = ((StatusChange.Changed) crm.bookingService.change(order.requireId(), OrderStatus.CANCELLED, MANAGER)).order();

            StatusChange change = crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, MANAGER);

            assertThat(change).isEqualTo(new StatusChange.NotAllowed(cancelled, OrderStatus.CONFIRMED));
            assertThat(crm.orders.byId(order.requireId())).contains(cancelled);
        }

        @Test
        void anOrderIsCompletedOrAMissedOnlyOnceItsGameHasStarted() {
            Order order = crm.booked(booking().at("15:00"));

            assertThat(crm.bookingService.change(order.requireId(), OrderStatus.COMPLETED, MANAGER))
                    .isEqualTo(new StatusChange.TooEarly(order, OrderStatus.COMPLETED));
            assertThat(crm.bookingService.change(order.requireId(), OrderStatus.NO_SHOW, MANAGER))
                    .isInstanceOf(StatusChange.TooEarly.class);

            crm.clock.set(order.slot().start());
            assertThat(crm.bookingService.change(order.requireId(), OrderStatus.NO_SHOW, MANAGER))
                    .isInstanceOf(StatusChange.Changed.class);
        }

        @Test
        void aConfirmedOrderCannotGoBackToNew() {
            Order order = crm.booked(booking().at("15:00"));
            crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, MANAGER);

            assertThat(crm.bookingService.change(order.requireId(), OrderStatus.NEW, MANAGER))
                    .isInstanceOf(StatusChange.NotAllowed.class);
        }

        @Test
        void cancellingFreesTheSlot() {
            Order order = crm.booked(booking().at("15:00"));
            assertThat(crm.bookingService.book(booking().at("15:00").build(), MANAGER)).isInstanceOf(BookingOutcome.Refused.class);

            crm.bookingService.change(order.requireId(), OrderStatus.CANCELLED, MANAGER);

            assertThat(crm.bookingService.book(booking().at("15:00").build(), MANAGER)).isInstanceOf(BookingOutcome.Booked.class);
        }

        @Test
        void anUnknownOrderIsNotFound() {
            assertThatThrownBy(() -> crm.bookingService.change(new OrderId(42), OrderStatus.CANCELLED, MANAGER))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class FreeStarts {

        @Test
        void anEmptyDayFromOpeningUntilTheLastStartThatEndsByClosing() {
            List<LocalTime> starts = crm.bookingService.freeStarts(DAY, GameSetup.defaults(10), MANAGER);

            // Two hours (game and rest) must end by midnight.
            assertThat(starts).hasSize(25).startsWith(LocalTime.of(10, 0), LocalTime.of(10, 30)).endsWith(LocalTime.of(22, 0));
        }

        @Test
        void aBookedGameTakesItsStartsAway() {
            crm.booked(booking().at("15:00"));

            List<LocalTime> starts = crm.bookingService.freeStarts(DAY, GameSetup.defaults(10), MANAGER);

            assertThat(starts).hasSize(22).contains(LocalTime.of(14, 0), LocalTime.of(16, 0))
                    .doesNotContain(LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(15, 30));
        }

        @Test
        void aMovedOrdersOwnSlotIsFreeForIt() {
            Order order = crm.booked(booking().at("15:00"));

            List<LocalTime> starts = crm.bookingService.freeStarts(DAY, GameSetup.defaults(10), order.requireId(), MANAGER);

            assertThat(starts).hasSize(25).contains(LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(15, 30));
        }

        @Test
        void anotherPolygonAndRoomIsFreeAllDay() {
            crm.booked(booking().at("15:00"));

            assertThat(crm.bookingService.freeStarts(DAY, GameSetup.defaults(10).withPolygon(Polygon.PARK)
                    .withRest(RestRoom.ROOM_2, Duration.ofHours(1)), MANAGER)).hasSize(25);
        }

        @Test
        void thePastHasNoFreeStarts() {
            assertThat(crm.bookingService.freeStarts(LocalDate.of(2030, 5, 31), GameSetup.defaults(10), MANAGER)).isEmpty();
            assertThat(crm.bookingService.freeStarts(LocalDate.of(2030, 6, 1), GameSetup.defaults(10), MANAGER)).first()
                    .isEqualTo(LocalTime.of(13, 0));
        }

        @Test
        void tooManyPlayersHaveNoFreeStarts() {
            assertThat(crm.bookingService.freeStarts(DAY, GameSetup.defaults(31), MANAGER)).isEmpty();
        }

        @Test
        void everyFreeStartIsBookable() {
            crm.booked(booking().at("12:00").gameMinutes(90));
            crm.booked(booking().at("16:00").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 120));
            GameSetup setup = GameSetup.defaults(10).withGameTime(Duration.ofMinutes(45)).withRest(RestRoom.ROOM_1, Duration.ofMinutes(45));

            List<LocalTime> free = crm.bookingService.freeStarts(DAY, setup, MANAGER);

            assertThat(free).isNotEmpty();
            for (int step = 0; step < 28; step++) {
                LocalTime start = LocalTime.of(10, 0).plusMinutes(30L * step);
                TestCrm fresh = new TestCrm();
                fresh.client();
                fresh.booked(booking().at("12:00").gameMinutes(90));
                fresh.booked(booking().at("16:00").polygon(Polygon.PARK).rest(RestRoom.ROOM_1, 120));
                BookingOutcome outcome = fresh.bookingService.book(booking().at(start.toString()).gameMinutes(45)
                        .rest(RestRoom.ROOM_1, 45).build(), MANAGER);
                assertThat(outcome instanceof BookingOutcome.Booked).as("%s bookable", start).isEqualTo(free.contains(start));
            }
        }
    }
}
