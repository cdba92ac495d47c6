package club.lasertag.crm.app;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that run the CRM as a service (README "Operating it"): the Dockerfile parses and says what it must,
 * systemd accepts the unit, and ./run, the image and the unit start the JVM with the same options. (No image can be
 * built where the tests run; the Dockerfile is linted by hand, see the README.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    @Test
    void theDockerfileHasOnlyKnownInstructionsAndRunsTheJarAsANonRootUser() throws Exception {
        List<String> instructions = dockerInstructions();

        assertThat(instructions).allSatisfy(line -> assertThat(INSTRUCTIONS).contains(keyword(line)));
        assertThat(instructions).filteredOn(line -> keyword(line).equals("FROM")).extracting(line -> line.split(" ")[1])
                .containsExactly("maven:3.9-eclipse-temurin-17", "eclipse-temurin:17-jre");
        assertThat(last(instructions, "USER")).isEqualTo("USER lasertag-crm:lasertag-crm");
        assertThat(instructions).contains("STOPSIGNAL SIGTERM", "EXPOSE 8080 8443", "VOLUME [\"/data\"]");
        assertThat(last(instructions, "ENV")).contains("CRM_DB_URL=jdbc:sqlite:/data/crm.db");
        assertThat(last(instructions, "HEALTHCHECK")).contains("http://127.0.0.1:${CRM_HEALTH_PORT}/health");
        List<String> entrypoint = execForm(last(instructions, "ENTRYPOINT"));
        assertThat(entrypoint).startsWith("java").endsWith("-jar", "/opt/lasertag-crm/crm-app.jar");
    }

    @Test
    void runTheImageAndTheUnitStartTheJvmWithTheSameOptions() throws Exception {
        List<String> run = runOptions();
        List<String> instructions = dockerInstructions();
        List<String> entrypoint = execForm(last(instructions, "ENTRYPOINT"));
        List<String> dockerArchive = instructions.stream().filter(line -> line.contains("cds-archive\","))
                .findFirst().map(DeploymentFilesTest::execForm).orElseThrow();
        String unit = Files.readString(ROOT.resolve("deploy/lasertag-crm.service"), StandardCharsets.UTF_8);
        List<String> execStart = words(unitValue(unit, "ExecStart"));
        String execStartPre = unitValue(unit, "ExecStartPre");

        assertThat(run).contains("-XX:TieredStopAtLevel=1", "-Xlog:all=warning:stderr");
        assertThat(entrypoint.subList(1, entrypoint.size() - 3)).as("Dockerfile ENTRYPOINT").isEqualTo(run);
        assertThat(dockerArchive.subList(3, dockerArchive.size())).as("Dockerfile's archive").isEqualTo(run);
        assertThat(execStart.subList(1, execStart.size() - 3)).as("unit's ExecStart").isEqualTo(run);
        assertThat(execStartPre).as("unit's archive").endsWith(String.join(" ", run) + "'");
    }

    @Test
    void systemdAcceptsTheUnit(@TempDir Path dir) throws Exception {
        Optional<Path> analyze = onPath("systemd-analyze");
        if (analyze.isEmpty()) {
            System.err.println("*** SKIPPED: systemd-analyze is not installed (Debian: apt-get install systemd);"
                    + " deploy/lasertag-crm.service was not verified ***");
        }
        Assumptions.assumeTrue(analyze.isPresent(), "systemd-analyze is not installed");
        String unit = Files.readString(ROOT.resolve("deploy/lasertag-crm.service"), StandardCharsets.UTF_8);
        if (!Files.isExecutable(Path.of("/usr/bin/java"))) {
            // verify checks that ExecStart's program exists: here java lives elsewhere
            unit = unit.replace("/usr/bin/java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Path copy = Files.writeString(dir.resolve("lasertag-crm.service"), unit, StandardCharsets.UTF_8);

        Process verify = new ProcessBuilder(analyze.get().toString(), "verify", copy.toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output).as("warnings about the unit").doesNotContain("lasertag-crm.service");
    }

    /** The JVM options in ./run's {@code jvm=(...)}. */
    private static List<String> runOptions() throws Exception {
        String run = Files.readString(ROOT.resolve("run"), StandardCharsets.UTF_8);
        Matcher options = Pattern.compile("(?m)^jvm=\\((.*)\\)$").matcher(run);
        assertThat(options.find()).as("./run sets jvm=(...)").isTrue();
        return words(options.group(1));
    }

    /** The Dockerfile's instructions, continuation lines joined, comments and blank lines dropped. */
    private static List<String> dockerInstructions() throws Exception {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                instructions.add(current.append(stripped).toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        assertThat(current).as("a continued last line").isEmpty();
        return instructions;
    }

    private static String keyword(String instruction) {
        return instruction.split(" ", 2)[0];
    }

    private static String last(List<String> instructions, String keyword) {
        return instructions.stream().filter(line -> keyword(line).equals(keyword)).reduce((a, b) -> b).orElseThrow();
    }

    /** The JSON array of an exec-form instruction, e.g. {@code ENTRYPOINT ["java", "-jar", ...]}. */
    private static List<String> execForm(String instruction) {
        String array = instruction.substring(instruction.indexOf('['));
        List<String> words = new ArrayList<>();
        JsonParser.parseString(array).getAsJsonArray().forEach(word -> words.add(word.getAsString()));
        return words;
    }

    private static String unitValue(String unit, String key) {
        Matcher value = Pattern.compile("(?m)^" + key + "=(.*)$").matcher(unit);
        assertThat(value.find()).as(key).isTrue();
        return value.group(1);
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.strip().split("\\s+")).toList();
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
