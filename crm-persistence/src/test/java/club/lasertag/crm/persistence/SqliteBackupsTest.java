package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.migrations.Migrations;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of the SQLite file ({@code VACUUM INTO}) taken while managers book: restored (opened with the
 * migrations and the jOOQ ports, as the app would), it holds every client and order committed before it began, and
 * nothing half-written.
 */
class SqliteBackupsTest {

    private static final int MANAGERS = 4;

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @TempDir
    Path dir;

    /** A client and their booking, both committed. */
    private record Booked(Client client, Order order) {
    }

    @Test
    void aBackupTakenWhileBookingsAreWrittenRestoresWithEveryClientAndOrderCommittedBeforeIt() throws Exception {
        TestCrm crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE), sqlite.ports().clients(), sqlite.ports().orders(),
                sqlite.ports().staff());
        DatabaseBackups backups = DataSources.backups(sqlite.dataSource(), SQLDialect.SQLITE);
        List<Booked> committed = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger days = new AtomicInteger();
        ExecutorService managers = Executors.newFixedThreadPool(MANAGERS);
        List<Future<?>> running = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            running.add(managers.submit(() -> {
                while (!stop.get()) {
                    int day = days.incrementAndGet(); // a day of its own: no booking conflicts with another
                    Client client = crm.client(aClient().surname("Клиент" + day).phone(phone(day)));
                    BookingOutcome outcome = crm.bookingService.book(aBooking().client(client.id())
                            .on(LocalDate.of(2030, 6, 2).plusDays(day)).at("12:00").build(), TestCrm.ADMIN);
                    assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
                    committed.add(new Booked(client, ((BookingOutcome.Booked) outcome).order()));
                }
                return null;
            }));
        }
        awaitAtLeast(committed, 40, running);

        List<Booked> before = List.copyOf(committed); // each of these returned, so committed, before the copy began
        Path copy = dir.resolve("backup.db");
        long started = System.nanoTime();
        backups.copyTo(copy);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int atCopyEnd = committed.size();
        awaitAtLeast(committed, atCopyEnd + 10, running); // the managers go on booking after it
        stop.set(true);
        for (Future<?> manager : running) {
            manager.get(30, TimeUnit.SECONDS); // rethrows what failed in a manager's thread
        }
        managers.shutdown();

        DataSource restored = DataSources.sqlite(copy);
        try {
            Migrations.migrate(restored); // the copy is a complete CRM database: nothing to migrate, nothing missing
            JooqPorts ports = JooqPorts.create(restored, SQLDialect.SQLITE);
            for (Booked booked : before) {
                assertThat(ports.clients().byId(booked.client().id())).contains(booked.client());
                assertThat(ports.orders().byId(booked.order().id().orElseThrow())).hasValueSatisfying(order -> {
                    assertThat(order.clientId()).contains(booked.client().id());
                    assertThat(order.slot()).isEqualTo(booked.order().slot());
                });
            }
            assertThat(single(restored, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(single(restored, "PRAGMA foreign_key_check")).as("every order's client is in the copy").isNull();
            int orders = Integer.parseInt(single(restored, "SELECT count(*) FROM crm_orders"));
            assertThat(orders).as("the copy is one instant: not beyond what was committed when it ended")
                    .isBetween(before.size(), atCopyEnd);
        } finally {
            DataSources.close(restored);
        }
        assertThat(committed.size()).isGreaterThan(atCopyEnd);
        System.out.printf("backup of %d orders took %d ms while %d managers booked%n", before.size(),
                took.toMillis(), MANAGERS);
    }

    @Test
    void theCopyMustGoToANewOrEmptyFile() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.db"), "not a database");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DataSources.backups(sqlite.dataSource(), SQLDialect.SQLITE).copyTo(taken))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot copy the SQLite database");
        assertThat(Files.readString(taken)).isEqualTo("not a database");
    }

    private static String phone(int day) {
        return String.format("+7999%07d", day);
    }

    private static void awaitAtLeast(List<Booked> committed, int count, List<Future<?>> managers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committed.size() < count) {
            for (Future<?> manager : managers) {
                if (manager.isDone()) {
                    manager.get(); // a manager failed: its error
                }
            }
            assertThat(System.nanoTime()).as("%d bookings within 60 s", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static String single(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
