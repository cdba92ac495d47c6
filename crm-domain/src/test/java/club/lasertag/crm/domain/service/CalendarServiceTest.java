package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.in.DaySchedule.DayPlan;
import club.lasertag.crm.domain.port.in.MonthOverview.MonthSummary;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarServiceTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    private final TestCrm crm = new TestCrm();
    private final Client client = crm.client();

    private BookingRequestBuilder booking() {
        return aBooking().client(client.id()).on(DAY);
    }

    @Test
    void theMonthCountsLiveOrdersPerDay() {
        crm.booked(booking().at("11:00"));
        crm.booked(booking().at("14:00"));
        Order cancelled = crm.booked(booking().at("17:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.booked(booking().on("2030-06-30").at("12:00"));
        crm.booked(booking().on("2030-07-01").at("12:00"));

        MonthSummary june = crm.calendarService.month(YearMonth.of(2030, 6), MANAGER);

        assertThat(june.ordersPerDay()).containsExactly(
                java.util.Map.entry(DAY, 2), java.util.Map.entry(LocalDate.of(2030, 6, 30), 1));
        assertThat(june.ordersOn(LocalDate.of(2030, 6, 16))).isZero();
    }

    @Test
    void anOrderLateInTheEveningCountsOnTheClubsDay() {
        // 23:30 Moscow is 20:30 UTC.
        crm.booked(booking().on("2030-06-30").at("23:30").gameMinutes(30).noRestRoom());

        assertThat(crm.calendarService.month(YearMonth.of(2030, 6), MANAGER).ordersOn(LocalDate.of(2030, 6, 30))).isEqualTo(1);
    }

    @Test
    void daysAreTheClubsDaysNotUtcDays() {
        TestCrm allDay = new TestCrm(ClubRules.defaults(TestCrm.ZONE).withOpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        Client someone = allDay.client();
        // 01:00 Moscow on 1 July is 22:00 UTC on 30 June.
        allDay.booked(aBooking().client(someone.id()).on("2030-07-01").at("01:00"));

        assertThat(allDay.calendarService.month(YearMonth.of(2030, 7), MANAGER).ordersPerDay())
                .containsExactly(java.util.Map.entry(LocalDate.of(2030, 7, 1), 1));
        assertThat(allDay.calendarService.month(YearMonth.of(2030, 6), MANAGER).ordersPerDay()).isEmpty();
        assertThat(allDay.calendarService.day(LocalDate.of(2030, 7, 1), MANAGER).games()).hasSize(1);
        assertThat(allDay.calendarService.day(LocalDate.of(2030, 6, 30), MANAGER).games()).isEmpty();
    }

    @Test
    void theDayListsLiveGamesByStartWithTheirClientsInClubTime() {
        Client other = crm.client(aClient().surname("Смирнова").name("Анна"));
        Order late = crm.booked(booking().at("18:00").polygon(Polygon.FOREST).rest(RestRoom.ROOM_2, 30));
        Order early = crm.booked(aBooking().client(other.id()).on(DAY).at("11:00").polygon(Polygon.PARK).noRestRoom());
        Order middle = crm.booked(booking().at("14:00"));
        Order cancelled = crm.booked(booking().at("16:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.booked(booking().on(DAY.plusDays(1)).at("10:00"));
        crm.booked(booking().on(DAY.minusDays(1)).at("22:00"));

        DayPlan plan = crm.calendarService.day(DAY, MANAGER);

        assertThat(plan.day()).isEqualTo(DAY);
        assertThat(plan.games()).extracting(ScheduledGame::order).containsExactly(early, middle, late);
        assertThat(plan.games()).extracting(ScheduledGame::client).containsExactly(
                java.util.Optional.of(other), java.util.Optional.of(client), java.util.Optional.of(client));
        ScheduledGame last = plan.games().get(2);
        assertThat(last.start()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(18, 0)));
        assertThat(last.gameEnd()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(19, 0)));
        assertThat(last.end()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(19, 30)));
    }

    @Test
    void theDayKeepsItsCancelledGamesApartAndTheyOccupyNothing() {
        Order live = crm.booked(booking().at("14:00"));
        Order cancelled = crm.booked(booking().at("11:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        Order sameStart = crm.booked(booking().at("11:00"));
        Order otherDay = crm.booked(booking().on(DAY.plusDays(1)).at("11:00"));
        crm.bookingService.change(otherDay.requireId(), OrderStatus.CANCELLED, MANAGER);

        DayPlan plan = crm.calendarService.day(DAY, MANAGER);

        assertThat(plan.games()).extracting(ScheduledGame::order).containsExactly(sameStart, live);
        assertThat(plan.cancelled()).extracting(game -> game.order().requireId()).containsExactly(cancelled.requireId());
        assertThat(plan.everything()).extracting(game -> game.order().requireId())
                .containsExactly(sameStart.requireId(), cancelled.requireId(), live.requireId());
        assertThat(plan.byPolygon().get(Polygon.ARENA)).extracting(ScheduledGame::order).containsExactly(sameStart, live);
    }

    @Test
    void aGameBelongsToTheDayItStartsOn() {
        // Stored under other rules: 23:30-00:30 Moscow, across midnight.
        Order lateNight = ((club.lasertag.crm.domain.port.out.Orders.SaveAttempt.Saved) crm.orders.saveIfAllowed(
                anOrder().client(client.id()).start("2030-06-14T20:30:00Z").noRestRoom().build(),
                (candidate, neighbours) -> java.util.Optional.empty())).order();

        assertThat(crm.calendarService.day(DAY.minusDays(1), MANAGER).games()).extracting(ScheduledGame::order).containsExactly(lateNight);
        assertThat(crm.calendarService.day(DAY, MANAGER).games()).isEmpty();
    }

    @Test
    void theDayPerPolygonAndPerRoom() {
        Order arena = crm.booked(booking().at("11:00"));
        Order park = crm.booked(booking().at("11:00").polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 60));
        Order arenaLater = crm.booked(booking().at("14:00").noRestRoom());

        DayPlan plan = crm.calendarService.day(DAY, MANAGER);

        assertThat(plan.byPolygon()).containsOnlyKeys(Polygon.values());
        assertThat(plan.byPolygon().get(Polygon.ARENA)).extracting(ScheduledGame::order).containsExactly(arena, arenaLater);
        assertThat(plan.byPolygon().get(Polygon.PARK)).extracting(ScheduledGame::order).containsExactly(park);
        assertThat(plan.byPolygon().get(Polygon.FOREST)).isEmpty();
        assertThat(plan.byRestRoom()).containsOnlyKeys(RestRoom.ROOM_1, RestRoom.ROOM_2);
        assertThat(plan.byRestRoom().get(RestRoom.ROOM_1)).extracting(ScheduledGame::order).containsExactly(arena);
        assertThat(plan.byRestRoom().get(RestRoom.ROOM_2)).extracting(ScheduledGame::order).containsExactly(park);
    }

    @Test
    void anOrderCard() {
        Order order = crm.booked(booking().at("15:00"));

        ScheduledGame card = crm.calendarService.order(order.requireId(), MANAGER);

        assertThat(card).isEqualTo(new ScheduledGame(order, java.util.Optional.of(client),
                DAY.atTime(15, 0), DAY.atTime(16, 0), DAY.atTime(17, 0)));
        assertThatThrownBy(() -> crm.calendarService.order(new OrderId(99), MANAGER))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.id()).isEqualTo(99));
    }

    @Test
    void aClientsHistoryNewestFirstWhateverTheStatus() {
        Order june = crm.booked(booking().at("15:00"));
        Order august = crm.booked(booking().on("2030-08-01").at("15:00"));
        Order july = crm.booked(booking().on("2030-07-01").at("15:00"));
        crm.bookingService.change(july.requireId(), OrderStatus.CANCELLED, MANAGER);
        Client other = crm.client();
        crm.booked(aBooking().client(other.id()).on("2030-07-02").at("15:00"));

        List<ScheduledGame> history = crm.calendarService.history(client.id(), Page.first(10), MANAGER);

        assertThat(history).extracting(game -> game.order().requireId())
                .containsExactly(august.requireId(), july.requireId(), june.requireId());
        assertThat(crm.calendarService.history(client.id(), new Page(1, 1), MANAGER))
                .extracting(game -> game.order().requireId()).containsExactly(july.requireId());
    }

    @Test
    void aClientsUpcomingOrdersAreTheLiveOnesNotStartedYetSoonestFirst() {
        Order later = crm.booked(booking().on("2030-07-01").at("15:00"));
        Order sooner = crm.booked(booking().at("15:00"));
        Order cancelled = crm.booked(booking().at("18:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.clock.set(sooner.slot().start().minusSeconds(1));

        assertThat(crm.calendarService.upcoming(client.id(), MANAGER)).extracting(game -> game.order().requireId())
                .containsExactly(sooner.requireId(), later.requireId());

        crm.clock.set(sooner.slot().start().plusSeconds(1));
        assertThat(crm.calendarService.upcoming(client.id(), MANAGER)).extracting(game -> game.order().requireId())
                .containsExactly(later.requireId());
    }

    @Test
    void aDeletedClientsPastOrderStaysWithoutAClient() {
        Order order = crm.booked(booking().at("15:00"));
        crm.clock.set(java.time.Instant.parse("2030-06-20T00:00:00Z"));
        crm.clientService.delete(client.id(), MANAGER);

        ScheduledGame card = crm.calendarService.order(order.requireId(), MANAGER);

        assertThat(card.order().clientId()).isEmpty();
        assertThat(card.client()).isEmpty();
        assertThat(crm.calendarService.day(DAY, MANAGER).games()).hasSize(1);
    }
}
