package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.edge.gateway.Sleeper;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The long-polling loop against the Bot API emulator with injected faults. Its waits go to a fake clock, so a
 * failure streak of minutes runs in milliseconds; its log is captured.
 */
class LongPollerTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");
    private static final EmulatedUser BORIS = EmulatedUser.of(1002, "Борис");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeTime time = new FakeTime();
    private final List<Update> handled = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger pollerLog = (Logger) LoggerFactory.getLogger(LongPoller.class);
    private BotApiEmulator emulator;
    private TelegramBot bot;
    private TelegramGateway gateway;
    private LongPoller poller;
    private LaneSink sink;

    @BeforeEach
    void start() {
        log.start();
        pollerLog.addAppender(log);
        emulator = BotApiEmulator.start();
        bot = TelegramClients.create(emulator.token(), emulator.apiUrl());
        gateway = new TelegramGateway(bot, time);
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            closePoller();
        }
        bot.shutdown();
        emulator.close();
        pollerLog.detachAppender(log);
    }

    @Test
    void handsUpdatesOverInOrderAndConfirmsThemOnClose() {
        emulator.sendText(ANNA, ANNA.id(), "один");
        emulator.sendText(ANNA, ANNA.id(), "два");
        startPolling(this::handleAll);

        awaitHandled(2);
        closePoller();

        assertThat(handled).extracting(update -> update.message().text()).containsExactly("один", "два");
        assertThat(emulator.pendingUpdateCount()).isZero();
    }

    @Test
    void keepsFetchingWhileAnUpdateIsHandledAndConfirmsOnlyTheFinishedPrefix() throws Exception {
        CountDownLatch releaseAnna = new CountDownLatch(1);
        emulator.sendText(ANNA, ANNA.id(), "медленно");
        startPolling(update -> {
            if (update.message().chat().id() == ANNA.id()) {
                await(releaseAnna);
            }
            handled.add(update);
        });
        Thread.sleep(100); // Anna's update is in hand
        emulator.sendText(BORIS, BORIS.id(), "быстро");

        awaitHandled(1);
        assertThat(handled).extracting(update -> update.message().text()).containsExactly("быстро");
        Thread.sleep(300);
        assertThat(emulator.pendingUpdateCount()).as("Anna's holds the offset back, Boris's too").isEqualTo(2);

        releaseAnna.countDown();
        emulator.awaitIdle(Duration.ofMillis(5), WAIT); // both confirmed by the next poll
        assertThat(handled).hasSize(2);
    }

    @Test
    void anUpdateUnfinishedAtCloseIsNotConfirmedAndComesAgain() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        emulator.sendText(ANNA, ANNA.id(), "зависло");
        emulator.sendText(BORIS, BORIS.id(), "готово");
        startPolling(update -> {
            if (update.message().chat().id() == ANNA.id()) {
                await(never); // until closing interrupts it: never handled by this poller
                return;
            }
            handled.add(update);
        });
        awaitHandled(1);

        closePoller();

        assertThat(emulator.pendingUpdateCount()).as("Anna's and every update after it").isEqualTo(2);
        handled.clear();
        startPolling(handled::add);
        awaitHandled(2);
        assertThat(handled).extracting(update -> update.message().text()).containsExactlyInAnyOrder("зависло", "готово");
    }

    @Test
    void closeStopsALongPollAtOnceAndConfirmsWhatWasHandled() throws Exception {
        emulator.sendText(ANNA, ANNA.id(), "один");
        startPolling(this::handleAll);
        awaitHandled(1);
        Thread.sleep(200); // the next long poll is waiting on Telegram's side

        long started = System.nanoTime();
        closePoller();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(emulator.pendingUpdateCount()).isZero();
    }

    @Test
    void aRevokedTokenIsPolledWithGrowingWaitsAndFewWarningsThenRecovers() {
        int failures = 12;
        emulator.failNext("getUpdates", failures, Fault.error(401, "Unauthorized"));
        emulator.sendText(ANNA, ANNA.id(), "снова работает");
        startPolling(this::handleAll);

        awaitHandled(1);

        assertThat(time.sleeps).hasSize(failures);
        assertThat(time.sleeps.subList(0, 6)).isSorted(); // each wait at least as long as the one before (1 s × 2^n)
        assertThat(time.sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(time.sleeps.subList(6, failures)) // 32 s and more: capped at 30 s, jittered
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30)));
        long minutes = time.elapsed().toMinutes();
        assertThat(events(Level.WARN)).hasSizeBetween(2, (int) minutes + 2).hasSizeLessThan(failures / 2)
                .first().satisfies(first -> assertThat(first.getFormattedMessage()).contains("401 Unauthorized"));
        assertThat(events(Level.INFO)).singleElement()
                .satisfies(info -> assertThat(info.getFormattedMessage()).contains("works again after 12 failures"));
        assertThat(handled).extracting(update -> update.message().text()).containsExactly("снова работает");
    }

    @Test
    void aRateLimitedPollWaitsAsTelegramSays() {
        emulator.failNext("getUpdates", 1, Fault.tooManyRequests(7));
        emulator.sendText(ANNA, ANNA.id(), "привет");
        startPolling(this::handleAll);

        awaitHandled(1);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aDroppedConnectionIsWaitedOutLikeAnyFailure() {
        emulator.failNext("getUpdates", 3, Fault.droppedConnection());
        emulator.sendText(ANNA, ANNA.id(), "привет");
        startPolling(this::handleAll);

        awaitHandled(1);

        assertThat(time.sleeps).hasSize(3);
        assertThat(events(Level.WARN)).hasSize(1);
    }

    private void startPolling(Consumer<Update> handler) {
        sink = new LaneSink(handler);
        poller = new LongPoller(gateway, sink, time, LongPoller.BACKOFF, time);
        poller.start();
    }

    /** As the bot closes: stop fetching, let the lanes finish (briefly), confirm what finished. */
    private void closePoller() {
        poller.stop();
        sink.lanes.close(Duration.ofMillis(200));
        poller.close();
    }

    private void handleAll(Update update) {
        handled.add(update);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHandled(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handled.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("handled " + handled + ", expected " + count + " updates; log " + log.list);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private List<ILoggingEvent> events(Level level) {
        return log.list.stream() // this test's poller only: other test classes run alongside
                .filter(event -> event.getThreadName().equals(poller.threadName()) && event.getLevel() == level)
                .toList();
    }

    /** The bot's sink in small: each update in its chat's lane. */
    private static final class LaneSink implements LongPoller.UpdateSink {
        final ChatLanes lanes = new ChatLanes(4, 100);
        private final Consumer<Update> handler;

        LaneSink(Consumer<Update> handler) {
            this.handler = handler;
        }

        @Override
        public boolean accept(Update update) throws InterruptedException {
            return lanes.submit(update.updateId(), update.message().chat().id(), () -> {
                handler.accept(update);
                return Optional.empty();
            });
        }

        @Override
        public long finishedBefore() {
            return lanes.finishedBefore();
        }

        @Override
        public boolean busy() {
            return lanes.inHand() > 0;
        }

        @Override
        public void awaitFinishedBeyond(long offset, Duration timeout) throws InterruptedException {
            lanes.awaitFinishedBeyond(offset, timeout);
        }
    }

    /** Time that passes only when someone sleeps: each sleep is recorded and moves the clock on at once. */
    private static final class FakeTime implements Sleeper, InstantSource {
        private static final Instant START = Instant.parse("2025-05-01T10:00:00Z");
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();
        private volatile Instant now = START;

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        Duration elapsed() {
            return Duration.between(START, now);
        }
    }
}
