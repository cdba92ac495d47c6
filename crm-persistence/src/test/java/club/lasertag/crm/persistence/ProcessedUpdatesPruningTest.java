package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.testing.MutableClock;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessedUpdatesPruningTest {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Test
    void forgetsIdsOlderThanThirtyDays() {
        MutableClock clock = new MutableClock(Instant.parse("2030-06-01T10:00:00Z"), ZoneOffset.UTC);
        JooqProcessedUpdates updates = new JooqProcessedUpdates(sqlite.db(), clock);
        updates.markProcessed(1);
        clock.advance(Duration.ofDays(20));
        updates.markProcessed(2);

        clock.advance(Duration.ofDays(11));
        assertThat(updates.forgetBefore(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);

        assertThat(updates.markProcessed(1)).as("forgotten").isTrue();
        assertThat(updates.markProcessed(2)).as("still remembered").isFalse();
    }
}
