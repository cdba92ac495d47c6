package club.lasertag.crm.domain.picture;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the picture of a day shows: one lane per playing field and per rest room, the hours across from {@code from}
 * to {@code to} (the club's opening hours, widened to whole hours and to any booking outside them), each booking a
 * block, and the current time when the day is today. Times are the club's local times. It holds no phone numbers:
 * whoever may see the schedule may see the picture.
 */
public record DayBoard(LocalDate day, LocalDateTime from, LocalDateTime to, Optional<LocalDateTime> now, List<Lane> lanes) {

    public DayBoard {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a board must end after it starts: " + from + " - " + to);
        }
        lanes = List.copyOf(lanes);
    }

    /** A row of the picture: a playing field (the games on it) or a rest room (the groups resting in it). */
    public record Lane(Optional<Polygon> field, Optional<RestRoom> restRoom, List<Block> blocks) {

        public Lane {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(restRoom, "restRoom");
            if (field.isPresent() == restRoom.isPresent()) {
                throw new IllegalArgumentException("a lane is a field or a rest room");
            }
            blocks = List.copyOf(blocks);
        }

        public static Lane of(Polygon field, List<Block> blocks) {
            return new Lane(Optional.of(field), Optional.empty(), blocks);
        }

        public static Lane of(RestRoom room, List<Block> blocks) {
            return new Lane(Optional.empty(), Optional.of(room), blocks);
        }
    }

    /**
     * One booking in a lane: its game on a field, or its rest in a room.
     *
     * @param client the client's name as shown (empty when the client was deleted)
     */
    public record Block(OrderId order, LocalDateTime start, LocalDateTime end, String client, int players,
                        GameType gameType, OrderStatus status) {

        public Block {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(gameType, "gameType");
            Objects.requireNonNull(status, "status");
        }

        /** A cancelled booking occupies nothing: the picture shows it apart. */
        public boolean cancelled() {
            return status == OrderStatus.CANCELLED;
        }
    }
}
