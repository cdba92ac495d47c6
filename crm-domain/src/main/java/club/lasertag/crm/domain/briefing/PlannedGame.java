package club.lasertag.crm.domain.briefing;

import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A game as a briefing lists it, in the club's time. The phone is there only for a recipient who may manage
 * clients (an instructor's plan carries none); the client's name is empty once the client was deleted.
 */
public record PlannedGame(
        OrderId orderId,
        LocalDateTime start,
        LocalDateTime gameEnd,
        LocalDateTime end,
        Polygon polygon,
        RestRoom restRoom,
        int players,
        GameType gameType,
        Gift gift,
        OrderStatus status,
        Optional<String> clientName,
        Optional<Phone> phone) {

    public PlannedGame {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(gameEnd, "gameEnd");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(polygon, "polygon");
        Objects.requireNonNull(restRoom, "restRoom");
        Objects.requireNonNull(gameType, "gameType");
        Objects.requireNonNull(gift, "gift");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(phone, "phone");
    }
}
