package club.lasertag.crm.telegram.schedule;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.chat.testing.InMemoryJobRuns;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;
import club.lasertag.crm.chat.testing.InMemoryUnitOfWork;
import club.lasertag.crm.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheduled jobs run once per occasion across instances: on the lease holder, and never twice for an occasion. */
class SchedulerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-06-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryJobRuns runs = new InMemoryJobRuns(unitOfWork);
    /** The job's lease, shared by the instances as a lease row would be: job -> holder. */
    private final Map<String, String> leaseHolders = new ConcurrentHashMap<>();
    private final List<String> work = new ArrayList<>();

    @Test
    void onlyTheLeaseHolderRunsAJobOncePerOccasionAndAnotherTakesOverWhenItDies() {
        CountingJob job = new CountingJob(Duration.ofMinutes(1));
        Scheduler first = instance("first", job);
        Scheduler second = instance("second", job);

        for (int i = 0; i < 3; i++) {
            first.tick();
            second.tick();
        }
        clock.advance(Duration.ofMinutes(1));
        second.tick();
        first.tick();

        assertThat(work).containsExactly("first:" + occasion(0), "first:" + occasion(1));

        first.close(); // its session ends: the lease is free
        second.tick();
        clock.advance(Duration.ofMinutes(1));
        second.tick();
        second.tick();

        assertThat(work).containsExactly("first:" + occasion(0), "first:" + occasion(1), "second:" + occasion(2));
        assertThat(runs.runs()).extracting(InMemoryJobRuns.Run::instance)
                .containsExactlyInAnyOrder("first", "first", "second");
    }

    @Test
    void twoInstancesBothBelievingTheyHoldTheLeaseStillRunAnOccasionOnce() {
        CountingJob job = new CountingJob(Duration.ofMinutes(1));
        Scheduler stalled = new Scheduler(List.of(job), alwaysHeld(), runs, unitOfWork, clock, "stalled");
        Scheduler taker = new Scheduler(List.of(job), alwaysHeld(), runs, unitOfWork, clock, "taker");

        taker.tick();
        stalled.tick();
        taker.tick();

        assertThat(work).containsExactly("taker:" + occasion(0));
    }

    @Test
    void anOccasionWhoseWorkFailedIsNotRecordedAndRunsAtTheNextTick() {
        CountingJob job = new CountingJob(Duration.ofMinutes(1));
        job.failures = 1;
        Scheduler scheduler = instance("only", job);

        scheduler.tick();
        assertThat(runs.runs()).isEmpty();
        scheduler.tick();

        assertThat(work).containsExactly("only:" + occasion(0));
        assertThat(runs.runs()).singleElement().extracting(InMemoryJobRuns.Run::occasion).isEqualTo(occasion(0));
    }

    @Test
    void housekeepingForgetsProcessedUpdatesAndJobRunsOlderThanThirtyDaysOncePerPeriod() {
        InMemoryProcessedUpdates processed = new InMemoryProcessedUpdates(clock, unitOfWork);
        processed.markProcessed(1);
        runs.record("other", "old", "first", clock.instant());
        clock.advance(Duration.ofDays(20));
        processed.markProcessed(2);
        clock.advance(Duration.ofDays(11));
        Housekeeping housekeeping = new Housekeeping(processed, runs, Duration.ofDays(1));

        instance("first", housekeeping).tick();

        assertThat(processed.markProcessed(1)).as("forgotten").isTrue();
        assertThat(processed.markProcessed(2)).as("kept").isFalse();
        assertThat(runs.runs()).extracting(InMemoryJobRuns.Run::job).containsExactly("housekeeping");
        assertThat(housekeeping.occasion(Instant.parse("1970-01-03T23:59:59Z"))).isEqualTo("2");
        assertThatThrownBy(() -> new Housekeeping(processed, runs, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Scheduler instance(String name, ScheduledJob job) {
        return new Scheduler(List.of(job), lease(name), runs, unitOfWork, clock, name);
    }

    /** The occasion of a one-minute job {@code minutes} after the test began. */
    private static String occasion(int minutes) {
        return String.valueOf(Instant.parse("2030-06-01T10:00:00Z").getEpochSecond() / 60 + minutes);
    }

    /** A lease as one row per job: taken when free, kept by its holder, freed when the holder closes. */
    private JobLeases lease(String instance) {
        return new JobLeases() {
            @Override
            public boolean hold(String job) {
                return leaseHolders.computeIfAbsent(job, free -> instance).equals(instance);
            }

            @Override
            public void close() {
                leaseHolders.values().removeIf(instance::equals);
            }
        };
    }

    private static JobLeases alwaysHeld() {
        return new JobLeases() {
            @Override
            public boolean hold(String job) {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Records which instance did its work for which occasion; fails its first {@code failures} runs. */
    private final class CountingJob implements ScheduledJob {

        private final Duration period;
        int failures;

        CountingJob(Duration period) {
            this.period = period;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Duration checkEvery() {
            return period;
        }

        @Override
        public String occasion(Instant now) {
            return String.valueOf(now.getEpochSecond() / period.toSeconds());
        }

        @Override
        public void run(String occasion, Instant now) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("the job failed");
            }
            List<InMemoryJobRuns.Run> recorded = runs.runs();
            String instance = recorded.stream().filter(run -> run.occasion().equals(occasion)).findFirst()
                    .orElseThrow().instance();
            work.add(instance + ":" + occasion);
        }
    }
}
