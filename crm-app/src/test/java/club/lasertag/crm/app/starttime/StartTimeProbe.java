package club.lasertag.crm.app.starttime;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Measures the time from starting a JVM to its first getUpdates request reaching a fake Bot API (issue 10: at
 * most 1.5x the bare pengrad bot's, on SQLite). Not a test: run it by hand on a built jar, e.g.
 * <pre>
 * java -cp crm-app/target/crm-app.jar:crm-app/target/test-classes \
 *     club.lasertag.crm.app.starttime.StartTimeProbe crm-app/target/crm-app.jar crm-app/target/crm-app.jsa 10
 * </pre>
 * A fourth argument adds JVM options to the CRM's starts (e.g. {@code "-XX:TieredStopAtLevel=1"}).
 * Variants: the bare pengrad bot, the CRM as {@code ./run} starts it without and with the class-data-sharing
 * archive (skipped when the archive file is missing). Each variant has one unmeasured warm-up start (which also
 * migrates its SQLite file: the measured starts are restarts), then the variants take turns, so that a load
 * that comes and goes on the machine touches them alike. The median and the range are printed per variant.
 */
public final class StartTimeProbe {

    /** The JVM options {@code ./run} used before issue 10; the fourth argument adds today's (see README "Start time"). */
    static final List<String> RUN_OPTIONS = List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true");

    private StartTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> extraOptions = args.length > 3 ? Arrays.asList(args[3].split(" ")) : List.of();
        Path work = Files.createTempDirectory("start-time");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)); // the starts run elsewhere

        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("bare pengrad bot", (token, url, dir) -> command(java, List.of("-cp", classpath,
                BarePengradBot.class.getName(), token, url)));
        variants.put("crm", (token, url, dir) -> crm(java, options(extraOptions), jar));
        if (Files.exists(archive)) {
            List<String> withArchive = new ArrayList<>(options(extraOptions));
            withArchive.add("-XX:SharedArchiveFile=" + archive);
            variants.put("crm + CDS archive", (token, url, dir) -> crm(java, withArchive, jar));
        } else {
            System.out.println("no archive at " + archive + ": measuring without it only");
        }

        Map<String, List<Long>> millis = new LinkedHashMap<>();
        for (String name : variants.keySet()) {
            millis.put(name, new ArrayList<>());
            Path dir = Files.createDirectories(work.resolve(name.replaceAll("\\W+", "-")));
            System.out.printf("%-20s warm-up %d ms%n", name, firstPoll(variants.get(name), dir));
        }
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, Variant> variant : variants.entrySet()) {
                Path dir = work.resolve(variant.getKey().replaceAll("\\W+", "-"));
                millis.get(variant.getKey()).add(firstPoll(variant.getValue(), dir));
            }
        }
        System.out.println("time from starting the JVM to the first getUpdates, " + runs + " runs each ("
                + Runtime.getRuntime().availableProcessors() + " CPUs, load average " + loadAverage() + "):");
        long bare = median(millis.get("bare pengrad bot"));
        millis.forEach((name, values) -> System.out.printf("%-20s median %5d ms  (%d..%d)  %.2fx the bare bot%n",
                name, median(values), values.stream().mapToLong(Long::longValue).min().orElse(0),
                values.stream().mapToLong(Long::longValue).max().orElse(0), (double) median(values) / bare));
    }

    private static List<String> options(List<String> extra) {
        List<String> options = new ArrayList<>(RUN_OPTIONS);
        options.addAll(extra);
        return options;
    }

    private static List<String> crm(String java, List<String> options, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private static List<String> command(String java, List<String> rest) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(rest);
        return command;
    }

    /** One start against a fresh fake Bot API with one update waiting, so that the first poll returns at once. */
    private static long firstPoll(Variant variant, Path dir) throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            telegram.sendText(EmulatedUser.of(1, "Анна"), 1, "/help");
            ProcessBuilder builder = new ProcessBuilder(variant.command(telegram.token(), telegram.baseUrl(), dir))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("output.log").toFile()));
            builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_"));
            builder.environment().putAll(Map.of("TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1",
                    "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db")));
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                long deadline = start + Duration.ofSeconds(120).toNanos();
                while (telegram.calls("getUpdates").isEmpty()) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("no getUpdates; see " + dir.resolve("output.log"));
                    }
                    Thread.sleep(2);
                }
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    @FunctionalInterface
    interface Variant {
        List<String> command(String token, String url, Path dir);
    }
}
