package club.lasertag.crm.telegram.schedule;

import club.lasertag.crm.chat.schedule.JobRuns;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets what only grows: the ids of processed updates (Telegram re-delivers only recent updates; a day would do,
 * {@link #KEPT} is generous) and the records of job runs older than {@link #KEPT}. Once per period: its occasion is
 * the number of the period since the epoch (with the default period of a day: the UTC day).
 */
public final class Housekeeping implements ScheduledJob {

    /** How long processed-update ids and job runs are kept. */
    public static final Duration KEPT = Duration.ofDays(30);
    /** Once a day unless configured. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final ProcessedUpdates processed;
    private final JobRuns runs;
    private final Duration period;

    public Housekeeping(ProcessedUpdates processed, JobRuns runs, Duration period) {
        this.processed = Objects.requireNonNull(processed, "processed");
        this.runs = Objects.requireNonNull(runs, "runs");
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("period must be at least 1 ms: " + period);
        }
        this.period = period;
    }

    @Override
    public String name() {
        return "housekeeping";
    }

    @Override
    public Duration checkEvery() {
        return period.dividedBy(4).isZero() ? period : period.dividedBy(4);
    }

    @Override
    public String occasion(Instant now) {
        return String.valueOf(Math.floorDiv(now.toEpochMilli(), period.toMillis()));
    }

    @Override
    public void run(String occasion, Instant now) {
        int updates = processed.forgetBefore(now.minus(KEPT));
        int jobRuns = runs.forgetBefore(now.minus(KEPT));
        if (updates + jobRuns > 0) {
            log.info("housekeeping: forgot {} processed update id(s) and {} job run(s) older than {} days", updates,
                    jobRuns, KEPT.toDays());
        }
    }
}
