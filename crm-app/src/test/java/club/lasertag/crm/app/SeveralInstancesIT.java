package club.lasertag.crm.app;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.ChatView;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;
import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, several instances: three app processes in webhook mode behind nginx (Debian's package, run as a child
 * process on a generated config) on one fresh PostgreSQL database, the Bot API emulator as Telegram. Managers add
 * clients through the bot's dialog; the emulator posts each update through nginx, and the test posts it once more
 * directly to another instance than the one nginx chose. Midway one instance is stopped with SIGTERM and started
 * again, later another is killed with SIGKILL and started again, while the managers go on. Every client must exist
 * exactly once, every action must be answered, and nothing may be left in the inbox or the outbox.
 *
 * <p>Then the scheduled housekeeping job (its period set to 1 s, so each second is an occasion) must run on one
 * instance only, once per occasion, and, once that instance is killed, on one other instance.
 */
class SeveralInstancesIT {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.empty();

    private static final Path JAR = Path.of("target", "crm-app.jar").toAbsolutePath();
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final int INSTANCES = 3;
    private static final int MANAGERS = 3;
    private static final int CLIENTS_PER_MANAGER = 4;
    private static final String SECRET = "several-instances-secret";
    private static final Duration REPLY_WAIT = Duration.ofSeconds(60);
    private static final Pattern JOB_RUN = Pattern.compile("job housekeeping ran for occasion (\\d+) on instance (\\S+)");

    private final Path dir = Path.of("target", "several-instances-" + System.currentTimeMillis()).toAbsolutePath();
    private final BotApiEmulator telegram = BotApiEmulator.start();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int[] ports = new int[INSTANCES];
    private final Process[] apps = new Process[INSTANCES];
    private final AtomicInteger actions = new AtomicInteger();
    private final AtomicInteger mirrored = new AtomicInteger();
    private Process nginx;
    private int proxyPort;

