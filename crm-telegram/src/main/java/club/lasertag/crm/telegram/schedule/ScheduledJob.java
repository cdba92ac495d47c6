package club.lasertag.crm.telegram.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Work that runs once per occasion, across instances and restarts ({@link Scheduler}). An occasion names one run:
 * a club-local date for a daily job (the morning plan of that day), the number of the period for a periodic one.
 */
public interface ScheduledJob {

    /** The job's name: its lease and its runs are recorded under it (at most 64 characters). */
    String name();

    /** How soon after an occasion begins the job should have run for it: the scheduler looks at least this often. */
    Duration checkEvery();

    /** The occasion due at {@code now} (at most 64 characters): the job runs once for it. */
    String occasion(Instant now);

    /**
     * Does the job's work for {@code occasion}, inside the unit of work that records the run: whatever it writes
     * through the ports commits with the record or not at all. Keep it short; make no network call (write to the
     * outbox instead).
     */
    void run(String occasion, Instant now);
}
