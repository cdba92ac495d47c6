package club.lasertag.crm.app;

import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.ChatView;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;
import club.lasertag.crm.botapi.Stall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, black box: nothing lost, nothing doubled across a crash at any instant. The fat jar runs as a real process
 * against a Bot API emulator in this JVM (which outlives it) on a SQLite file. Three managers add clients through the
 * bot's dialog and book a game for each with the buttons, concurrently, while the app is killed with SIGKILL at
 * random instants and started again each time; twice more the kill lands for certain between a commit and its reply:
 * the emulator holds the reply to "Book" in flight, and the app is killed while it waits.
 *
 * <p>Every update a manager sends must get its reply (the manager waits for it, across restarts), and at the end
 * every client exists exactly once (by phone) and every booking exactly once. Replies sent twice are allowed and
 * counted: a Bot API call identical to one made for the same or the previous action of that chat.
 */
class OutboxCrashIT {

    private static final int MANAGERS = 3;
    private static final int CLIENTS_PER_MANAGER = 8;
    private static final int MIN_RANDOM_KILLS = 10;
    private static final Duration REPLY_WAIT = Duration.ofSeconds(90);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** (manager, client) pairs whose "Book" reply is held in flight while the app is killed. */
    private static final List<List<Integer>> KILL_BETWEEN_COMMIT_AND_REPLY = List.of(List.of(0, 1), List.of(1, 4));

    /** Kept under target/ for a post-mortem: the app's log over all its runs and the SQLite file. */
    private final Path dir = Path.of("target", "outbox-crash-" + System.currentTimeMillis()).toAbsolutePath();

    private final BotApiEmulator telegram = BotApiEmulator.start();
    private final Random random = new Random();
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final AtomicInteger randomKills = new AtomicInteger();
    private final AtomicInteger certainKills = new AtomicInteger();
    private final AtomicInteger actions = new AtomicInteger();
    private Process app;
    /** deleteWebhook calls made before the app started last: it makes one more when it begins to poll. */
    private int pollingBefore;

    @AfterEach
    void stop() throws Exception {
        working.set(false);
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        List<String> calls = new ArrayList<>();
        for (ApiCall call : telegram.calls()) {
            calls.add(call.at() + " " + call.method() + " " + call.errorCode() + " " + call.params());
        }
        Files.write(dir.resolve("bot-api-calls.log"), calls);
        telegram.close();
    }

    @Test
    void everyActionTakesEffectOnceAndIsAnsweredAcrossKills() throws Exception {
        Files.createDirectories(dir);
        Instant begin = Instant.now();
        restart();
        List<Manager> managers = new ArrayList<>();
        for (int i = 0; i < MANAGERS; i++) {
            managers.add(new Manager(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(MANAGERS + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Manager manager : managers) {
                work.add(pool.submit(() -> {
                    manager.run();
                    return null;
                }));
            }
            Future<?> killer = pool.submit(() -> {
                killAtRandom();
                return null;
            });
            for (Future<?> done : work) {
                done.get(10, TimeUnit.MINUTES);
            }
            working.set(false);
            killer.get(2, TimeUnit.MINUTES);
        } finally {
            working.set(false);
            pool.shutdownNow();
        }
        telegram.awaitIdle(Duration.ofMillis(500), Duration.ofSeconds(60));
        app.destroy(); // a clean stop now: the database is read next
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Duplicates duplicates = duplicates(managers);
        int clients = MANAGERS * CLIENTS_PER_MANAGER;
        System.out.printf("%nOutboxCrashIT: %d manager actions (updates), %d clients added, %d games booked; "
                        + "%d kills (%d at random instants, %d between a commit and its reply); "
                        + "replies duplicated: %d %s; %d s%n%n",
                actions.get(), clients, clients, randomKills.get() + certainKills.get(), randomKills.get(),
                certainKills.get(), duplicates.total(), duplicates.byMethod,
                Duration.between(begin, Instant.now()).toSeconds());

        assertThat(actions.get()).isGreaterThanOrEqualTo(300);
        assertThat(randomKills.get()).isGreaterThanOrEqualTo(MIN_RANDOM_KILLS);
        assertThat(certainKills.get()).isEqualTo(KILL_BETWEEN_COMMIT_AND_REPLY.size());
        assertDatabaseHoldsEachEffectOnce(managers);
    }

    // ---- the app process ----

    private synchronized void restart() throws IOException, InterruptedException {
        if (app != null) {
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path jar = Path.of("target", "crm-app.jar").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_"));
        builder.environment().put("TELEGRAM_BOT_TOKEN", telegram.token());
        builder.environment().put("TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().put("CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db"));
        builder.environment().put("CRM_TIMEZONE", "UTC");
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < MANAGERS; i++) {
            admins.add(String.valueOf(Manager.userId(i)));
        }
        builder.environment().put("CRM_ADMINS", String.join(",", admins));
        pollingBefore = telegram.calls("deleteWebhook").size();
        app = builder.start();
    }

    /**
     * Kills the app at random instants, spread over the managers' work: one in five while it starts, the others once
     * it polls and the managers have sent a random number (5 to 45) of further actions, with a random jitter.
     */
    private void killAtRandom() throws Exception {
        while (working.get()) {
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(1_500));
            } else {
                awaitRunning();
                int target = actions.get() + 5 + random.nextInt(41);
                Instant latest = Instant.now().plusSeconds(3);
                while (working.get() && actions.get() < target && Instant.now().isBefore(latest)) {
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(30));
            }
            synchronized (this) {
                if (!working.get()) {
                    return;
                }
                restart();
                randomKills.incrementAndGet();
            }
        }
    }

    /**
     * Waits until the app started last is about to poll (or 30 s): it calls deleteWebhook just before (after sending
     * what the outbox held). Its log cannot tell: a killed JVM loses what its buffered stdout held.
     */
    private void awaitRunning() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (working.get() && Instant.now().isBefore(deadline)) {
            int before;
            synchronized (this) {
                before = pollingBefore;
            }
            if (telegram.calls("deleteWebhook").size() > before) {
                return;
            }
            Thread.sleep(10);
        }
    }

