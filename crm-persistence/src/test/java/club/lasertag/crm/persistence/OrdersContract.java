package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.BookingRules;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.testing.OrderBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Orders} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class OrdersContract {

    /** 12:00 UTC = 15:00 in Moscow, the club's zone: well inside opening hours. */
    static final Instant NOON = OrderBuilder.START;
    static final BookingPolicy ANYTHING_GOES = (candidate, neighbours) -> Optional.empty();

    final BookingRules rules = new BookingRules(ClubRules.defaults(TestCrm.ZONE), Clock.fixed(TestCrm.NOW, TestCrm.ZONE));
    ClientId client;
    ClientId otherClient;

    abstract Orders orders();

    /** Orders refer to clients (a foreign key in the databases). */
    abstract Clients clients();

    @BeforeEach
    void addClients() {
        client = clients().add(aClient().build()).id();
        otherClient = clients().add(aClient().build()).id();
    }

    OrderBuilder order() {
        return anOrder().client(client);
    }

    Order saved(OrderBuilder order) {
        return ((SaveAttempt.Saved) orders().saveIfAllowed(order.build(), ANYTHING_GOES)).order();
    }

    static Instant at(String hhmm) {
        return Instant.parse("2030-06-15T" + hhmm + ":00Z");
    }

    @Test
    void roundTripsEveryField() {
        Order order = new Order(Optional.empty(), Optional.of(client),
                new club.lasertag.crm.domain.order.Slot(Instant.parse("2030-06-15T12:30:00.123Z"), Duration.ofMinutes(90),
                        Polygon.FOREST, RestRoom.ROOM_2, Duration.ofMinutes(45)),
                17, GameType.QUEST, Gift.SNOOD, OrderStatus.CONFIRMED, "торт в 16:00\nсвечи: 10 🎂",
                new Audit(new StaffId(42), Instant.parse("2030-06-01T09:15:30.456Z"), new StaffId(43),
                        Instant.parse("2030-06-02T10:00:00.789Z")));

        Order saved = ((SaveAttempt.Saved) orders().saveIfAllowed(order, rules)).order();

        assertThat(saved.id()).isPresent();
        assertThat(saved).isEqualTo(order.withId(saved.requireId()));
        assertThat(orders().byId(saved.requireId())).contains(saved);
    }

    @Test
    void idsBeyondTheIntColumnsAreNobodys() {
        Order saved = saved(order());

        assertThat(orders().byId(new OrderId(Integer.MAX_VALUE + 1L))).isEmpty();
        assertThat(orders().ofClient(new ClientId(Integer.MAX_VALUE + 1L), Page.first(10))).isEmpty();
        assertThat(orders().upcomingOfClient(new ClientId(Integer.MAX_VALUE + 1L), NOON.minusSeconds(86_400))).isEmpty();
        assertThat(orders().byId(saved.requireId())).contains(saved);
    }

    @Test
    void startingBetweenListsEveryOrderStartingInTheWindowCancelledToo() {
        Order before = saved(order().start(at("09:00")).noRestRoom());
        Order cancelled = saved(order().start(at("10:00")).noRestRoom().status(OrderStatus.CANCELLED));
        Order live = saved(order().start(at("10:00")).noRestRoom().polygon(Polygon.PARK));
        Order noShow = saved(order().start(at("11:30")).noRestRoom().status(OrderStatus.NO_SHOW).polygon(Polygon.FOREST));
        Order atTheEnd = saved(order().start(at("12:00")).noRestRoom());

        assertThat(orders().startingBetween(at("10:00"), at("12:00"))).containsExactly(cancelled, live, noShow);
        assertThat(orders().startingBetween(at("08:00"), at("09:00"))).isEmpty();
        assertThat(orders().startingBetween(at("09:00"), at("12:30"))).contains(before, atTheEnd);
    }

    @Test
    void roundTripsAnOrderOfUnknownAuthor() {
        Order order = order().build();
        Order unknown = new Order(order.id(), order.clientId(), order.slot(), order.players(), order.gameType(),
                order.gift(), order.status(), order.comment(),
                new Audit(Optional.empty(), order.audit().createdAt(), Optional.empty(), order.audit().updatedAt()));

        Order saved = ((SaveAttempt.Saved) orders().saveIfAllowed(unknown, rules)).order();

        assertThat(orders().byId(saved.requireId())).contains(saved);
        assertThat(saved.audit().createdBy()).isEmpty();
    }

    @Test
    void roundTripsAnOrderWithoutARestRoom() {
        Order saved = saved(order().noRestRoom().polygon(Polygon.PARK).gift(Gift.WITHOUT).gameType(GameType.GAME));

        Order read = orders().byId(saved.requireId()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.slot().restRoom()).isEqualTo(RestRoom.NONE);
        assertThat(read.slot().end()).isEqualTo(read.slot().gameEnd());
    }

    @Test
    void updateSavesAStatusChangeAndALostClient() {
        Order saved = saved(order());

        Order cancelled = orders().update(saved.withStatus(OrderStatus.CANCELLED, new StaffId(7), NOON.minusSeconds(60)));
        assertThat(orders().byId(saved.requireId())).contains(cancelled);
        assertThat(cancelled.audit().updatedBy()).contains(new StaffId(7));

        Order orphan = orders().update(cancelled.withoutClient());
        assertThat(orders().byId(saved.requireId()).orElseThrow().clientId()).isEmpty();
        assertThat(orphan.clientId()).isEmpty();
    }

    @Test
    void occupyingBetweenTakesVisitsOverlappingTheWindow() {
        // visit 12:00-14:00 (game 12-13, rest 13-14)
        Order withRest = saved(order().start(at("12:00")));
        // visit 15:00-16:00 on the park, no rest room
        Order withoutRest = saved(order().start(at("15:00")).polygon(Polygon.PARK).noRestRoom());

        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(withRest, withoutRest);
        assertThat(orders().occupyingBetween(at("13:59"), at("15:01"))).containsExactly(withRest, withoutRest);
        assertThat(orders().occupyingBetween(at("11:00"), at("12:00"))).as("touching the start").isEmpty();
        assertThat(orders().occupyingBetween(at("14:00"), at("15:00"))).as("touching both ends").isEmpty();
        assertThat(orders().occupyingBetween(at("16:00"), at("17:00"))).as("touching the end without rest").isEmpty();
        assertThat(orders().occupyingBetween(at("11:00"), at("12:00").plusMillis(1))).containsExactly(withRest);
        assertThat(orders().occupyingBetween(at("14:00").minusMillis(1), at("14:30"))).containsExactly(withRest);
        assertThat(orders().occupyingBetween(at("12:30"), at("12:30"))).as("an empty window").isEmpty();
    }

    @Test
    void cancelledOrdersOccupyNothing() {
        Order live = saved(order().start(at("12:00")));
        Order cancelled = saved(order().start(at("12:00")).polygon(Polygon.PARK).noRestRoom().status(OrderStatus.CANCELLED));

        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(live);
        assertThat(orders().startsBetween(at("00:00"), at("23:59"))).containsExactly(at("12:00"));
        assertThat(orders().byId(cancelled.requireId())).contains(cancelled);
    }

    @Test
    void cancelledOrdersOfADayAreFoundByStart() {
        saved(order().start(at("12:00")));
        Order late = saved(order().start(at("16:00")).status(OrderStatus.CANCELLED));
        Order early = saved(order().start(at("10:00")).polygon(Polygon.PARK).noRestRoom().status(OrderStatus.CANCELLED));
        saved(order().start(at("18:00")).polygon(Polygon.FOREST).noRestRoom().status(OrderStatus.CANCELLED));

        assertThat(cancelled(orders().startingBetween(at("10:00"), at("18:00")))).containsExactly(early, late);
        assertThat(cancelled(orders().startingBetween(at("10:00").plusMillis(1), at("16:00")))).isEmpty();
    }

    private static java.util.List<Order> cancelled(java.util.List<Order> orders) {
        return orders.stream().filter(order -> order.status() == OrderStatus.CANCELLED).toList();
    }

    @Test
    void occupyingBetweenSortsByStart() {
        Order late = saved(order().start(at("18:00")));
        Order early = saved(order().start(at("11:00")).polygon(Polygon.PARK).noRestRoom());
        Order middle = saved(order().start(at("14:00")).polygon(Polygon.FOREST).rest(RestRoom.ROOM_2, 30));

        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(early, middle, late);
    }

    @Test
    void startsBetweenIncludesTheStartOfTheWindowNotItsEnd() {
        saved(order().start(at("12:00")));
        saved(order().start(at("16:00")));
        saved(order().start(at("09:00")).polygon(Polygon.PARK).noRestRoom());

        assertThat(orders().startsBetween(at("09:00"), at("16:00"))).containsExactly(at("09:00"), at("12:00"));
        assertThat(orders().startsBetween(at("09:00").plusMillis(1), at("16:00").plusMillis(1)))
                .containsExactly(at("12:00"), at("16:00"));
        assertThat(orders().startsBetween(at("12:00"), at("12:00"))).isEmpty();
        assertThat(orders().startsBetween(Instant.parse("2030-07-01T00:00:00Z"), Instant.parse("2030-08-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void startingBetweenGivesEveryOrderStartingInTheWindowCancelledOnesTooByStart() {
        Order late = saved(order().start(at("16:00")));
        Order cancelled = saved(order().start(at("12:00")).status(OrderStatus.CANCELLED));
        Order early = saved(order().start(at("09:00")).polygon(Polygon.PARK).noRestRoom());
        saved(order().start(at("08:00")).polygon(Polygon.FOREST).noRestRoom()); // still playing at 09:00: not starting

        assertThat(orders().startingBetween(at("09:00"), at("16:00"))).containsExactly(early, cancelled);
        assertThat(orders().startingBetween(at("09:00").plusMillis(1), at("16:00").plusMillis(1)))
                .containsExactly(cancelled, late);
        assertThat(orders().startingBetween(at("12:00"), at("12:00"))).isEmpty();
    }

    @Test
    void ofClientGivesEveryOrderNewestFirstInPages() {
        Order first = saved(order().start(at("10:00")).noRestRoom());
        Order second = saved(order().start(at("12:00")).noRestRoom().status(OrderStatus.CANCELLED));
        Order third = saved(order().start(at("14:00")).noRestRoom().status(OrderStatus.COMPLETED));
        saved(anOrder().client(otherClient).start(at("16:00")).noRestRoom());

        assertThat(orders().ofClient(client, Page.first(10))).containsExactly(third, second, first);
        assertThat(orders().ofClient(client, new Page(1, 1))).containsExactly(second);
        assertThat(orders().ofClient(client, new Page(3, 5))).isEmpty();
    }

    @Test
    void upcomingOfClientGivesLiveOrdersFromThenOnByStart() {
        saved(order().start(at("10:00")).noRestRoom());
        Order atFrom = saved(order().start(at("12:00")).noRestRoom());
        saved(order().start(at("14:00")).noRestRoom().status(OrderStatus.CANCELLED));
        Order later = saved(order().start(at("16:00")).noRestRoom());
        saved(anOrder().client(otherClient).start(at("18:00")).noRestRoom());

        assertThat(orders().upcomingOfClient(client, at("12:00"))).containsExactly(atFrom, later);
        assertThat(orders().upcomingOfClient(otherClient, at("19:00"))).isEmpty();
    }

    @Test
    void refusesAnOverlappingGameOnTheSamePolygonNamingTheOrder() {
        Order first = saved(order().start(at("12:00")));

        SaveAttempt attempt = orders().saveIfAllowed(order().start(at("12:30")).rest(RestRoom.ROOM_2, 60).build(), rules);

        assertThat(attempt).isInstanceOfSatisfying(SaveAttempt.Refused.class, refused ->
                assertThat(refused.refusal()).isInstanceOfSatisfying(Refusal.PolygonTaken.class, taken -> {
                    assertThat(taken.conflicting()).isEqualTo(first);
                    assertThat(taken.polygon()).isEqualTo(Polygon.ARENA);
                    assertThat(taken.overlap()).isEqualTo(first.slot().game());
                }));
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(first);
    }

    @Test
    void refusesAnOverlappingRestInTheSameRoomNamingTheOrder() {
        Order first = saved(order().start(at("12:00")));

        SaveAttempt attempt = orders().saveIfAllowed(order().start(at("12:30")).polygon(Polygon.PARK).build(), rules);

        assertThat(attempt).isInstanceOfSatisfying(SaveAttempt.Refused.class, refused ->
                assertThat(refused.refusal()).isInstanceOfSatisfying(Refusal.RestRoomTaken.class, taken -> {
                    assertThat(taken.conflicting()).isEqualTo(first);
                    assertThat(taken.room()).isEqualTo(RestRoom.ROOM_1);
                }));
    }

    @Test
    void allowsTouchingSlotsAndOtherRoomsAndSlotsOfCancelledOrders() {
        saved(order().start(at("12:00")));
        saved(order().start(at("12:00")).polygon(Polygon.FOREST).status(OrderStatus.CANCELLED));

        assertThat(orders().saveIfAllowed(order().start(at("13:00")).build(), rules)).as("game after game, rest after rest")
                .isInstanceOf(SaveAttempt.Saved.class);
        assertThat(orders().saveIfAllowed(order().start(at("12:00")).polygon(Polygon.PARK).rest(RestRoom.ROOM_2, 60).build(), rules))
                .isInstanceOf(SaveAttempt.Saved.class);
        assertThat(orders().saveIfAllowed(order().start(at("12:00")).polygon(Polygon.FOREST).noRestRoom().build(), rules))
                .as("the cancelled order's polygon").isInstanceOf(SaveAttempt.Saved.class);
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).hasSize(4);
    }

    @Test
    void aSavedOrderMovedOverItsOwnSlotDoesNotConflictWithItself() {
        Order first = saved(order().start(at("12:00")));

        Order moved = first.withSlot(first.slot().startingAt(at("12:30")), new StaffId(9), TestCrm.NOW);
        SaveAttempt attempt = orders().saveIfAllowed(moved, rules);

        assertThat(attempt).isEqualTo(new SaveAttempt.Saved(moved));
        assertThat(orders().byId(first.requireId())).contains(moved);
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactly(moved);
    }

    @Test
    void theOtherRulesRefuseWithTheirReasons() {
        SaveAttempt past = orders().saveIfAllowed(order().start(TestCrm.NOW.minusSeconds(3600)).build(), rules);
        SaveAttempt crowd = orders().saveIfAllowed(order().players(31).build(), rules);

        assertThat(past).isInstanceOfSatisfying(SaveAttempt.Refused.class,
                refused -> assertThat(refused.refusal()).isInstanceOf(Refusal.StartsInPast.class));
        assertThat(crowd).isInstanceOfSatisfying(SaveAttempt.Refused.class,
                refused -> assertThat(refused.refusal()).isInstanceOf(Refusal.TooManyPlayers.class));
        assertThat(orders().ofClient(client, Page.first(10))).isEmpty();
    }

    @Test
    void fiftyManagersBookingOverlappingGamesOnOnePolygonGetExactlyOneOrder() throws Exception {
        // games of 60 minutes starting a minute apart all overlap the first; each has its own rest room time
        List<SaveAttempt> attempts = concurrently(50, i -> order()
                .start(at("12:00").plus(Duration.ofMinutes(i % 30)))
                .rest(i % 2 == 0 ? RestRoom.ROOM_1 : RestRoom.NONE, 60)
                .build());

        List<Order> saved = savedOrders(attempts);
        assertThat(saved).hasSize(1);
        assertThat(attempts).filteredOn(SaveAttempt.Refused.class::isInstance)
                .extracting(attempt -> ((SaveAttempt.Refused) attempt).refusal())
                .hasSize(49)
                .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Refusal.PolygonTaken.class,
                        taken -> assertThat(taken.conflicting().id()).isEqualTo(saved.get(0).id())));
        assertThat(orders().occupyingBetween(at("00:00"), at("23:59"))).containsExactlyElementsOf(saved);
    }

    @Test
    void fiftyManagersBookingTheSameRestRoomAtOnceGetExactlyOneOrder() throws Exception {
        // 3 polygons x 17 one-minute games that end by 15:00 UTC (18:00 in Moscow), each followed by room 1 until
        // at least 15:30: the games never share a polygon, every rest overlaps every other
        Instant restStart = at("15:00");
        List<SaveAttempt> attempts = concurrently(50, i -> {
            int k = i / 3;
            return order()
                    .polygon(Polygon.values()[i % 3])
                    .start(restStart.minus(Duration.ofMinutes(k + 1)))
                    .gameMinutes(1)
                    .rest(RestRoom.ROOM_1, k + 30)
                    .build();
        });

        List<Order> saved = savedOrders(attempts);
        assertThat(saved).hasSize(1);
        assertThat(attempts).filteredOn(SaveAttempt.Refused.class::isInstance)
                .extracting(attempt -> ((SaveAttempt.Refused) attempt).refusal())
                .hasSize(49)
                .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Refusal.RestRoomTaken.class,
                        taken -> assertThat(taken.conflicting().id()).isEqualTo(saved.get(0).id())));
    }

    @Test
    void hostileCommentsAreStoredVerbatimUpToTheLimit() {
        String hostile = "'; DROP TABLE crm_clients; -- \"quoted\" \\ 😀 %_ <b>&amp;</b>\n";
        String longest = (hostile + "x".repeat(Order.COMMENT_MAX)).codePoints().limit(Order.COMMENT_MAX)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        Order saved = saved(order().comment(longest));

        assertThat(orders().byId(saved.requireId()).orElseThrow().comment()).isEqualTo(longest);
        assertThat(clients().byId(client)).isPresent(); // crm_clients is intact
    }

    @Test
    void overlongCommentsAndNulBytesAreRefusedBeforeTheStore() {
        assertThatThrownBy(() -> order().comment("x".repeat(4096)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem()).isEqualTo(InvalidInput.Problem.TOO_LONG));
        assertThatThrownBy(() -> order().comment("a\u0000b").build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem()).isEqualTo(InvalidInput.Problem.CONTROL_CHARACTERS));

        assertThat(orders().ofClient(client, Page.first(10))).isEmpty();
    }

    List<SaveAttempt> concurrently(int threads, IntFunction<Order> candidate) throws Exception {
        return concurrently(orders(), threads, candidate);
    }

    /** {@code threads} managers saving their candidates through {@code orders} at the same moment. */
    List<SaveAttempt> concurrently(Orders orders, int threads, IntFunction<Order> candidate) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SaveAttempt>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Order order = candidate.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return orders.saveIfAllowed(order, rules);
                }));
            }
            start.countDown();
            List<SaveAttempt> attempts = new ArrayList<>();
            for (Future<SaveAttempt> future : futures) {
                attempts.add(future.get(120, TimeUnit.SECONDS)); // an exception here fails the test
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Order> savedOrders(List<SaveAttempt> attempts) {
        return attempts.stream()
                .filter(SaveAttempt.Saved.class::isInstance)
                .map(attempt -> ((SaveAttempt.Saved) attempt).order())
                .toList();
    }
}
