package club.lasertag.crm.telegram.schedule;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.chat.schedule.JobRuns;
import club.lasertag.crm.chat.tx.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link ScheduledJob} once per occasion across instances. Every tick (the shortest
 * {@link ScheduledJob#checkEvery} of the jobs, at most {@link #MAX_TICK}), for each job whose lease this instance
 * holds ({@link JobLeases}: one instance at a time, another takes over when it dies), it asks the job for the occasion
 * due now and, in one unit of work, records the run ({@link JobRuns}: an occasion recorded before is not run again)
 * and does the job's work. The lease keeps the other instances idle; the record makes a second run of an occasion
 * impossible even when two instances race (a holder that stalled past losing its lease, a restart): the loser's unit
 * of work finds the occasion recorded and does nothing.
 *
 * <p>An occasion that passed while no instance held the lease (the holder died, the next took over a tick later) is
 * not caught up: a job that must not miss one declares occasions that last long enough (a day).
 */
public final class Scheduler implements AutoCloseable {

    /** The scheduler looks at its jobs at least this often. */
    static final Duration MAX_TICK = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final List<ScheduledJob> jobs;
    private final JobLeases leases;
    private final JobRuns runs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final String instance;
    private ScheduledExecutorService ticks;

    /** @param instance this instance's name, recorded with each run */
    public Scheduler(List<ScheduledJob> jobs, JobLeases leases, JobRuns runs, UnitOfWork unitOfWork, Clock clock,
            String instance) {
        this.jobs = List.copyOf(jobs);
        this.leases = Objects.requireNonNull(leases, "leases");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    /** Starts ticking on a thread of its own. */
    public synchronized void start() {
        if (ticks != null || jobs.isEmpty()) {
            return;
        }
        long tick = jobs.stream().map(ScheduledJob::checkEvery).min(Duration::compareTo).orElse(MAX_TICK)
                .toMillis();
        tick = Math.max(50, Math.min(tick, MAX_TICK.toMillis()));
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduler");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
        log.info("scheduler: {} job(s), looking every {} ms, as instance {}", jobs.size(), tick, instance);
    }

    /** One look at every job: runs those whose lease this instance holds and whose occasion did not run. Never throws. */
    public void tick() {
        for (ScheduledJob job : jobs) {
            try {
                if (leases.hold(job.name())) {
                    runIfDue(job);
                }
            } catch (RuntimeException e) {
                log.warn("job {}: {}; trying again at the next tick", job.name(), e.toString());
            }
        }
    }

    /** Runs {@code job} for the occasion due now unless it ran for it; true if it ran now. */
    boolean runIfDue(ScheduledJob job) {
        Instant now = clock.instant();
        String occasion = job.occasion(now);
        boolean ran = unitOfWork.inTransaction(() -> {
            if (!runs.record(job.name(), occasion, instance, now)) {
                return false;
            }
            job.run(occasion, now);
            return true;
        });
        if (ran) {
            log.info("job {} ran for occasion {} on instance {}", job.name(), occasion, instance);
        }
        return ran;
    }

    /** Stops ticking and gives up this instance's leases, so another instance takes them over at once. */
    @Override
    public synchronized void close() {
        if (ticks != null) {
            ticks.shutdownNow();
            try {
                ticks.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticks = null;
        }
        leases.close();
    }
}
