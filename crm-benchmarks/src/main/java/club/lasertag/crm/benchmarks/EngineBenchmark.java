package club.lasertag.crm.benchmarks;

import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine benchmark, end to end: the fat jar as a process against the Bot API emulator (in this JVM, with
 * simulated network time per Bot API call), long polling or webhook, driven by N scripted managers in a closed loop
 * (each sends the next update only once the bot answered the previous one), on SQLite and PostgreSQL loaded with
 * {@code bench.engine.clients} clients and {@code bench.engine.orders} orders around today. The same managers drive a
 * bare pengrad echo bot ({@link EchoBot}) as the baseline. Prints one table (updates/s, p50/p99 update-to-reply
 * latency, the ratio to the echo bot, the process's maximum RSS, its start time to the first getUpdates) and writes
 * it to {@code results/engine-<date>.txt}.
 *
 * <p>Update-to-reply latency: from just before the emulator makes the update available (it is queued for getUpdates,
 * or for delivery to the webhook) to the first message the bot sends or edits in that chat in answer.
 *
 * <p>Settings are system properties ({@code bench.engine.*}, see {@link Settings}); README.md, Benchmarks, has the
 * command.
 */
public final class EngineBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EngineBenchmark.class);
    static final String TOKEN = BotApiEmulator.DEFAULT_TOKEN;
    static final long ADMIN_ID = 700_000_000L;
    static final long FIRST_MANAGER_ID = 700_000_001L;
    private static final String WEBHOOK_PATH = "/telegram/";
    private static final String WEBHOOK_SECRET = "engine-benchmark-secret";
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Settings settings;
    private final LocalDate firstFreeDay;
    /** Booking slots handed out over the whole run: every booking gets a slot no other booking had. */
    private final AtomicLong bookingSlots = new AtomicLong();
    private final List<Result> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    private EngineBenchmark(Settings settings, LocalDate firstFreeDay) {
        this.settings = settings;
        this.firstFreeDay = firstFreeDay;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        // the orders fill the days around today, so /today and /calendar read a full day and month
        LocalDate today = LocalDate.now(BenchmarkData.ZONE);
        LocalDate firstDay = today.minusDays(settings.orders / BenchmarkData.ORDERS_PER_DAY / 2);
        LocalDate firstFreeDay = BenchmarkData.firstFreeDay(settings.orders, firstDay);
        if (!Files.isRegularFile(settings.jar)) {
            throw new IllegalStateException("no " + settings.jar + ": build it first (mvn -B package -DskipTests -pl crm-app -am)");
        }
        if (settings.load) {
            for (String database : settings.databases) {
                if (database.equals("postgresql")) {
                    LoadBenchmarkData.loadPostgres(settings.postgresAdminUrl, settings.postgresDatabase, settings.clients,
                            settings.orders, firstDay);
                } else {
                    Files.createDirectories(settings.sqliteFile.toAbsolutePath().getParent());
                    LoadBenchmarkData.loadSqlite(settings.sqliteFile, settings.clients, settings.orders, firstDay);
                }
            }
        }
        EngineBenchmark benchmark = new EngineBenchmark(settings, firstFreeDay);
        for (String database : settings.databases) {
            benchmark.addManagers(database);
        }
        benchmark.run();
    }

    private void run() throws Exception {
        Files.createDirectories(settings.logs);
        Instant started = Instant.now();
        for (Duration delay : settings.delays) {
            if (settings.echo) {
                List<Scenario> echoScenarios = settings.scenarios.stream()
                        .filter(s -> s.mode == Mode.POLLING && s.mix == Mix.READ).toList();
                runGroup(Target.ECHO, Mode.POLLING, delay, echoScenarios);
            }
            for (String database : settings.databases) {
                Target target = database.equals("postgresql") ? Target.POSTGRESQL : Target.SQLITE;
                for (Mode mode : Mode.values()) {
                    List<Scenario> scenarios = settings.scenarios.stream().filter(s -> s.mode == mode).toList();
                    if (!scenarios.isEmpty()) {
                        runGroup(target, mode, delay, scenarios);
                    }
                }
            }
        }
        String table = table(started, Instant.now());
        log.info("results\n{}", table);
        Files.createDirectories(settings.results);
        Path file = settings.results.resolve("engine-" + LocalDate.now() + ".txt");
        if (Files.exists(file)) { // a second run that day keeps the first
            file = settings.results.resolve("engine-" + LocalDate.now() + "-"
                    + java.time.LocalTime.now().withNano(0).toString().replace(":", "") + ".txt");
        }
        Files.writeString(file, table, StandardCharsets.UTF_8);
        log.info("written to {}", file);
    }

    // ---- one process, several scenarios ----

    private void runGroup(Target target, Mode mode, Duration delay, List<Scenario> scenarios) throws Exception {
        String group = target.label + " " + mode.label + " " + delay.toMillis() + "ms";
        log.info("=== {}", group);
        int managersNeeded = scenarios.stream().mapToInt(s -> s.managers).max().orElse(1);
        try (BotApiEmulator emulator = BotApiEmulator.start(0, TOKEN)) {
            emulator.simulateNetworkDelay(delay);
            if (target != Target.ECHO) {
                // the bot skips update ids it handled before (in an earlier group on the same database)
                emulator.continueUpdateIdsFrom(lastHandledUpdateId(target) + 1);
            }
            int webhookPort = mode == Mode.WEBHOOK ? freePort() : 0;
            if (mode == Mode.WEBHOOK) {
                emulator.deliverWebhooksTo(URI.create("http://127.0.0.1:" + webhookPort + WEBHOOK_PATH), 40);
            }
            List<Manager> managers = new ArrayList<>();
            Map<Long, Manager> byChat = new ConcurrentHashMap<>();
            for (int i = 0; i < managersNeeded; i++) {
                Manager manager = new Manager(emulator, EmulatedUser.of(FIRST_MANAGER_ID + i, "Менеджер " + (i + 1)));
                managers.add(manager);
                byChat.put(manager.user.id(), manager);
            }
            emulator.addListener(event -> {
                long now = System.nanoTime();
                if (event.type() != ChatEvent.Type.DELETED && event.message().fromBot()) {
                    Manager manager = byChat.get(event.message().chatId());
                    if (manager != null) {
                        manager.answered(now, event.message());
                    }
                }
            });
            // an update waits before the process starts: its first getUpdates returns at once (and is logged then)
            Manager first = managers.get(0);
            Step hello = target == Target.ECHO ? Step.echo("привет") : Step.text("/cancel", "");
            java.util.concurrent.CompletableFuture<Reply> firstReply = first.arm();
            hello.send(emulator, first.user, null);
            Instant processStart = Instant.now();
            long processStartNanos = System.nanoTime();
            Process process = start(target, mode, emulator, webhookPort, group);
            RssSampler rss = new RssSampler(process.pid());
            rss.start();
            try {
                Reply reply;
                try {
                    reply = firstReply.get(START_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    notes.add("!! " + group + ": no answer within " + START_TIMEOUT.toSeconds() + " s of starting; skipped (see "
                            + settings.logs + ")");
                    log.error("{}: no answer within {} s of starting; skipped", group, START_TIMEOUT.toSeconds());
                    return;
                }
                long firstReplyMs = (reply.nanos - processStartNanos) / 1_000_000;
                String startMethod = mode == Mode.WEBHOOK ? "setWebhook" : "getUpdates";
                long startMs = emulator.calls(startMethod).stream().map(ApiCall::at).findFirst()
                        .map(at -> Duration.between(processStart, at).toMillis()).orElse(-1L);
                log.info("{}: first {} after {} ms, first reply after {} ms", group, startMethod, startMs, firstReplyMs);
                for (Scenario scenario : scenarios) {
                    Result result = runScenario(target, scenario, delay, emulator, managers.subList(0, scenario.managers), rss)
                            .started(startMs, firstReplyMs);
                    results.add(result);
                    log.info("{}", result.row(baselineOf(result)));
                }
            } finally {
                rss.interrupt();
                stop(process);
            }
        }
    }

    private Result runScenario(Target target, Scenario scenario, Duration delay, BotApiEmulator emulator,
            List<Manager> managers, RssSampler rss) throws InterruptedException {
        Stats stats = new Stats();
        long begin = System.nanoTime();
        long measureFrom = begin + settings.warmup.toNanos();
        long measureTo = measureFrom + settings.duration.toNanos();
        rss.resetMax();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < managers.size(); i++) {
            Manager manager = managers.get(i);
            Script script = target == Target.ECHO ? new EchoScript(i)
                    : scenario.mix == Mix.READ ? new ReadScript(i) : new BookingScript(i);
            Thread thread = new Thread(() -> drive(manager, script, stats, measureFrom, measureTo),
                    "manager-" + manager.user.id());
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try {
            emulator.awaitIdle(Duration.ofMillis(300), Duration.ofSeconds(30));
        } catch (IllegalStateException e) {
            log.warn("not idle after {}: {}", scenario, e.getMessage());
        }
        return new Result(target, scenario, delay, stats, settings.duration, rss.max(), loadAverage().split(" ")[0]);
    }

    private void drive(Manager manager, Script script, Stats stats, long measureFrom, long measureTo) {
        ChatMessage last = null;
        while (System.nanoTime() < measureTo) {
            Step step = script.next();
            long sent = System.nanoTime();
            java.util.concurrent.CompletableFuture<Reply> pending = manager.arm();
            Reply reply;
            try {
                step.send(manager.emulator, manager.user, last);
                reply = pending.get(REPLY_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                stats.timeout(step, manager);
                script.restart();
                last = null;
                continue;
            } catch (RuntimeException | java.util.concurrent.ExecutionException e) {
                stats.wrong(step, "cannot send: " + e.getMessage());
                script.restart();
                last = null;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean measured = sent >= measureFrom && reply.nanos <= measureTo;
            if (step.expected(reply.message)) {
                stats.ok(step, reply.message, measured ? reply.nanos - sent : -1);
                last = reply.message;
            } else {
                stats.wrong(step, reply.message.plainText());
                if (measured) {
                    stats.latency(reply.nanos - sent);
                }
                script.restart();
                last = null;
            }
        }
    }

    // ---- processes ----

    private Process start(Target target, Mode mode, BotApiEmulator emulator, int webhookPort, String group)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        if (target == Target.ECHO) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), EchoBot.class.getName(), TOKEN,
                    emulator.apiUrl()));
        } else {
            command.addAll(settings.appJvmOptions);
            command.addAll(List.of("-jar", settings.jar.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("CRM_") || key.startsWith("TELEGRAM_"));
        if (target != Target.ECHO) {
            env.put("TELEGRAM_BOT_TOKEN", TOKEN);
            env.put("TELEGRAM_API_URL", emulator.baseUrl());
            env.put("CRM_ADMINS", String.valueOf(ADMIN_ID));
            env.put("CRM_TIMEZONE", BenchmarkData.ZONE.getId());
            if (target == Target.POSTGRESQL) {
                PostgresUrl url = PostgresUrl.of(LoadBenchmarkData.benchUrl(settings.postgresAdminUrl,
                        settings.postgresDatabase));
                env.put("CRM_DB_URL", url.withoutParams);
                env.put("CRM_DB_USER", url.user);
                env.put("CRM_DB_PASSWORD", url.password);
            } else {
                env.put("CRM_DB_URL", "jdbc:sqlite:" + settings.sqliteFile.toAbsolutePath());
            }
            if (mode == Mode.WEBHOOK) {
                env.put("CRM_WEBHOOK_URL", "https://crm.example.org" + WEBHOOK_PATH);
                env.put("CRM_WEBHOOK_PORT", String.valueOf(webhookPort));
                env.put("CRM_WEBHOOK_SECRET", WEBHOOK_SECRET);
            }
        }
        Path logFile = settings.logs.resolve(group.replace(' ', '-') + ".log");
        builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the app stops cleanly
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private int lastHandledUpdateId(Target target) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(target.label));
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(update_id), 0) FROM crm_processed_updates")) {
            rs.next();
            return (int) rs.getLong(1);
        }
    }

    private String jdbcUrl(String database) {
        return database.equals("postgresql")
                ? LoadBenchmarkData.benchUrl(settings.postgresAdminUrl, settings.postgresDatabase)
                : "jdbc:sqlite:" + settings.sqliteFile.toAbsolutePath();
    }

    /** The scripted managers as staff (role manager) of the loaded database. */
    private void addManagers(String database) throws SQLException {
        String url = jdbcUrl(database);
        int managers = settings.scenarios.stream().mapToInt(s -> s.managers).max().orElse(1);
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement insert = c.prepareStatement("INSERT INTO crm_staff (telegram_user_id, display_name, role) "
                        + "VALUES (?, ?, 'manager') ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < managers; i++) {
                insert.setLong(1, FIRST_MANAGER_ID + i);
                insert.setString(2, "Менеджер " + (i + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // ---- the scripted managers ----

    /** One emulated manager: sends a step, waits for the bot's first message or edit in the chat. */
    static final class Manager {
        final BotApiEmulator emulator;
        final EmulatedUser user;
        private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Reply>> pending =
                new java.util.concurrent.atomic.AtomicReference<>();

        Manager(BotApiEmulator emulator, EmulatedUser user) {
            this.emulator = emulator;
            this.user = user;
        }

        java.util.concurrent.CompletableFuture<Reply> arm() {
            java.util.concurrent.CompletableFuture<Reply> future = new java.util.concurrent.CompletableFuture<>();
            pending.set(future);
            return future;
        }

        void answered(long nanos, ChatMessage message) {
            java.util.concurrent.CompletableFuture<Reply> future = pending.get();
            if (future != null && future.complete(new Reply(nanos, message))) {
                pending.compareAndSet(future, null); // only this one: the manager may have armed the next already
            }
        }
    }

    record Reply(long nanos, ChatMessage message) {
    }

    /** One update a manager makes, and what the bot's answer must contain to be right. */
    interface Step {
        String kind();

        void send(BotApiEmulator emulator, EmulatedUser user, ChatMessage last);

        boolean expected(ChatMessage reply);

        /** Types {@code text}; the answer must contain every one of {@code expected}. */
        static Step text(String text, String kind, String... expected) {
            return new Step() {
                public String kind() {
                    return kind;
                }

                public void send(BotApiEmulator emulator, EmulatedUser user, ChatMessage last) {
                    emulator.sendText(user, user.id(), text);
                }

                public boolean expected(ChatMessage reply) {
                    return Arrays.stream(expected).allMatch(reply.plainText()::contains);
                }
            };
        }

        /** Presses the first button whose label starts with {@code label} on the bot's last message. */
        static Step press(String label, String kind, String... expected) {
            return new Step() {
                public String kind() {
                    return kind;
                }

                public void send(BotApiEmulator emulator, EmulatedUser user, ChatMessage last) {
                    if (last == null) {
                        throw new IllegalStateException("nothing to press '" + label + "' on");
                    }
                    String data = last.buttons().stream().filter(button -> button.text().startsWith(label))
                            .map(button -> button.callbackData()).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no button '" + label + "' under: "
                                    + last.plainText() + " " + last.buttons()));
                    emulator.pressButton(user, user.id(), last.messageId(), data);
                }

                public boolean expected(ChatMessage reply) {
                    return Arrays.stream(expected).allMatch(reply.plainText()::contains);
                }
            };
        }

        /** Types {@code text}; the echo bot must answer exactly that. */
        static Step echo(String text) {
            return new Step() {
                public String kind() {
                    return "echo";
                }

                public void send(BotApiEmulator emulator, EmulatedUser user, ChatMessage last) {
                    emulator.sendText(user, user.id(), text);
                }

                public boolean expected(ChatMessage reply) {
                    return reply.plainText().equals(text);
                }
            };
        }
    }

    interface Script {
        Step next();

        /** After a wrong or missing answer: start over (a dialog left midway is cancelled by the next command). */
        void restart();
    }

    /** The read mix: a phone fragment, a surname, /calendar, /today, round and round; first /cancel. */
    final class ReadScript implements Script {
        private final int manager;
        private long k = -1;

        ReadScript(int manager) {
            this.manager = manager;
        }

        public Step next() {
            k++;
            String text = text(manager, k);
            return switch ((int) (k == 0 ? -1 : k % 4)) {
                case -1 -> Step.text(text, "cancel");
                case 1 -> Step.text(text, "phone fragment", "«" + text + "»", "выберите клиента");
                case 2 -> Step.text(text, "surname", "«" + text + "»", "выберите клиента");
                case 3 -> Step.text(text, "/calendar", "броней:", "Нажмите день");
                default -> Step.text(text, "/today", "броней:");
            };
        }

        public void restart() {
            k = -1;
        }
    }

    /** What manager {@code manager} types at step {@code k} of the read mix: the echo bot gets the same. */
    String text(int manager, long k) {
        if (k == 0) {
            return "/cancel";
        }
        long client = Math.floorMod(manager * 7_919L + k * 104_729L, settings.clients);
        return switch ((int) (k % 4)) {
            case 1 -> BenchmarkData.phone(client).substring(7, 12);
            case 2 -> BenchmarkData.surname(client);
            case 3 -> "/calendar";
            default -> "/today";
        };
    }

    /** The echo bot's mix: the read mix's texts, answered by echo. */
    final class EchoScript implements Script {
        private final int manager;
        private long k = -1;

        EchoScript(int manager) {
            this.manager = manager;
        }

        public Step next() {
            return Step.echo(text(manager, ++k));
        }

        public void restart() {
            k = -1;
        }
    }

    /**
     * The booking mix: /order, the client by phone, a free day typed, polygon and durations by buttons, the start
     * typed, room by button, players typed, type, gift, no comment, "Забронировать". Each booking takes a slot no
     * other booking had (arena with room 1, park with room 2, forest without a room; one-hour games from 10:00),
     * on the days after the loaded orders.
     */
    final class BookingScript implements Script {
        private final int manager;
        private final List<Step> steps = new ArrayList<>();
        private int position;
        private long bookings;

        BookingScript(int manager) {
            this.manager = manager;
        }

        public Step next() {
            if (position >= steps.size()) {
                plan();
            }
            return steps.get(position++);
        }

        public void restart() {
            steps.clear();
            position = 0;
        }

        private void plan() {
            steps.clear();
            position = 0;
            long slot = bookingSlots.getAndIncrement();
            int polygon = (int) (slot % 3);
            long game = slot / 3;
            LocalDate day = firstFreeDay.plusDays(game / BenchmarkData.GAMES_PER_POLYGON_PER_DAY);
            int hour = 10 + (int) (game % BenchmarkData.GAMES_PER_POLYGON_PER_DAY);
            long client = Math.floorMod(manager * 104_729L + (bookings++) * 7_919L, settings.clients);
            String phone = BenchmarkData.phone(client);
            String clientLabel = BenchmarkData.surname(client) + " " + BenchmarkData.name(client);
            String polygonLabel = List.of("Арена", "Парк", "Лес").get(polygon);
            String roomLabel = List.of("Комната 1", "Комната 2", "Без комнаты").get(polygon);
            steps.add(Step.text("/order", "/order", "Кто клиент?"));
            steps.add(Step.text(phone, "client phone", "Найдено по"));
            steps.add(Step.press(clientLabel, "client", "Дата игры?"));
            steps.add(Step.text(day.toString(), "date", "Площадка?"));
            steps.add(Step.press(polygonLabel, "polygon", "Сколько играют?"));
            steps.add(Step.press("60 мин", "game time", "Начало?"));
            steps.add(Step.text(String.format(Locale.ROOT, "%02d:00", hour), "start", "Комната отдыха"));
            if (polygon < 2) {
                steps.add(Step.press(roomLabel, "room", "Сколько в комнате?"));
                steps.add(Step.press("60 мин", "rest time", "Сколько игроков?"));
            } else {
                steps.add(Step.press(roomLabel, "room", "Сколько игроков?"));
            }
            steps.add(Step.text("12", "players", "Тип игры?"));
            steps.add(Step.press("День рождения", "type", "Подарки?"));
            steps.add(Step.press("Бандана", "gift", "Комментарий?"));
            steps.add(Step.press("Пропустить", "comment", "Проверьте бронь"));
            steps.add(Step.press("✅ Забронировать", "book", "Забронировано"));
        }
    }

    // ---- measuring ----

    /** Latencies of the measured window, and what the bot answered. */
    static final class Stats {
        private long[] latencies = new long[1024];
        private int count;
        private long ok;
        private long wrong;
        private long timeouts;
        private long bookings;
        private final Map<String, String> samples = new LinkedHashMap<>();
        private final Map<String, List<Long>> byKind = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();

        synchronized void ok(Step step, ChatMessage reply, long latencyNanos) {
            ok++;
            if (step.kind().equals("book")) {
                bookings++;
            }
            samples.putIfAbsent(step.kind(), reply.plainText().replace('\n', ' '));
            if (latencyNanos >= 0) {
                latency(latencyNanos);
                byKind.computeIfAbsent(step.kind(), k -> new ArrayList<>()).add(latencyNanos);
            }
        }

        /** p50/p99 per kind of step, e.g. {@code /today 12/40}. */
        synchronized String byKind() {
            StringBuilder out = new StringBuilder();
            byKind.forEach((kind, nanos) -> {
                long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
                out.append(String.format(Locale.ROOT, "%s %.0f/%.0f, ", kind, sorted[(sorted.length - 1) / 2] / 1e6,
                        sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6));
            });
            return out.length() == 0 ? "" : out.substring(0, out.length() - 2);
        }

        synchronized void latency(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        synchronized void wrong(Step step, String what) {
            wrong++;
            if (failures.size() < 5) {
                failures.add(step.kind() + " -> " + what.replace('\n', ' '));
            }
        }

        synchronized void timeout(Step step, Manager manager) {
            timeouts++;
            if (failures.size() < 5) {
                failures.add(step.kind() + " -> no answer within " + REPLY_TIMEOUT.toSeconds() + " s (manager "
                        + manager.user.id() + ")");
            }
        }

        synchronized double percentileMillis(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * count) - 1;
            return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
        }

        synchronized int count() {
            return count;
        }
    }

    record Result(Target target, Scenario scenario, Duration delay, Stats stats, Duration window, long maxRssKb,
            String load, long startMs, long firstReplyMs) {

        Result(Target target, Scenario scenario, Duration delay, Stats stats, Duration window, long maxRssKb, String load) {
            this(target, scenario, delay, stats, window, maxRssKb, load, -1, -1);
        }

        Result started(long startMs, long firstReplyMs) {
            return new Result(target, scenario, delay, stats, window, maxRssKb, load, startMs, firstReplyMs);
        }

        double perSecond() {
            return stats.count() / (window.toMillis() / 1000.0);
        }

        String label() {
            return String.format(Locale.ROOT, "%-10s %-7s %-7s N=%-2d %2d ms", target.label, scenario.mode.label,
                    target == Target.ECHO ? "echo" : scenario.mix.label, scenario.managers, delay.toMillis());
        }

        String row(Result baseline) {
            String ratio = baseline == null || baseline == this ? "-" : String.format(Locale.ROOT, "%.2f",
                    perSecond() / baseline.perSecond());
            String p99Ratio = baseline == null || baseline == this ? "-" : String.format(Locale.ROOT, "%.1f",
                    stats.percentileMillis(99) / baseline.stats.percentileMillis(99));
            return String.format(Locale.ROOT, "%-38s %9.1f %9.1f %9.1f %8s %8s %7d %7d %8d %5s   %d ok, %d wrong, %d timeouts%s",
                    label(), perSecond(), stats.percentileMillis(50), stats.percentileMillis(99), ratio, p99Ratio,
                    maxRssKb / 1024, startMs, firstReplyMs, load, stats.ok, stats.wrong, stats.timeouts,
                    stats.bookings > 0 ? ", " + stats.bookings + " booked" : "");
        }
    }

    /** The echo bot's result at the same number of managers and network time (long polling, the read texts). */
    private Result baselineOf(Result result) {
        if (result.target == Target.ECHO) {
            return result;
        }
        return results.stream().filter(r -> r.target == Target.ECHO && r.scenario.managers == result.scenario.managers
                && r.delay.equals(result.delay)).findFirst().orElse(null);
    }

    private String table(Instant started, Instant finished) {
        StringBuilder out = new StringBuilder();
        out.append("Engine benchmark (end to end): crm-app.jar as a process against the Bot API emulator\n");
        out.append(String.format(Locale.ROOT, "run %s .. %s; %,d clients, %,d orders; warm-up %d s, measured %d s per row; "
                        + "load average at the start %s, at the end %s; %d cores%n",
                started, finished, settings.clients, settings.orders, settings.warmup.toSeconds(),
                settings.duration.toSeconds(), loadAtStart, loadAverage(), Runtime.getRuntime().availableProcessors()));
        out.append("latency = update made available by the emulator -> the bot's first sendMessage/editMessageText in that chat\n");
        out.append("x echo = updates/s over the echo bot's at the same N and network time (long polling); "
                + "p99/echo = p99 over the echo bot's p99\n");
        out.append("RSS = the bot process's maximum VmRSS during the row; start = process start -> first getUpdates "
                + "(webhook: setWebhook); 1st reply = process start -> answer to an update queued before it started;\n"
                + "load = the machine's 1-minute load average at the end of the row (2 cores: above 2, other work competed)\n\n");
        out.append(String.format(Locale.ROOT, "%-38s %9s %9s %9s %8s %8s %7s %7s %8s %5s   %s%n", "configuration", "updates/s",
                "p50 ms", "p99 ms", "x echo", "p99/echo", "RSS MB", "start", "1st rep", "load", "answers"));
        for (Result result : results) {
            out.append(result.row(baselineOf(result))).append('\n');
        }
        out.append("\nLatency by kind of update, p50/p99 ms:\n");
        for (Result result : results) {
            if (result.target != Target.ECHO) {
                out.append("  ").append(result.label().replaceAll(" +", " ")).append(": ").append(result.stats.byKind())
                        .append('\n');
            }
        }
        out.append("\nSample answers (first right answer of each kind, per configuration group):\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Result result : results) {
            result.stats.samples.forEach((kind, text) -> {
                String key = result.target.label + "/" + kind;
                if (seen.add(key)) {
                    out.append("  ").append(key).append(": ").append(text, 0, Math.min(text.length(), 110)).append('\n');
                }
            });
        }
        List<String> failures = new ArrayList<>();
        for (Result result : results) {
            for (String failure : result.stats.failures) {
                failures.add(result.label() + ": " + failure);
            }
        }
        if (!failures.isEmpty()) {
            out.append("\nWrong or missing answers (first few per row):\n");
            failures.forEach(f -> out.append("  ").append(f, 0, Math.min(f.length(), 240)).append('\n'));
        }
        notes.forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Samples the process's VmRSS every 100 ms; keeps the maximum since the last reset. */
    static final class RssSampler extends Thread {
        private final Path status;
        private volatile long maxKb;

        RssSampler(long pid) {
            super("rss-" + pid);
            setDaemon(true);
            this.status = Path.of("/proc", String.valueOf(pid), "status");
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("\\D", ""));
                            if (kb > maxKb) {
                                maxKb = kb;
                            }
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    return; // the process is gone
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void resetMax() {
            maxKb = 0;
        }

        long max() {
            return maxKb;
        }
    }

    // ---- settings ----

    enum Target {
        ECHO("echo"), SQLITE("sqlite"), POSTGRESQL("postgresql");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    enum Mode {
        POLLING("polling"), WEBHOOK("webhook");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    enum Mix {
        READ("read"), BOOKING("booking");

        final String label;

        Mix(String label) {
            this.label = label;
        }
    }

    /** {@code polling/read/8}: how updates arrive, which mix, how many managers. */
    record Scenario(Mode mode, Mix mix, int managers) {
        static Scenario parse(String text) {
            String[] parts = text.trim().split("/");
            return new Scenario(Mode.valueOf(parts[0].toUpperCase(Locale.ROOT)), Mix.valueOf(parts[1].toUpperCase(Locale.ROOT)),
                    Integer.parseInt(parts[2]));
        }

        @Override
        public String toString() {
            return mode.label + "/" + mix.label + "/" + managers;
        }
    }

    record PostgresUrl(String withoutParams, String user, String password) {
        static PostgresUrl of(String url) {
            int query = url.indexOf('?');
            String user = "";
            String password = "";
            if (query >= 0) {
                for (String param : url.substring(query + 1).split("&")) {
                    if (param.startsWith("user=")) {
                        user = param.substring(5);
                    } else if (param.startsWith("password=")) {
                        password = param.substring(9);
                    }
                }
            }
            return new PostgresUrl(query >= 0 ? url.substring(0, query) : url, user, password);
        }
    }

    /** The {@code bench.engine.*} system properties, with their defaults. */
    record Settings(String postgresAdminUrl, String postgresDatabase, Path sqliteFile, Path jar, long clients, long orders,
            List<String> databases, List<Duration> delays, List<Scenario> scenarios, Duration warmup, Duration duration,
            boolean load, boolean echo, Path results, Path logs, List<String> appJvmOptions) {

        static Settings fromSystemProperties() {
            return new Settings(
                    property("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                    property("bench.engine.database", "crm_engine_bench"),
                    Path.of(property("bench.engine.sqlite", "target/bench/engine.db")),
                    Path.of(property("bench.engine.jar", "../crm-app/target/crm-app.jar")),
                    Long.parseLong(property("bench.engine.clients", "100000")),
                    Long.parseLong(property("bench.engine.orders", "100000")),
                    list("bench.engine.databases", "sqlite,postgresql"),
                    list("bench.engine.delays", "0,50").stream().map(ms -> Duration.ofMillis(Long.parseLong(ms))).toList(),
                    list("bench.engine.scenarios", "polling/read/1,polling/read/8,polling/read/32,polling/booking/8,webhook/read/8")
                            .stream().map(Scenario::parse).toList(),
                    Duration.ofSeconds(Long.parseLong(property("bench.engine.warmup", "5"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.engine.duration", "15"))),
                    Boolean.parseBoolean(property("bench.engine.load", "true")),
                    Boolean.parseBoolean(property("bench.engine.echo", "true")),
                    Path.of(property("bench.engine.results", "results")),
                    Path.of(property("bench.engine.logs", "target/bench/engine-logs")),
                    // the app's JVM options; the "before" runs used these (./run then passed nothing more)
                    Arrays.stream(property("bench.engine.jvmArgs", "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true")
                            .split("\\s+")).filter(arg -> !arg.isEmpty()).toList());
        }

        private static String property(String name, String otherwise) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() || value.startsWith("${") ? otherwise : value.trim();
        }

        private static List<String> list(String name, String otherwise) {
            return Arrays.stream(property(name, otherwise).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
