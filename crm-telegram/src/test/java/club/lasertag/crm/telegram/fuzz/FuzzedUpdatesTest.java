package club.lasertag.crm.telegram.fuzz;

import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import club.lasertag.crm.persistence.testing.TestPorts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: anything a Telegram user sends gives an answer, never a stack trace. {@value FuzzRun#DEFAULT_UPDATES}
 * fuzzed updates per database ({@link FuzzedUpdates}: control characters, NUL, lone surrogates, bidi marks,
 * walls of text, forged callback data, every update kind) through the whole bot; see {@link FuzzRun} for what
 * counts as a finding. The seed is fixed, so the build is repeatable; explore with
 * {@code -Dfuzz.seed=random -Dfuzz.updates=50000} and pin what a seed finds with a focused regression test.
 */
class FuzzedUpdatesTest {

    private static final long SEED = 9_2024_0909L;

    @Nested
    class OnSqlite {

        @RegisterExtension
        static final SqliteTestPorts sqlite = new SqliteTestPorts();

        @Test
        void tenThousandFuzzedUpdatesGetAnswersAndNoStackTrace() {
            fuzz(sqlite, "SQLite");
        }
    }

    @Nested
    class OnPostgres {

        @RegisterExtension
        static final PostgresTestPorts postgres = new PostgresTestPorts();

        @Test
        void tenThousandFuzzedUpdatesGetAnswersAndNoStackTrace() {
            fuzz(postgres, "PostgreSQL");
        }
    }

    private static void fuzz(TestPorts database, String name) {
        FuzzRun.Outcome outcome = FuzzRun.run(database.ports(), FuzzRun.seed(SEED), FuzzRun.updates());

        System.out.println(outcome.summary(name));
        assertThat(outcome.findings()).as(outcome.summary(name) + "; first findings:\n"
                + String.join("\n", outcome.findings().subList(0, Math.min(15, outcome.findings().size()))))
                .isEmpty();
    }
}
