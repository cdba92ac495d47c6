package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A booking as a manager fills it in: the date and start in the club's time zone. */
public record BookingRequest(
        ClientId clientId,
        LocalDate date,
        LocalTime start,
        GameSetup setup,
        GameType gameType,
        Gift gift,
        String comment) {

    public BookingRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(gameType, "gameType");
        Objects.requireNonNull(gift, "gift");
        comment = Order.validComment(comment);
    }
}