    // ---- the managers ----

    /** A manager in their private chat: adds their clients one by one and books a game for each. */
    private final class Manager {

        final int index;
        final EmulatedUser user;
        final long chat;
        /** When each of their actions was sent, in order: to tell duplicates from answers to later actions. */
        final List<Instant> sentAt = Collections.synchronizedList(new ArrayList<>());
        final List<String> phones = new ArrayList<>();

        Manager(int index) {
            this.index = index;
            this.user = EmulatedUser.of(userId(index), "Менеджер" + index);
            this.chat = user.id();
        }

        static long userId(int index) {
            return 2001 + index;
        }

        void run() throws Exception {
            for (int k = 0; k < CLIENTS_PER_MANAGER; k++) {
                String surname = surname(k);
                String phone = String.format("+7916%03d%04d", index, k);
                addClient(surname, phone);
                phones.add(phone);
                book(surname, phone, LocalDate.now(ZoneOffset.UTC).plusDays(400 + index * CLIENTS_PER_MANAGER + k),
                        KILL_BETWEEN_COMMIT_AND_REPLY.contains(List.of(index, k)));
            }
        }

        void addClient(String surname, String phone) throws Exception {
            ChatMessage prompt = say("/client", "Напишите телефон или фамилию");
            press(prompt, "Новый клиент", "шаг 1 из 7");
            say(phone, "шаг 2 из 7");
            say("Пётр", "шаг 3 из 7");
            ChatMessage midname = say(surname, "шаг 4 из 7");
            ChatMessage secondPhone = press(midname, "Пропустить", "шаг 5 из 7");
            press(secondPhone, "Пропустить", "шаг 6 из 7");
            ChatMessage from = say("пришёл через бота", "шаг 7 из 7");
            press(from, "Instagram", "Клиент добавлен");
        }

        void book(String surname, String phone, LocalDate date, boolean killBeforeTheReply) throws Exception {
            ChatMessage found = say("/order " + phone, "Найдено по");
            press(found, surname, "Дата игры?");
            ChatMessage polygon = say(DATE.format(date), "Площадка?");
            ChatMessage duration = press(polygon, "Арена", "Сколько играют?");
            press(duration, "60 мин", "Начало?");
            ChatMessage room = say("12:00", "Комната отдыха");
            press(room, "Без комнаты", "Сколько игроков?");
            ChatMessage type = say("10", "Тип игры?");
            ChatMessage gift = press(type, "Игра", "Подарки?");
            ChatMessage comment = press(gift, "Снуд", "Комментарий?");
            ChatMessage summary = press(comment, "Пропустить", "Проверьте бронь");
            if (killBeforeTheReply) {
                // The reply to "Book" (the card shown in place of the summary) is held in flight; the app is killed
                // while it waits: the booking is committed, its reply was never delivered.
                Stall stall = telegram.stallNext("editMessageText", chat);
                long mark = mark();
                pressOnly(summary, "Забронировать");
                assertThat(stall.awaitCaught(REPLY_WAIT)).as("the reply to Book was sent").isTrue();
                synchronized (OutboxCrashIT.this) {
                    restart();
                    certainKills.incrementAndGet();
                }
                stall.release();
                await(mark, "Забронировано", "Забронировать");
            } else {
                press(summary, "Забронировать", "Забронировано");
            }
        }

        ChatMessage say(String text, String expected) throws Exception {
            long mark = mark();
            sentAt.add(Instant.now());
            actions.incrementAndGet();
            telegram.sendText(user, chat, text);
            return await(mark, expected, text);
        }

