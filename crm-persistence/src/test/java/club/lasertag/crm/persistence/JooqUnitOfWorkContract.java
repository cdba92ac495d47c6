package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.BookingRules;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.domain.testing.TestCrm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The unit of work on a database, with every port joining it: the domain's effects (a client, a booking through
 * {@code saveIfAllowed} and its own transaction, now a savepoint), the "processed" record and the outbox commit or
 * roll back together, and bookings made inside units of work stay race-safe.
 */
abstract class JooqUnitOfWorkContract extends UnitOfWorkContract {

    final BookingRules rules = new BookingRules(ClubRules.defaults(TestCrm.ZONE), Clock.fixed(TestCrm.NOW, TestCrm.ZONE));

    abstract JooqPorts ports();

    @Override
    UnitOfWork unitOfWork() {
        return ports().unitOfWork();
    }

    @Override
    ProcessedUpdates processedUpdates() {
        return ports().processedUpdates();
    }

    @Override
    DialogStates dialogStates() {
        return ports().dialogStates();
    }

    @Override
    Outbox outbox() {
        return ports().outbox();
    }

    static Instant at(String hhmm) {
        return Instant.parse("2030-06-15T" + hhmm + ":00Z");
    }

    @Test
    void aFailureAfterTheBookingRollsBackTheClientTheOrderTheRecordAndTheReplies() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            processedUpdates().markProcessed(10);
            Client client = ports().clients().add(aClient().phone("+79990001122").build());
            SaveAttempt attempt = ports().orders().saveIfAllowed(anOrder().client(client.id()).build(), rules);
            assertThat(attempt).isInstanceOf(SaveAttempt.Saved.class);
            outbox().append(10, CHAT, "Забронировано");
            throw new IllegalStateException("the process dies before the commit, as far as the database knows");
        })).hasMessageContaining("dies");

        assertThat(ports().clients().byMainPhone(new club.lasertag.crm.domain.client.Phone("+79990001122"))).isEmpty();
        assertThat(ports().orders().occupyingBetween(at("00:00"), at("23:59"))).isEmpty();
        assertThat(outbox().pending(10)).isEmpty();
        assertThat(processedUpdates().markProcessed(10)).isTrue();
    }

    @Test
    void aBookingCommitsWithItsRecordAndItsReply() {
        ClientId client = ports().clients().add(aClient().build()).id();

        SaveAttempt attempt = unitOfWork().inTransaction(() -> {
            processedUpdates().markProcessed(11);
            SaveAttempt saved = ports().orders().saveIfAllowed(anOrder().client(client).build(), rules);
            outbox().append(11, CHAT, "Забронировано");
            return saved;
        });

        Order order = ((SaveAttempt.Saved) attempt).order();
        assertThat(ports().orders().ofClient(client, Page.first(10))).containsExactly(order);
        assertThat(outbox().pending(10)).extracting(Outbox.Entry::updateId).containsExactly(11L);
        assertThat(processedUpdates().markProcessed(11)).isFalse();
    }

    @Test
    void fiftyManagersBookingOneSlotInUnitsOfWorkGetOneOrderAndEveryUpdateItsReply() throws Exception {
        ClientId client = ports().clients().add(aClient().build()).id();

        List<SaveAttempt> attempts = bookConcurrently(ports(), 50, i -> anOrder().client(client)
                .start(at("12:00").plus(Duration.ofMinutes(i % 45)))
                .rest(RestRoom.ROOM_1, 60)
                .build());

        assertOneWinner(attempts, client);
    }

    void assertOneWinner(List<SaveAttempt> attempts, ClientId client) {
        List<Order> saved = attempts.stream().filter(SaveAttempt.Saved.class::isInstance)
                .map(attempt -> ((SaveAttempt.Saved) attempt).order()).toList();
        assertThat(saved).hasSize(1);
        assertThat(attempts).filteredOn(SaveAttempt.Refused.class::isInstance)
                .extracting(attempt -> ((SaveAttempt.Refused) attempt).refusal())
                .hasSize(attempts.size() - 1)
                .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Refusal.PolygonTaken.class,
                        taken -> assertThat(taken.conflicting().id()).isEqualTo(saved.get(0).id())));
        assertThat(ports().orders().ofClient(client, Page.first(100))).containsExactlyElementsOf(saved);
        assertThat(outbox().pending(100)).hasSize(attempts.size());
    }

    /**
     * {@code threads} managers pressing "Book" at the same moment: each update handled in a unit of work that
     * records it, books and writes its reply.
     */
    List<SaveAttempt> bookConcurrently(JooqPorts ports, int threads, IntFunction<Order> candidate) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SaveAttempt>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Order order = candidate.apply(i);
                long updateId = 1_000 + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return ports.unitOfWork().inTransaction(() -> {
                        assertThat(ports.processedUpdates().markProcessed(updateId)).isTrue();
                        SaveAttempt attempt = ports.orders().saveIfAllowed(order, rules);
                        ports.outbox().append(updateId, updateId, attempt.getClass().getSimpleName());
                        return attempt;
                    });
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
}
