package club.lasertag.crm.app;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar run as a service runs it (README "Operating it"): JSON log lines for a collector, and the start with the
 * class-data-sharing archive that ./run, the Dockerfile and the systemd unit make.
 */
class OperatingIT {

    private static final Path JAR = Path.of("target", "crm-app.jar").toAbsolutePath();
    private static final Path CDS_ARCHIVE_SCRIPT = Path.of("..", "deploy", "cds-archive").toAbsolutePath().normalize();
    /** ./run's JVM options (DeploymentFilesTest keeps ./run, the Dockerfile and the unit in step). */
    private static final List<String> RUN_OPTIONS = List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
            "-XX:TieredStopAtLevel=1", "-Xlog:disable", "-Xlog:all=warning:stderr");
    private static final EmulatedUser ADMIN = EmulatedUser.of(1, "Анна");

    @TempDir
    Path dir;

    @Test
    void withCdsAndJsonLogsEveryStdoutLineIsAJsonObjectAndTheBotAnswers() throws Exception {
        Path archive = dir.resolve("crm-app.jsa");
        ProcessBuilder archiving = new ProcessBuilder(withOptions(List.of(CDS_ARCHIVE_SCRIPT.toString(),
                JAR.toString(), archive.toString())))
                .redirectErrorStream(true).redirectOutput(dir.resolve("training.log").toFile());
        archiving.environment().put("JAVA", java()); // an archive fits only the java that wrote it
        Process training = archiving.start();
        assertThat(training.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(training.exitValue()).as(read("training.log")).isZero();

        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            // -Xshare:on: the JVM refuses to start if it cannot use the archive
            List<String> jvm = new ArrayList<>(RUN_OPTIONS);
            jvm.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive));
            Process app = start(jvm, Map.of("CRM_LOG_FORMAT", "json", "TELEGRAM_BOT_TOKEN", telegram.token(),
                    "TELEGRAM_API_URL", telegram.baseUrl(), "CRM_ADMINS", "1",
                    "CRM_DB_URL", "jdbc:sqlite:" + dir.resolve("crm.db")));
            telegram.sendText(ADMIN, ADMIN.id(), "/help");
            telegram.awaitBotMessages(ADMIN.id(), 1, Duration.ofSeconds(60));
            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<JsonObject> lines = jsonLines();
            assertThat(lines).extracting(line -> line.get("formattedMessage").getAsString())
                    .anySatisfy(message -> assertThat(message).startsWith("Starting LaserTag CRM"))
                    .contains("LaserTag CRM is running", "LaserTag CRM stopped");
            assertThat(lines).allSatisfy(line -> assertThat(line.keySet())
                    .contains("timestamp", "level", "threadName", "loggerName", "mdc", "formattedMessage"));
            assertThat(read("stdout.log")).doesNotContain(telegram.token());
            assertThat(read("stderr.log")).doesNotContain("cds", "sharing");
        }
    }

    @Test
    void withJsonLogsAFailedStartIsSaidInJsonWithoutTheDatabasePassword() throws Exception {
        Process app = start(RUN_OPTIONS, Map.of("CRM_LOG_FORMAT", "JSON",
                "CRM_DB_URL", "jdbc:postgresql://127.0.0.1:1/crm?user=crm&password=hunter2", "CRM_SANDBOX_PORT", "0"));

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(1);
        List<JsonObject> lines = jsonLines();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("level").getAsString()).isEqualTo("ERROR");
            assertThat(line.get("formattedMessage").getAsString()).startsWith("Cannot start: the database at");
        });
        assertThat(read("stdout.log") + read("stderr.log")).doesNotContain("hunter2");
    }

    @Test
    void anUnknownLogFormatStopsStartupWithOneLineNamingTheSetting() throws Exception {
        Process app = start(RUN_OPTIONS, Map.of("CRM_LOG_FORMAT", "xml", "CRM_SANDBOX_PORT", "0"));

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(2);
        assertThat(read("stdout.log")).contains("CRM_LOG_FORMAT: 'xml' must be text or json").doesNotContain("\tat ");
    }

    private static List<String> withOptions(List<String> command) {
        List<String> result = new ArrayList<>(command);
        result.addAll(RUN_OPTIONS);
        return result;
    }

    /** Every line on stdout, each of which must be a JSON object. */
    private List<JsonObject> jsonLines() throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("stdout.log"), StandardCharsets.UTF_8)) {
            try {
                lines.add(JsonParser.parseString(line).getAsJsonObject());
            } catch (RuntimeException notJson) {
                throw new AssertionError("not a JSON object on stdout: " + line, notJson);
            }
        }
        assertThat(lines).as("log lines on stdout").isNotEmpty();
        return lines;
    }

    private Process start(List<String> jvmOptions, Map<String, String> env) throws IOException {
        assertThat(JAR).as("the fat jar is built by the package phase").exists();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectError(dir.resolve("stderr.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("CRM_")
                || key.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
