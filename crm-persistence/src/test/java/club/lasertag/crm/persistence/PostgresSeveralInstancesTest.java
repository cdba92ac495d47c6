package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.chat.schedule.JobRuns;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.domain.testing.MutableClock;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several instances on one PostgreSQL database: the inbox's and the outbox's rows are claimed by one instance at a
 * time (FOR UPDATE SKIP LOCKED: a second claimer neither waits nor gets the same rows), an instance's held rows go to
 * another once their hold lapsed, a job's lease is held by one session at a time and freed when it ends, and a job's
 * occasion is recorded once.
 */
class PostgresSeveralInstancesTest {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);

    @Test
    void aClaimInAnOpenTransactionIsSkippedNotWaitedForByAnotherInstance() throws Exception {
        org.jooq.DSLContext instance = threadBound(); // the first instance's ports share its context
        Outbox first = new JooqOutbox(instance, clock);
        UnitOfWork unitOfWork = new JooqUnitOfWork(instance);
        Outbox second = new JooqOutbox(threadBound(), clock);
        for (int i = 0; i < 4; i++) {
            first.append(i, 7, "reply " + i);
        }
        clock.advance(Outbox.WRITER_HOLD);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<List<Outbox.Entry>> slow = thread.submit(() -> unitOfWork.inTransaction(() -> {
                List<Outbox.Entry> mine = first.claim(2, Duration.ZERO, Duration.ofSeconds(30));
                claimed.countDown();
                await(checked);
                return mine;
            }));
            await(claimed);
            long started = System.nanoTime();
            // the first claim is not committed yet: its rows are locked, and their hold not visibly moved
            List<Outbox.Entry> other = second.claim(10, Duration.ZERO, Duration.ofSeconds(30));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            checked.countDown();
            List<Outbox.Entry> mine = slow.get(30, TimeUnit.SECONDS);

            assertThat(mine).extracting(Outbox.Entry::payload).containsExactly("reply 0", "reply 1");
            assertThat(other).extracting(Outbox.Entry::payload).containsExactly("reply 2", "reply 3");
            assertThat(tookMillis).as("did not wait for the other transaction").isLessThan(5_000);
        } finally {
            checked.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void aChatsLockMakesAnotherInstancesUnitOfWorkForThatChatWaitUntilTheFirstEnds() throws Exception {
        org.jooq.DSLContext instance = threadBound();
        UnitOfWork unitOfWork = new JooqUnitOfWork(instance);
        club.lasertag.crm.chat.tx.ChatLocks locks = new JooqChatLocks(instance);
        org.jooq.DSLContext otherInstance = threadBound();
        UnitOfWork otherUnitOfWork = new JooqUnitOfWork(otherInstance);
        club.lasertag.crm.chat.tx.ChatLocks otherLocks = new JooqChatLocks(otherInstance);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = thread.submit(() -> unitOfWork.run(() -> {
                locks.lock(7_000_000_001L);
                locked.countDown();
                await(release);
            }));
            await(locked);
            otherUnitOfWork.run(() -> otherLocks.lock(8_000_000_001L)); // another chat: no wait
            ExecutorService waiter = Executors.newSingleThreadExecutor();
            try {
                Future<?> second = waiter.submit(() -> otherUnitOfWork.run(() -> otherLocks.lock(7_000_000_001L)));
                Thread.sleep(500);
                assertThat(second).as("waits for the first unit of work of the chat").isNotDone();
                release.countDown();
                second.get(30, TimeUnit.SECONDS);
                first.get(30, TimeUnit.SECONDS);
            } finally {
                waiter.shutdownNow();
            }
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void anInboxUpdateHeldByADeadInstanceIsClaimedByAnotherOnceItsHoldLapsed() {
        Inbox dead = new JooqInbox(threadBound(), clock);
        Inbox alive = new JooqInbox(threadBound(), clock);
        dead.store(42, 7, "{}");

        assertThat(alive.claim(10)).isEmpty();
        clock.advance(Inbox.HOLD);
        assertThat(alive.claim(10)).extracting(Inbox.Entry::updateId).containsExactly(42L);
        assertThat(dead.claim(10)).as("held by the live one now").isEmpty();
        clock.advance(Inbox.HOLD);
        assertThat(dead.claim(10)).extracting(Inbox.Entry::updateId).containsExactly(42L);
    }

    @Test
    void aJobLeaseIsHeldByOneSessionAndFreedWhenItEnds() {
        JobLeases first = DataSources.jobLeases(postgres.jdbcUrl(), null, null);
        JobLeases second = DataSources.jobLeases(postgres.jdbcUrl(), null, null);
        try {
            assertThat(first.hold("housekeeping")).isTrue();
            assertThat(first.hold("housekeeping")).as("kept").isTrue();
            assertThat(second.hold("housekeeping")).isFalse();
            assertThat(second.hold("morning-plan")).as("another job's lease is another lock").isTrue();

            first.close(); // as when its process dies: the session ends

            // the server frees the lock once the closed session's backend has gone, a moment after the close
            assertThat(holdsWithin(second, "housekeeping", Duration.ofSeconds(10))).isTrue();
            assertThat(first.hold("housekeeping")).isFalse();
        } finally {
            first.close();
            second.close();
        }
    }

    private static boolean holdsWithin(JobLeases leases, String job, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!leases.hold(job)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Test
    void aJobOccasionIsRecordedOnceAndOldRunsAreForgotten() {
        JobRuns runs = postgres.ports().jobRuns();
        Instant now = Instant.now();

        assertThat(runs.record("housekeeping", "20500", "app-1", now.minus(Duration.ofDays(40)))).isTrue();
        assertThat(runs.record("housekeeping", "20500", "app-2", now)).isFalse();
        assertThat(runs.record("housekeeping", "20501", "app-2", now)).isTrue();
        assertThat(runs.record("morning-plan", "20500", "app-2", now)).isTrue();

        assertThat(runs.forgetBefore(now.minus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(runs.record("housekeeping", "20500", "app-3", now)).as("forgotten").isTrue();
    }

    private static org.jooq.DSLContext threadBound() {
        return JooqPorts.threadBound(postgres.db());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
