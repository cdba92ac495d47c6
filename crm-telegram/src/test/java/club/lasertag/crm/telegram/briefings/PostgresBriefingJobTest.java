package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import club.lasertag.crm.telegram.schedule.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** On PostgreSQL, also: several instances that all believe they hold the lease still send each message once. */
class PostgresBriefingJobTest extends BriefingJobContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    JooqPorts ports() {
        return postgres.ports();
    }

    @Test
    void instancesRacingForTheSameMorningQueueEachMessageOnce() {
        at(DAY, "09:00");
        List<Scheduler> instances = IntStream.range(0, 4).mapToObj(i -> instance("instance-" + i)).toList();
        CyclicBarrier together = new CyclicBarrier(instances.size());

        CompletableFuture.allOf(instances.stream().map(scheduler -> CompletableFuture.runAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 3; i++) {
                scheduler.tick();
            }
        })).toArray(CompletableFuture[]::new)).join();

        assertThat(queued()).hasSize(3).allSatisfy((chat, messages) -> assertThat(messages).hasSize(1));
    }
}
