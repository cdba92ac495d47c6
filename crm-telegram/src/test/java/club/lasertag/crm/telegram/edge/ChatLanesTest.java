package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

    private static final long ANNA = 1;
    private static final long BORIS = 2;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private ChatLanes lanes = new ChatLanes(4, 100);

    @AfterEach
    void close() {
        lanes.close(Duration.ZERO);
    }

    @Test
    void updatesOfOneChatRunOneAtATimeInTheirOrder() throws Exception {
        List<Long> order = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        for (long id = 1; id <= 50; id++) {
            long update = id;
            lanes.submit(update, ANNA, () -> {
                if (running.incrementAndGet() > 1) {
                    overlapped.set(true);
                }
                sleep(update % 3); // uneven work: a later update must still wait for the one before
                order.add(update);
                running.decrementAndGet();
                return Optional.empty();
            });
        }

        assertThat(lanes.awaitFinishedBeyond(50, WAIT)).isTrue();
        assertThat(order).isSorted().hasSize(50);
        assertThat(overlapped).isFalse();
    }

    @Test
    void aBlockedChatDoesNotBlockAnother() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch borisDone = new CountDownLatch(1);
        lanes.submit(1, ANNA, () -> {
            await(release);
            return Optional.empty();
        });
        lanes.submit(2, ANNA, Optional::empty);
        lanes.submit(3, BORIS, () -> {
            borisDone.countDown();
            return Optional.empty();
        });

        assertThat(borisDone.await(1, TimeUnit.SECONDS)).as("Boris handled while Anna is blocked").isTrue();
        assertThat(lanes.finishedBefore()).as("Anna's first holds the offset").isEqualTo(1);
        release.countDown();
        assertThat(lanes.awaitFinishedBeyond(3, WAIT)).isTrue();
    }

    @Test
    void chatsRunConcurrentlyUpToThePoolSize() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        for (long chat = 1; chat <= 4; chat++) {
            lanes.submit(chat, chat, () -> {
                allStarted.countDown();
                await(release);
                return Optional.empty();
            });
        }

        assertThat(allStarted.await(2, TimeUnit.SECONDS)).as("four chats at once on four threads").isTrue();
        release.countDown();
    }

    @Test
    void theOffsetIsTheContiguousFinishedPrefix() throws Exception {
        CountDownLatch releaseAnna = new CountDownLatch(1);
        assertThat(lanes.finishedBefore()).isZero();
        lanes.submit(10, ANNA, () -> {
            await(releaseAnna);
            return Optional.empty();
        });
        CountDownLatch later = new CountDownLatch(2);
        lanes.submit(11, BORIS, () -> {
            later.countDown();
            return Optional.empty();
        });
        lanes.submit(12, 3, () -> {
            later.countDown();
            return Optional.empty();
        });
        assertThat(later.await(2, TimeUnit.SECONDS)).isTrue();

        assertThat(lanes.awaitFinishedBeyond(10, Duration.ofMillis(100))).isFalse();
        assertThat(lanes.finishedBefore()).as("11 and 12 are done, 10 is not").isEqualTo(10);
        releaseAnna.countDown();
        assertThat(lanes.awaitFinishedBeyond(12, WAIT)).isTrue();
        assertThat(lanes.finishedBefore()).isEqualTo(13);
    }

    @Test
    void submitWaitsWhileTooManyAreInHand() throws Exception {
        lanes = new ChatLanes(2, 3);
        CountDownLatch release = new CountDownLatch(1);
        for (long id = 1; id <= 3; id++) {
            lanes.submit(id, id, () -> {
                await(release);
                return Optional.empty();
            });
        }
        AtomicBoolean fourthAccepted = new AtomicBoolean();
        Thread feeder = new Thread(() -> {
            try {
                fourthAccepted.set(lanes.submit(4, 4, Optional::empty));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        feeder.start();

        feeder.join(300);
        assertThat(feeder.isAlive()).as("the fourth waits for room").isTrue();
        release.countDown();
        feeder.join(WAIT.toMillis());
        assertThat(fourthAccepted).isTrue();
        assertThat(lanes.awaitFinishedBeyond(4, WAIT)).isTrue();
    }

    @Test
    void aJobRunsAgainAfterItsDelayHoldingItsLaneButNoThread() throws Exception {
        lanes = new ChatLanes(1, 10); // one thread: Boris runs only if Anna's retry does not hold it
        AtomicInteger annaAttempts = new AtomicInteger();
        List<String> order = new CopyOnWriteArrayList<>();
        lanes.submit(1, ANNA, () -> {
            if (annaAttempts.incrementAndGet() < 3) {
                return Optional.of(Duration.ofMillis(100));
            }
            order.add("anna-1");
            return Optional.empty();
        });
        lanes.submit(2, ANNA, () -> {
            order.add("anna-2");
            return Optional.empty();
        });
        lanes.submit(3, BORIS, () -> {
            order.add("boris");
            return Optional.empty();
        });

        assertThat(lanes.awaitFinishedBeyond(3, WAIT)).isTrue();
        assertThat(annaAttempts).hasValue(3);
        assertThat(order).containsExactly("boris", "anna-1", "anna-2");
    }

    @Test
    void aFailingJobFinishesAndItsLaneGoesOn() throws Exception {
        List<Long> done = new CopyOnWriteArrayList<>();
        lanes.submit(1, ANNA, () -> {
            throw new IllegalStateException("a bug");
        });
        lanes.submit(2, ANNA, () -> {
            done.add(2L);
            return Optional.empty();
        });

        assertThat(lanes.awaitFinishedBeyond(2, WAIT)).isTrue();
        assertThat(done).containsExactly(2L);
    }

    @Test
    void closeFinishesTheUpdatesInHandThenAcceptsNothing() throws Exception {
        List<Long> done = new CopyOnWriteArrayList<>();
        for (long id = 1; id <= 5; id++) {
            long update = id;
            lanes.submit(update, ANNA, () -> {
                sleep(20);
                done.add(update);
                return Optional.empty();
            });
        }

        assertThat(lanes.close(WAIT)).isTrue();
        assertThat(done).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lanes.finishedBefore()).isEqualTo(6);
        assertThat(lanes.submit(6, ANNA, Optional::empty)).isFalse();
    }

    @Test
    void closeWaitsBoundedAndLeavesTheUnfinishedUnconfirmed() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        lanes.submit(1, ANNA, Optional::empty);
        assertThat(lanes.awaitFinishedBeyond(1, WAIT)).isTrue();
        lanes.submit(2, ANNA, () -> {
            await(never);
            return Optional.empty();
        });
        lanes.submit(3, BORIS, Optional::empty);

        long started = System.nanoTime();
        assertThat(lanes.close(Duration.ofMillis(200))).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(lanes.finishedBefore()).isEqualTo(2);
    }

    @Test
    void aWaitingSubmitReturnsFalseWhenTheLanesClose() throws Exception {
        lanes = new ChatLanes(1, 1);
        CountDownLatch never = new CountDownLatch(1);
        lanes.submit(1, ANNA, () -> {
            await(never);
            return Optional.empty();
        });
        Map<String, Boolean> result = new ConcurrentHashMap<>();
        Thread feeder = new Thread(() -> {
            try {
                result.put("accepted", lanes.submit(2, BORIS, Optional::empty));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        feeder.start();
        feeder.join(100);

        lanes.close(Duration.ofMillis(50));
        feeder.join(WAIT.toMillis());

        assertThat(result).containsEntry("accepted", false);
    }

    @Test
    void manyChatsAllFinishInTheirOwnOrder() throws Exception {
        Map<Long, List<Long>> seen = new ConcurrentHashMap<>();
        long id = 0;
        for (int round = 0; round < 20; round++) {
            for (long chat = 1; chat <= 10; chat++) {
                long update = ++id;
                long lane = chat;
                lanes.submit(update, lane, () -> {
                    seen.computeIfAbsent(lane, key -> new CopyOnWriteArrayList<>()).add(update);
                    return Optional.empty();
                });
            }
        }

        assertThat(lanes.awaitFinishedBeyond(id, WAIT)).isTrue();
        assertThat(seen).hasSize(10);
        seen.values().forEach(updates -> assertThat(new ArrayList<>(updates)).isSorted().hasSize(20));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
