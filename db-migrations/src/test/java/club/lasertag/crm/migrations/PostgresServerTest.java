package club.lasertag.crm.migrations;

import static club.lasertag.crm.migrations.testing.PostgresServer.choose;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.migrations.testing.PostgresServer.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which PostgreSQL server the tests take; the container path itself needs Docker, so only the choice is tested. */
class PostgresServerTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    @ParameterizedTest(name = "ci={0}, docker={1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void aGivenUrlWinsWhateverElseHolds(boolean ci, boolean docker) {
        assertThat(choose(URL, ci, docker)).isEqualTo(Choice.CONFIGURED_URL);
    }

    @ParameterizedTest(name = "ci={0}")
    @CsvSource({"false", "true"})
    void withoutAUrlAReachableDockerStartsAContainer(boolean ci) {
        assertThat(choose(null, ci, true)).isEqualTo(Choice.CONTAINER);
        assertThat(choose("  ", ci, true)).isEqualTo(Choice.CONTAINER);
    }

    @Test
    void withNeitherADeveloperMachineSkips() {
        assertThat(choose(null, false, false)).isEqualTo(Choice.SKIP);
        assertThat(choose("", false, false)).isEqualTo(Choice.SKIP);
    }

    @Test
    void withNeitherCiFails() {
        assertThat(choose(null, true, false)).isEqualTo(Choice.FAIL);
        assertThat(choose(" ", true, false)).isEqualTo(Choice.FAIL);
    }
}
