package club.lasertag.crm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Migrations#main} runs in a child JVM: it calls System.exit. */
class MigrationsMainTest {

    @Test
    void unknownUrlSchemeExitsWith2AndOneClearLine() throws Exception {
        Result result = runMain("jdbc:mysql://localhost/crm");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr.strip().lines()).hasSize(1);
        assertThat(result.stderr).contains("Unsupported JDBC URL 'jdbc:mysql://localhost/crm'")
                .doesNotContain("Exception");
    }

    @Test
    void noArgumentsPrintsUsageAndExitsWith2() throws Exception {
        Result result = runMain();

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr.strip().lines()).hasSize(1);
        assertThat(result.stderr).contains("usage: Migrations <jdbc:postgresql:");
    }

    @Test
    void migratesASqliteFileIncludingMissingParentDirectories() throws Exception {
        String url = "jdbc:sqlite:" + Path.of("target", "sqlite-tests", "main-" + System.nanoTime(), "nested", "crm.db");

        Result result = runMain(url);

        assertThat(result.exitCode).as(result.stderr).isZero();
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM crm_clients")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theApiRejectsAnUnknownSchemeWithAnIllegalArgument() {
        assertThatThrownBy(() -> Migrations.migrate("jdbc:h2:mem:x", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:mem:x");
    }

    private static Result runMain(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java, "-cp", System.getProperty("java.class.path"), Migrations.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stderr);
    }

    private record Result(int exitCode, String stderr) {}
}
