package club.lasertag.crm.domain.service;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.picture.DayBoard.Block;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.testing.TestCrm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day picture's data: every booking of the day in its lanes, cancelled ones too, no phones, the time on today. */
class DayPictureServiceTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    private final TestCrm crm = new TestCrm();
    private final List<DayBoard> drawn = new ArrayList<>();
    private final DayPictureService service = new DayPictureService(crm.orders, crm.clients, crm.rules, crm.clock,
            crm.access, (board, locale) -> {
                drawn.add(board);
                return new byte[] {1};
            });
    private final Client anna = crm.client(aClient().surname("Смирнова").name("Анна").midname(""));

    @Test
    void gamesAreInTheirFieldsLanesAndRestsInTheirRooms() {
        crm.booked(aBooking().client(anna.id()).on(DAY).at("12:00").gameMinutes(90).polygon(Polygon.FOREST)
                .rest(RestRoom.ROOM_2, 60).players(14));

        DayBoard board = service.board(DAY, MANAGER);

        assertThat(board.lanes()).extracting(lane -> lane.field().map(Enum::name).or(() -> lane.restRoom().map(Enum::name)).orElseThrow())
                .containsExactly("ARENA", "PARK", "FOREST", "ROOM_1", "ROOM_2");
        Block game = board.lanes().get(2).blocks().get(0);
        assertThat(game.start()).isEqualTo(DAY.atTime(12, 0));
        assertThat(game.end()).isEqualTo(DAY.atTime(13, 30));
        assertThat(game.client()).isEqualTo("Смирнова Анна");
        assertThat(game.players()).isEqualTo(14);
        Block rest = board.lanes().get(4).blocks().get(0);
        assertThat(rest.start()).isEqualTo(DAY.atTime(13, 30));
        assertThat(rest.end()).isEqualTo(DAY.atTime(14, 30));
        assertThat(board.lanes().get(0).blocks()).isEmpty();
        assertThat(board.lanes().get(3).blocks()).isEmpty();
    }

    @Test
    void cancelledBookingsAreOnTheBoardMarkedAsSuch() {
        Order cancelled = crm.booked(aBooking().client(anna.id()).on(DAY).at("15:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.booked(aBooking().client(anna.id()).on(DAY).at("15:00"));

        List<Block> arena = service.board(DAY, MANAGER).lanes().get(0).blocks();

        assertThat(arena).extracting(Block::status).containsExactlyInAnyOrder(OrderStatus.CANCELLED, OrderStatus.NEW);
        assertThat(arena).filteredOn(Block::cancelled).hasSize(1);
    }

    @Test
    void theHoursAreTheOpeningHoursAndTheCurrentTimeIsMarkedOnTodayOnly() {
        // TestCrm's clock: 2030-06-01 10:00 UTC, 13:00 in Moscow
        LocalDate today = LocalDate.of(2030, 6, 1);

        DayBoard board = service.board(today, MANAGER);

        assertThat(board.from()).isEqualTo(today.atTime(10, 0));
        assertThat(board.to()).isEqualTo(today.plusDays(1).atStartOfDay());
        assertThat(board.now()).contains(LocalDateTime.of(2030, 6, 1, 13, 0));
        assertThat(service.board(today.plusDays(1), MANAGER).now()).isEmpty();
    }

    @Test
    void aBookingOutsideTodaysHoursWidensTheBoardToWholeHours() {
        TestCrm late = new TestCrm(ClubRules.defaults(TestCrm.ZONE).withOpeningHours(LocalTime.of(9, 0), LocalTime.MIDNIGHT));
        Client someone = late.client();
        late.booked(aBooking().client(someone.id()).on(DAY).at("09:30").noRestRoom());
        DayPictureService narrow = new DayPictureService(late.orders, late.clients,
                ClubRules.defaults(TestCrm.ZONE).withOpeningHours(LocalTime.of(11, 0), LocalTime.of(20, 0)), late.clock,
                late.access, (board, locale) -> new byte[] {1});

        DayBoard board = narrow.board(DAY, MANAGER);

        assertThat(board.from()).isEqualTo(DAY.atTime(9, 0));
        assertThat(board.to()).isEqualTo(DAY.atTime(20, 0));
    }

    @Test
    void instructorsSeeThePictureStrangersDoNot() {
        crm.booked(aBooking().client(anna.id()).on(DAY).at("12:00"));

        assertThat(service.png(DAY, Locale.ENGLISH, INSTRUCTOR)).containsExactly(1);
        assertThat(drawn).singleElement().satisfies(board -> assertThat(board.lanes().get(0).blocks()).hasSize(1));
        assertThatThrownBy(() -> service.board(DAY, TestCrm.STRANGER)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void theBoardCarriesNoPhoneNumbers() {
        crm.booked(aBooking().client(anna.id()).on(DAY).at("12:00"));

        String everything = service.board(DAY, INSTRUCTOR).toString();

        assertThat(everything).contains("Смирнова").doesNotContain(anna.phone().e164())
                .doesNotContain(anna.phone().e164().substring(2));
        assertThat(Block.class.getRecordComponents()).extracting(component -> component.getType().getSimpleName())
                .doesNotContain("Phone", "Client", "Optional");
    }
}
