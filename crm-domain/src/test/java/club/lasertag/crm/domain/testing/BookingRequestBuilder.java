package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.in.BookingRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test data: a booking request, by default 15:00 on 15 June 2030, one hour on the arena, one hour in room 1. */
public final class BookingRequestBuilder {

    private ClientId clientId = new ClientId(1);
    private LocalDate date = LocalDate.of(2030, 6, 15);
    private LocalTime start = LocalTime.of(15, 0);
    private GameSetup setup = GameSetup.defaults(10);
    private GameType gameType = GameType.BIRTHDAY;
    private Gift gift = Gift.BANDANA;
    private String comment = "";

    public static BookingRequestBuilder aBooking() {
        return new BookingRequestBuilder();
    }

    public BookingRequestBuilder client(ClientId value) {
        clientId = value;
        return this;
    }

    public BookingRequestBuilder on(LocalDate value) {
        date = value;
        return this;
    }

    public BookingRequestBuilder on(String isoDate) {
        return on(LocalDate.parse(isoDate));
    }

    public BookingRequestBuilder at(String time) {
        start = LocalTime.parse(time);
        return this;
    }

    public BookingRequestBuilder gameMinutes(long minutes) {
        setup = setup.withGameTime(Duration.ofMinutes(minutes));
        return this;
    }

    public BookingRequestBuilder polygon(Polygon value) {
        setup = setup.withPolygon(value);
        return this;
    }

    public BookingRequestBuilder rest(RestRoom room, long minutes) {
        setup = setup.withRest(room, Duration.ofMinutes(minutes));
        return this;
    }

    public BookingRequestBuilder noRestRoom() {
        setup = setup.withRest(RestRoom.NONE, Duration.ZERO);
        return this;
    }

    public BookingRequestBuilder players(int value) {
        setup = setup.withPlayers(value);
        return this;
    }

    public BookingRequestBuilder gameType(GameType value) {
        gameType = value;
        return this;
    }

    public BookingRequestBuilder gift(Gift value) {
        gift = value;
        return this;
    }

    public BookingRequestBuilder comment(String value) {
        comment = value;
        return this;
    }

    public BookingRequest build() {
        return new BookingRequest(clientId, date, start, setup, gameType, gift, comment);
    }
}
