package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Test data: an order, by default one hour on the arena then one hour in room 1, starting at {@link #START}. */
public final class OrderBuilder {

    public static final Instant START = Instant.parse("2030-06-15T12:00:00Z");
    public static final StaffId MANAGER = new StaffId(1001);

    private Optional<OrderId> id = Optional.empty();
    private Optional<ClientId> clientId = Optional.of(new ClientId(1));
    private Instant start = START;
    private Duration gameTime = Duration.ofHours(1);
    private Polygon polygon = Polygon.ARENA;
    private RestRoom restRoom = RestRoom.ROOM_1;
    private Duration restTime = Duration.ofHours(1);
    private int players = 10;
    private GameType gameType = GameType.BIRTHDAY;
    private Gift gift = Gift.BANDANA;
    private OrderStatus status = OrderStatus.NEW;
    private String comment = "";
    private StaffId by = MANAGER;
    private Instant createdAt = START.minus(Duration.ofDays(7));

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public OrderBuilder id(long value) {
        id = Optional.of(new OrderId(value));
        return this;
    }

    public OrderBuilder client(ClientId value) {
        clientId = Optional.of(value);
        return this;
    }

    public OrderBuilder start(Instant value) {
        start = value;
        return this;
    }

    public OrderBuilder start(String isoInstant) {
        return start(Instant.parse(isoInstant));
    }

    public OrderBuilder gameMinutes(long minutes) {
        gameTime = Duration.ofMinutes(minutes);
        return this;
    }

    public OrderBuilder polygon(Polygon value) {
        polygon = value;
        return this;
    }

    public OrderBuilder rest(RestRoom room, long minutes) {
        restRoom = room;
        restTime = Duration.ofMinutes(minutes);
        return this;
    }

    public OrderBuilder noRestRoom() {
        return rest(RestRoom.NONE, 0);
    }

    public OrderBuilder players(int value) {
        players = value;
        return this;
    }

    public OrderBuilder gameType(GameType value) {
        gameType = value;
        return this;
    }

    public OrderBuilder gift(Gift value) {
        gift = value;
        return this;
    }

    public OrderBuilder status(OrderStatus value) {
        status = value;
        return this;
    }

    public OrderBuilder comment(String value) {
        comment = value;
        return this;
    }

    public OrderBuilder createdBy(StaffId actor, Instant at) {
        by = actor;
        createdAt = at;
        return this;
    }

    public Order build() {
        return new Order(id, clientId, new Slot(start, gameTime, polygon, restRoom, restTime), players, gameType, gift,
                status, comment, Audit.created(by, createdAt));
    }
}
