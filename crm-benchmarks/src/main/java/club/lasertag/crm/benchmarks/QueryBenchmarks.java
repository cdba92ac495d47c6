package club.lasertag.crm.benchmarks;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.BookingRules;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.DataSources;
import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.persistence.NameSearchPlans;
import club.lasertag.crm.domain.port.out.Clients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The manager's everyday queries on the loaded data set (see {@link LoadBenchmarkData}), through the ports:
 * find a client by a phone fragment or a name fragment, a month's overview, a day's schedule, and booking an
 * order with its conflict check. Sample-time mode: JMH reports the median and p99 of single calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmarks {

    private static final long CLIENTS = Long.getLong("bench.clients", 1_000_000);
    private static final long ORDERS = Long.getLong("bench.orders", 1_000_000);
    private static final Page PAGE = Page.first(10);

    @Param({"postgresql", "sqlite"})
    public String database;

    private DataSource dataSource;
    private JooqPorts ports;
    /** The name search as it was before the name words (migration V5), for the ratio in the same run. */
    private Clients withoutNameWords;
    private BookingRules rules;
    private final SplittableRandom random = new SplittableRandom(42);
    private final AtomicLong nextBooking = new AtomicLong();
    private LocalDate firstBookingDay;

    @Setup(Level.Trial)
    public void connect() {
        if (database.equals("postgresql")) {
            String url = LoadBenchmarkData.benchUrl(System.getProperty("bench.postgres.url",
                    "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
            dataSource = DataSources.postgresql(url, null, null);
            ports = JooqPorts.create(dataSource, DataSources.dialect(url));
        } else {
            dataSource = DataSources.sqlite(Path.of(System.getProperty("bench.sqlite.file", "target/bench/crm.db")));
            ports = JooqPorts.create(dataSource, org.jooq.SQLDialect.SQLITE);
        }
        withoutNameWords = NameSearchPlans.withoutNameWords(dataSource,
                database.equals("postgresql") ? org.jooq.SQLDialect.POSTGRES : org.jooq.SQLDialect.SQLITE);
        rules = new BookingRules(ClubRules.defaults(BenchmarkData.ZONE), Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC));
        // bookings go after everything stored so far, so repeated runs never collide
        DSLContext db = DSL.using(dataSource, database.equals("postgresql") ? org.jooq.SQLDialect.POSTGRES : org.jooq.SQLDialect.SQLITE);
        java.time.LocalDateTime last = db.select(DSL.max(DSL.field(DSL.name("date"), java.time.LocalDateTime.class)))
                .from(DSL.table(DSL.name("crm_orders"))).fetchOne(0, java.time.LocalDateTime.class);
        firstBookingDay = (last == null ? BenchmarkData.firstFreeDay(ORDERS) : last.toLocalDate().plusDays(2));
        nextBooking.set(0);
    }

    @TearDown(Level.Trial)
    public void close() {
        DataSources.close(dataSource);
    }

    /** Five digits from the middle of a stored phone, as a manager types what they remember. */
    @Benchmark
    public List<Client> findClientByPhoneFragment() {
        String digits = BenchmarkData.phone(random.nextLong(CLIENTS)).substring(1);
        int at = random.nextInt(digits.length() - 5);
        return ports.clients().withPhoneDigits(digits.substring(at, at + 5), PAGE);
    }

    /** The first four letters of a surname, lower case: "смир", "кузн". */
    @Benchmark
    public List<Client> findClientByNameFragment() {
        return ports.clients().withNameWords(List.of(nameFragment()), PAGE);
    }

    /** The same fragments by the plans from before the name words (migration V5). */
    @Benchmark
    public List<Client> findClientByNameFragmentWithoutNameWords() {
        return withoutNameWords.withNameWords(List.of(nameFragment()), PAGE);
    }

    /** The remaining slow shape before V5: "яков", inside every Поляков (10,000 clients late in the name order). */
    @Benchmark
    public List<Client> findClientByNameFragmentInsideLateNames() {
        return ports.clients().withNameWords(List.of("яков"), PAGE);
    }

    /** The same by the plans from before the name words. */
    @Benchmark
    public List<Client> findClientByNameFragmentInsideLateNamesWithoutNameWords() {
        return withoutNameWords.withNameWords(List.of("яков"), PAGE);
    }

    private String nameFragment() {
        String surname = BenchmarkData.SURNAMES[random.nextInt(BenchmarkData.SURNAMES.length)];
        return Text.searchable(surname).substring(0, 4);
    }

    /** The game starts of one month, for the calendar. */
    @Benchmark
    public List<Instant> monthOverview() {
        YearMonth month = YearMonth.from(BenchmarkData.FIRST_DAY).plusMonths(random.nextInt((int) (ORDERS / BenchmarkData.ORDERS_PER_DAY / 31)));
        Instant from = month.atDay(1).atStartOfDay(BenchmarkData.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BenchmarkData.ZONE).toInstant();
        return ports.orders().startsBetween(from, to);
    }

    /** Every live order of one day, for the schedule. */
    @Benchmark
    public List<Order> daySchedule() {
        LocalDate day = BenchmarkData.FIRST_DAY.plusDays(random.nextLong(ORDERS / BenchmarkData.ORDERS_PER_DAY));
        return ports.orders().occupyingBetween(day.atStartOfDay(BenchmarkData.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(BenchmarkData.ZONE).toInstant());
    }

    /** A new order in the next free slot, with its conflict check: the booking path, one manager at a time. */
    @Benchmark
    public Orders.SaveAttempt bookOrder() {
        return book();
    }

    /** Bookings per second with four managers booking at once (different free slots, so all succeed). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public Orders.SaveAttempt bookOrdersConcurrently() {
        return book();
    }

    private Orders.SaveAttempt book() {
        long n = nextBooking.getAndIncrement();
        long day = n / BenchmarkData.ORDERS_PER_DAY;
        int polygon = (int) ((n % BenchmarkData.ORDERS_PER_DAY) / BenchmarkData.GAMES_PER_POLYGON_PER_DAY);
        int slot = (int) (n % BenchmarkData.GAMES_PER_POLYGON_PER_DAY);
        Instant start = firstBookingDay.plusDays(day).atTime(10 + slot, 0).atZone(BenchmarkData.ZONE).toInstant();
        RestRoom room = polygon == 2 ? RestRoom.NONE : RestRoom.ofNumber(polygon + 1);
        Order order = new Order(Optional.empty(), Optional.of(new ClientId(1 + ThreadLocalRandom.current().nextLong(CLIENTS))),
                new Slot(start, Duration.ofHours(1), Polygon.values()[polygon], room, Duration.ofHours(1)),
                10, GameType.BIRTHDAY, Gift.BANDANA, OrderStatus.NEW, "benchmark",
                Audit.created(new StaffId(1), Instant.now()));
        Orders.SaveAttempt attempt = ports.orders().saveIfAllowed(order, rules);
        if (!(attempt instanceof Orders.SaveAttempt.Saved)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "booking %d refused: %s", n, attempt));
        }
        return attempt;
    }
}
