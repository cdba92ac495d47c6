package club.lasertag.crm.telegram.edge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.SendMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk limits on a fake clock: time passes only when the limiter makes a caller wait. */
class SendLimiterTest {

    private final FakeTime time = new FakeTime();

    @Test
    void thirtyMessagesASecondOverall() throws Exception {
        SendLimiter limiter = new SendLimiter(30, 1, Duration.ofSeconds(1), time, time);

        List<Instant> sent = new ArrayList<>();
        for (long chat = 1; chat <= 91; chat++) {
            limiter.acquire(chat);
            sent.add(time.instant());
        }

        assertThat(sent).hasSize(91);
        assertThat(time.elapsed()).isBetween(Duration.ofMillis(2990), Duration.ofMillis(3010)); // 90 gaps of 1/30 s
        assertThat(countWithin(sent, sent.get(0), Duration.ofSeconds(1))).isBetween(30L, 31L);
    }

    @Test
    void oneMessageASecondToOneChat() throws Exception {
        SendLimiter limiter = new SendLimiter(30, 1, Duration.ofSeconds(1), time, time);

        limiter.acquire(7);
        limiter.acquire(7);
        limiter.acquire(7);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void otherChatsGoBetweenAChatsMessages() throws Exception {
        SendLimiter limiter = new SendLimiter(30, 1, Duration.ofSeconds(1), time, time);

        assertThat(limiter.tryTake(7)).isZero();
        assertThat(limiter.tryTake(7)).as("Anna's chat waits its second").isEqualTo(Duration.ofSeconds(1));
        Duration borisWait = limiter.tryTake(8);
        assertThat(borisWait).as("only the overall pace: 1/30 s after the first").isLessThan(Duration.ofMillis(40));
        time.sleep(borisWait);
        assertThat(limiter.tryTake(8)).isZero();
        assertThat(limiter.tryTake(7)).as("still Anna's second").isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void aBurstGoesAtOnceAfterAQuietWhileThenThePaceHolds() throws Exception {
        SendLimiter limiter = new SendLimiter(30, 30, Duration.ZERO, time, time);

        for (long chat = 1; chat <= 30; chat++) {
            limiter.acquire(chat);
        }
        assertThat(time.sleeps).isEmpty();
        limiter.acquire(31);
        assertThat(time.sleeps).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(30), Duration.ofMillis(35)));
    }

    @Test
    void aQuietChatSendsAtOnce() throws Exception {
        SendLimiter limiter = new SendLimiter(30, 1, Duration.ofSeconds(1), time, time);
        limiter.acquire(7);
        time.sleep(Duration.ofSeconds(5));
        time.sleeps.clear();

        limiter.acquire(7);

        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void theBulkSenderDropsNothing() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            EmulatedUser anna = EmulatedUser.of(11, "Анна");
            EmulatedUser boris = EmulatedUser.of(12, "Борис");
            telegram.sendText(anna, anna.id(), "привет");
            telegram.sendText(boris, boris.id(), "привет");
            TelegramBot bot = TelegramClients.create(telegram.token(), telegram.apiUrl());
            BulkSender bulk = new BulkSender(new TelegramGateway(bot, time),
                    new SendLimiter(30, 1, Duration.ofSeconds(1), time, time));

            for (int i = 1; i <= 3; i++) {
                assertThat(bulk.send(anna.id(), new SendMessage(anna.id(), "напоминание " + i)).succeeded()).isTrue();
                assertThat(bulk.send(boris.id(), new SendMessage(boris.id(), "напоминание " + i)).succeeded()).isTrue();
            }

            assertThat(telegram.chat(anna.id()).botMessages()).hasSize(3);
            assertThat(telegram.chat(boris.id()).botMessages()).hasSize(3);
            assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(2)); // a second between a chat's messages
            bot.shutdown();
        }
    }

    private static long countWithin(List<Instant> times, Instant from, Duration window) {
        return times.stream().filter(at -> at.isBefore(from.plus(window))).count();
    }

    /** Time that passes only when someone sleeps. */
    private static final class FakeTime implements Sleeper, InstantSource {
        private static final Instant START = Instant.parse("2025-05-01T10:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();
        private Instant now = START;

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        Duration elapsed() {
            return Duration.between(START, instant());
        }
    }
}