    @AfterEach
    void stop() throws Exception {
        for (Process app : apps) {
            if (app != null) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (nginx != null) {
            nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        telegram.close();
    }

    @Test
    void eachUpdatePostedToTwoInstancesTakesEffectOnceAcrossARollingRestartAndTheJobRunsOnOneInstance()
            throws Exception {
        boolean ci = System.getenv("CI") != null;
        if (!Files.isExecutable(NGINX)) {
            if (ci) {
                throw new AssertionError("nginx is not installed (apt-get install nginx): " + NGINX);
            }
            Assumptions.abort("no " + NGINX + ": apt-get install nginx (with CI set, its absence fails the build)");
        }
        Files.createDirectories(dir);
        Instant begin = Instant.now();
        for (int i = 0; i < INSTANCES; i++) {
            ports[i] = freePort();
        }
        startNginx();
        for (int i = 0; i < INSTANCES; i++) {
            start(i);
        }
        awaitWebhook();
        telegram.deliverWebhooksTo(URI.create("http://127.0.0.1:" + proxyPort + "/telegram"), 4, this::mirror);

        List<Manager> managers = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            managers.add(new Manager(m));
        }
        int total = MANAGERS * CLIENTS_PER_MANAGER * Manager.ACTIONS_PER_CLIENT;
        ExecutorService pool = Executors.newFixedThreadPool(MANAGERS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Manager manager : managers) {
                work.add(pool.submit(() -> {
                    manager.run();
                    return null;
                }));
            }
            awaitActions(total / 3);
            restart(1, false); // SIGTERM: a clean stop, then a start, while the managers go on
            awaitActions(2 * total / 3);
            restart(2, true); // SIGKILL
            for (Future<?> done : work) {
                done.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        telegram.awaitIdle(Duration.ofMillis(500), Duration.ofSeconds(30));
        awaitEmpty("crm_inbox", Duration.ofSeconds(30));
        awaitEmpty("crm_outbox", Duration.ofSeconds(45));
        Duration updatesTook = Duration.between(begin, Instant.now());

        Map<String, Integer> clientsByPhone = countBy("SELECT phone, count(*) FROM crm_clients GROUP BY phone");
        Map<String, Integer> once = new TreeMap<>();
        managers.forEach(manager -> manager.phones.forEach(phone -> once.put(phone, 1)));
        assertThat(clientsByPhone).as("clients by phone").isEqualTo(once);
        assertThat(actions.get()).isEqualTo(total);
        assertThat(count("SELECT count(*) FROM crm_processed_updates")).as("updates handled").isEqualTo(total);
        // an instance down for its restart misses the copies meant for it: about half get through while one restarts
        assertThat(mirrored.get()).as("updates posted a second time, to another instance").isGreaterThan(total / 3);
        assertThat(logs()).as("a duplicate found its update handled").containsPattern("update \\d+: [^\\n]* duplicate in \\d+ ms");

        // ---- the scheduled job: once per occasion, on the lease holder only; on another once it is killed ----
        Thread.sleep(3_000);
        Instant killedAt = Instant.now();
        List<JobRun> before = jobRuns(0);
        List<JobRun> lastSeconds = before.subList(Math.max(0, before.size() - 3), before.size());
        assertThat(lastSeconds).as("the last occasions before the kill").hasSize(3);
        String holder = lastSeconds.get(0).instance();
        assertThat(lastSeconds).as("one instance runs the job: " + before).allSatisfy(run -> assertThat(run.instance())
                .isEqualTo(holder));
        int holderIndex = Integer.parseInt(holder.substring("app-".length()));
        apps[holderIndex].destroyForcibly();
        assertThat(apps[holderIndex].waitFor(30, TimeUnit.SECONDS)).isTrue();
        long lastBeforeKill = before.get(before.size() - 1).occasion();
        Thread.sleep(4_000);
        List<JobRun> after = jobRuns(lastBeforeKill);
        assertThat(after).as("occasions after the kill").hasSizeGreaterThanOrEqualTo(2);
        String successor = after.get(after.size() - 1).instance();
        assertThat(successor).as("another instance took the lease over").isNotEqualTo(holder);
        List<JobRun> settled = after.subList(1, after.size());
        assertThat(settled).as("one instance runs the job after the kill: " + after)
                .allSatisfy(run -> assertThat(run.instance()).isEqualTo(successor));
        assertThat(jobRunLines()).as("each occasion's work done once, by the logs of all instances")
                .doesNotHaveDuplicates();
        long firstAfterKill = after.get(0).occasion();

        System.out.printf("%nSeveralInstancesIT: %d manager actions (updates) through nginx to %d instances, %d posted a "
                        + "second time directly to another instance; one instance restarted after SIGTERM, one after "
                        + "SIGKILL; %d clients added, each once; updates took %d s; housekeeping ran on %s, then on %s "
                        + "from occasion %d (killed at %s, %d occasion(s) passed without a run)%n%n",
                actions.get(), INSTANCES, mirrored.get(), once.size(), updatesTook.toSeconds(), holder, successor,
                firstAfterKill, killedAt, firstAfterKill - lastBeforeKill - 1);
    }

    // ---- the processes ----

    private void startNginx() throws Exception {
        proxyPort = freePort();
        Path temp = Files.createDirectories(dir.resolve("nginx-temp"));
        StringBuilder upstream = new StringBuilder();
        for (int port : ports) {
            upstream.append("        server 127.0.0.1:").append(port).append(";\n");
        }
        String config = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/nginx-access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    upstream crm {
                %3$s    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location = /telegram {
                            proxy_pass http://crm;
                            proxy_connect_timeout 1s;
                            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, temp, upstream, proxyPort);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config);
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", file.toString(),
                "-e", dir.resolve("nginx-error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", proxyPort)) {
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("nginx.out"))
                            + read("nginx-error.log"));
                }
                Thread.sleep(50);
            }
        }
    }

    private synchronized void start(int instance) throws IOException {
        assertThat(JAR).as("the fat jar is built by the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", JAR.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app-" + instance + ".log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_")
                || key.equals("JDK_JAVA_OPTIONS"));
        Map<String, String> env = builder.environment();
        env.put("TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("CRM_DB_URL", postgres.jdbcUrl());
        env.put("CRM_TIMEZONE", "UTC");
        env.put("CRM_WEBHOOK_URL", "https://crm.example.org/telegram");
        env.put("CRM_WEBHOOK_PORT", String.valueOf(ports[instance]));
        env.put("CRM_WEBHOOK_SECRET", SECRET);
        env.put("CRM_INSTANCE_NAME", "app-" + instance);
        env.put("CRM_HOUSEKEEPING_PERIOD_SECONDS", "1");
        env.put("CRM_HANDLER_THREADS", "4");
        List<String> admins = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            admins.add(String.valueOf(Manager.userId(m)));
        }
        env.put("CRM_ADMINS", String.join(",", admins));
        apps[instance] = builder.start();
    }

    private void restart(int instance, boolean kill) throws Exception {
        Process app = apps[instance];
        if (kill) {
            app.destroyForcibly();
        } else {
            app.destroy();
        }
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("instance " + instance + " stopped").isTrue();
        start(instance);
    }

    /** Until each instance has set the webhook (the last one's call wins; they all give the same URL and secret). */
    private void awaitWebhook() throws Exception {
        // three JVMs starting at once on a loaded 2-core machine took over 90 s in a full build (load average ~35)
        Instant deadline = Instant.now().plusSeconds(180);
        while (telegram.calls("setWebhook").size() < INSTANCES) {
            for (int i = 0; i < INSTANCES; i++) {
                if (!apps[i].isAlive()) {
                    throw new AssertionError("instance " + i + " exited: " + read("app-" + i + ".log"));
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the instances did not all set the webhook");
            }
            Thread.sleep(100);
        }
    }

    /**
     * Posts an update nginx delivered once more, directly to another instance than the one that answered (the next
     * one): as Telegram may when it did not see an answer. An instance that is down at that moment is skipped.
     */
    private void mirror(int updateId, String json, int status, HttpHeaders headers) {
        if (status != 200) {
            return;
        }
        String[] upstreams = headers.firstValue("X-Upstream").orElse("").split(",\\s*");
        String last = upstreams[upstreams.length - 1];
        int answered = -1;
        for (int i = 0; i < INSTANCES; i++) {
            if (last.endsWith(":" + ports[i])) {
                answered = i;
            }
        }
        int other = (answered + 1 + INSTANCES) % INSTANCES;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[other] + "/telegram"))
                .timeout(Duration.ofSeconds(10))
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                mirrored.incrementAndGet();
            }
        } catch (IOException down) {
            // restarting: the copy nginx delivered is enough
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitActions(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (actions.get() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    // ---- the managers ----

    /** A manager in their private chat, adding clients one by one through the dialog. */
    private final class Manager {

        static final int ACTIONS_PER_CLIENT = 9;

        final int index;
        final EmulatedUser user;
        final long chat;
        final List<String> phones = new ArrayList<>();

        Manager(int index) {
            this.index = index;
            this.user = EmulatedUser.of(userId(index), "Менеджер" + index);
            this.chat = user.id();
        }

        static long userId(int index) {
            return 3001 + index;
        }

        void run() throws Exception {
            for (int k = 0; k < CLIENTS_PER_MANAGER; k++) {
                String phone = String.format("+7917%03d%04d", index, k);
                ChatMessage prompt = say("/client", "Напишите телефон или фамилию");
                press(prompt, "Новый клиент", "шаг 1 из 7");
                say(phone, "шаг 2 из 7");
                say("Ольга", "шаг 3 из 7");
                ChatMessage midname = say("Инстансова" + "абвгд".charAt(index) + "абвгд".charAt(k), "шаг 4 из 7");
                ChatMessage secondPhone = press(midname, "Пропустить", "шаг 5 из 7");
                press(secondPhone, "Пропустить", "шаг 6 из 7");
                ChatMessage from = say("пришла через бота", "шаг 7 из 7");
                press(from, "Instagram", "Клиент добавлен");
                phones.add(phone);
            }
        }

        ChatMessage say(String text, String expected) throws Exception {
            long mark = mark();
            actions.incrementAndGet();
            telegram.sendText(user, chat, text);
            return await(mark, expected, text);
        }

        ChatMessage press(ChatMessage message, String label, String expected) throws Exception {
            ChatMessage now = telegram.chat(chat).message(message.messageId()).orElseThrow();
            InlineButton button = now.buttons().stream().filter(candidate -> candidate.text().contains(label))
                    .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' on " + now));
            long mark = mark();
            actions.incrementAndGet();
            telegram.pressButton(user, chat, now.messageId(), button.callbackData());
            return await(mark, expected, label);
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
                    + REPLY_WAIT + "; logs in " + dir);
        }
    }

    // ---- the verdict ----

    private record JobRun(long occasion, String instance) {
    }

    /** The housekeeping job's runs after {@code occasion}, by occasion. */
    private List<JobRun> jobRuns(long after) throws SQLException {
        List<JobRun> runs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl());
             Statement st = db.createStatement();
             ResultSet rows = st.executeQuery("SELECT occasion, instance FROM crm_job_runs WHERE job = 'housekeeping'")) {
            while (rows.next()) {
                long occasion = Long.parseLong(rows.getString(1));
                if (occasion > after) {
                    runs.add(new JobRun(occasion, rows.getString(2)));
                }
            }
        }
        runs.sort((a, b) -> Long.compare(a.occasion(), b.occasion()));
        return runs;
    }

    /** The occasions the logs of all instances say the job ran for (each line is written after the commit). */
    private List<String> jobRunLines() throws IOException {
        List<String> occasions = new ArrayList<>();
        Matcher matcher = JOB_RUN.matcher(logs());
        while (matcher.find()) {
            occasions.add(matcher.group(1));
        }
        return occasions;
    }

    private void awaitEmpty(String table, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int left;
        while ((left = count("SELECT count(*) FROM " + table)) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(left).as("rows left in " + table).isZero();
    }

    private int count(String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl());
             Statement st = db.createStatement();
             ResultSet rows = st.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Map<String, Integer> countBy(String query) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl());
             Statement st = db.createStatement();
             ResultSet rows = st.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < INSTANCES; i++) {
            all.append(read("app-" + i + ".log"));
        }
        return all.toString();
    }

    private String read(String file) throws IOException {
        Path path = dir.resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
