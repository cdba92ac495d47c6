package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.in.BookingRequest;
import club.lasertag.crm.domain.port.in.ScheduledGame;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of a booking dialog so far, as kept in the dialog state (strings by step code), read as typed
 * values. Every answer was validated when given.
 */
final class Draft {

    /** The order being edited or moved. */
    static final String ORDER = "order";
    /** Set while one field is changed from the summary: after it, the summary comes back. */
    static final String BACK = "back";

    private final Map<String, String> answers;

    Draft(Map<String, String> answers) {
        this.answers = new HashMap<>(answers);
    }

    static Draft empty() {
        return new Draft(Map.of());
    }

    /** Everything of a saved order, to edit or move it. */
    static Draft of(ScheduledGame game) {
        Order order = game.order();
        Draft draft = empty();
        draft.put(ORDER, String.valueOf(order.requireId().value()));
        order.clientId().ifPresent(id -> draft.put(Step.CLIENT, String.valueOf(id.value())));
        draft.put(Step.DATE, game.start().toLocalDate().toString());
        draft.put(Step.START, game.start().toLocalTime().toString());
        draft.put(Step.POLYGON, order.slot().polygon().code());
        draft.put(Step.GAME, String.valueOf(order.slot().gameTime().toMinutes()));
        draft.put(Step.ROOM, String.valueOf(order.slot().restRoom().number()));
        if (order.slot().restRoom().isTaken()) {
            draft.put(Step.REST, String.valueOf(order.slot().restTime().toMinutes()));
        }
        draft.put(Step.PLAYERS, String.valueOf(order.players()));
        draft.put(Step.TYPE, order.gameType().code());
        draft.put(Step.GIFT, order.gift().code());
        draft.put(Step.COMMENT, order.comment());
        return draft;
    }

    Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    boolean has(Step step) {
        return answers.containsKey(step.code());
    }

    void put(Step step, String value) {
        answers.put(step.code(), value);
    }

    void remove(Step step) {
        answers.remove(step.code());
    }

    void put(String key, String value) {
        answers.put(key, value);
    }

    void remove(String key) {
        answers.remove(key);
    }

    boolean has(String key) {
        return answers.containsKey(key);
    }

    Optional<OrderId> orderId() {
        return Optional.ofNullable(answers.get(ORDER)).map(Long::parseLong).map(OrderId::new);
    }

    Optional<ClientId> clientId() {
        return value(Step.CLIENT).map(Long::parseLong).map(ClientId::new);
    }

    Optional<LocalDate> date() {
        return value(Step.DATE).map(LocalDate::parse);
    }

    Optional<LocalTime> start() {
        return value(Step.START).map(LocalTime::parse);
    }

    Optional<Polygon> polygon() {
        return value(Step.POLYGON).map(Polygon::ofCode);
    }

    Optional<Duration> gameTime() {
        return value(Step.GAME).map(Long::parseLong).map(Duration::ofMinutes);
    }

    Optional<RestRoom> room() {
        return value(Step.ROOM).map(Integer::parseInt).map(RestRoom::ofNumber);
    }

    Optional<Duration> restTime() {
        return value(Step.REST).map(Long::parseLong).map(Duration::ofMinutes);
    }

    Optional<Integer> players() {
        return value(Step.PLAYERS).map(Integer::parseInt);
    }

    Optional<GameType> gameType() {
        return value(Step.TYPE).map(GameType::ofCode);
    }

    Optional<Gift> gift() {
        return value(Step.GIFT).map(Gift::ofCode);
    }

    Optional<String> comment() {
        return value(Step.COMMENT);
    }

    /** The game as answered so far; one player until the number is known, as free starts need a setup. */
    GameSetup setup() {
        RestRoom room = room().orElse(RestRoom.NONE);
        return new GameSetup(require(gameTime(), Step.GAME), require(polygon(), Step.POLYGON), room,
                room.isTaken() ? require(restTime(), Step.REST) : Duration.ZERO, players().orElse(1));
    }

    BookingRequest request() {
        require(players(), Step.PLAYERS);
        return new BookingRequest(require(clientId(), Step.CLIENT), require(date(), Step.DATE),
                require(start(), Step.START), setup(), require(gameType(), Step.TYPE), require(gift(), Step.GIFT),
                comment().orElse(""));
    }

    private Optional<String> value(Step step) {
        return Optional.ofNullable(answers.get(step.code()));
    }

    private static <T> T require(Optional<T> value, Step step) {
        return value.orElseThrow(() -> new InvalidInput(step.field(), InvalidInput.Problem.REQUIRED));
    }
}