        ChatMessage press(ChatMessage message, String label, String expected) throws Exception {
            long mark = mark();
            pressOnly(message, label);
            return await(mark, expected, label);
        }

        void pressOnly(ChatMessage message, String label) {
            ChatMessage now = current(message);
            InlineButton button = now.buttons().stream().filter(candidate -> candidate.text().contains(label))
                    .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' on " + now));
            sentAt.add(Instant.now());
            actions.incrementAndGet();
            telegram.pressButton(user, chat, now.messageId(), button.callbackData());
        }

        ChatMessage current(ChatMessage message) {
            return telegram.chat(chat).message(message.messageId()).orElseThrow();
        }

        long mark() {
            List<ChatEvent> events = telegram.chat(chat).events();
            return events.isEmpty() ? -1 : events.get(events.size() - 1).sequence();
        }

        /** Waits for a bot message sent or edited after {@code mark} that contains {@code expected}. */
        ChatMessage await(long mark, String expected, String action) throws Exception {
            Instant deadline = Instant.now().plus(REPLY_WAIT);
            while (Instant.now().isBefore(deadline)) {
                ChatView view = telegram.chat(chat);
                for (ChatEvent event : view.events()) {
                    if (event.sequence() > mark && event.type() != ChatEvent.Type.DELETED && event.message().fromBot()
                            && event.message().plainText().contains(expected)) {
                        return view.message(event.message().messageId()).orElseThrow();
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("manager " + index + ": no reply '" + expected + "' to '" + action + "' within "
                    + REPLY_WAIT + "; app log: " + dir.resolve("app.log"));
        }

        private String surname(int k) {
            String letters = "абвгдежзик";
            return "Крашев" + letters.charAt(index) + letters.charAt(k / 10) + letters.charAt(k % 10);
        }
    }

    // ---- the verdict ----

    private void assertDatabaseHoldsEachEffectOnce(List<Manager> managers) throws SQLException {
        Map<String, Integer> clientsByPhone = new TreeMap<>();
        Map<String, Integer> ordersByPhone = new TreeMap<>();
        int pendingReplies;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("crm.db"));
             Statement st = db.createStatement()) {
            try (ResultSet rows = st.executeQuery("SELECT phone, count(*) FROM crm_clients GROUP BY phone")) {
                while (rows.next()) {
                    clientsByPhone.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = st.executeQuery("SELECT c.phone, count(*) FROM crm_orders o "
                    + "JOIN crm_clients c ON c.uid = o.client_uid GROUP BY c.phone")) {
                while (rows.next()) {
                    ordersByPhone.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = st.executeQuery("SELECT count(*) FROM crm_outbox")) {
                rows.next();
                pendingReplies = rows.getInt(1);
            }
        }
        Map<String, Integer> once = new TreeMap<>();
        managers.forEach(manager -> manager.phones.forEach(phone -> once.put(phone, 1)));
        assertThat(clientsByPhone).as("clients by phone").isEqualTo(once);
        assertThat(ordersByPhone).as("bookings by client's phone").isEqualTo(once);
        assertThat(pendingReplies).as("replies left in the outbox").isZero();
    }

    /** Bot API reply calls identical to one made for the same action or the one before it, in the same chat. */
    private Duplicates duplicates(List<Manager> managers) {
        Duplicates duplicates = new Duplicates();
        for (Manager manager : managers) {
            List<Instant> sent = List.copyOf(manager.sentAt);
            Map<String, Integer> seenInWindow = new HashMap<>();
            for (ApiCall call : telegram.calls()) {
                String method = call.method().toLowerCase();
                if (!List.of("sendmessage", "editmessagetext", "answercallbackquery").contains(method)
                        || !String.valueOf(manager.chat).equals(chatOf(call))) {
                    continue;
                }
                int window = windowOf(sent, call.at());
                String key = method + " " + call.params();
                Integer earlier = seenInWindow.get(key);
                if (earlier != null && window - earlier <= 1) {
                    duplicates.byMethod.merge(call.method(), 1, Integer::sum);
                }
                seenInWindow.put(key, window);
            }
        }
        return duplicates;
    }

    private String chatOf(ApiCall call) {
        String chat = call.params().get("chat_id");
        if (chat != null) {
            return chat;
        }
        String query = call.params().get("callback_query_id");
        return query == null ? null : telegram.callbackQuery(query).map(state -> String.valueOf(state.chatId())).orElse(null);
    }

    private static int windowOf(List<Instant> sent, Instant at) {
        int window = -1;
        for (int i = 0; i < sent.size() && !sent.get(i).isAfter(at); i++) {
            window = i;
        }
        return window;
    }

    private static final class Duplicates {
        final Map<String, Integer> byMethod = new TreeMap<>();

        int total() {
            return byMethod.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
