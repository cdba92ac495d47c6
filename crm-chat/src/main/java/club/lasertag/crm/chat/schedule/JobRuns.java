package club.lasertag.crm.chat.schedule;

import java.time.Instant;

/**
 * Outgoing port: the occasions on which each scheduled job ran (an occasion names one run of a job, e.g. a club-local
 * date for a daily job). Recording an occasion a second time fails, whichever instance tries and however often it
 * restarts; record it in the {@linkplain club.lasertag.crm.chat.tx.UnitOfWork unit of work} of the job's work, so that
 * the record and the work commit together: once per occasion in effect.
 */
public interface JobRuns {

    /**
     * Records that {@code job} runs for {@code occasion} on {@code instance} at {@code at}; {@code false} if that
     * occasion was recorded before (by any instance), so it is not to run again. Two callers at once: one
     * {@code true}, the other waits for the first's unit of work and gets {@code false} if it committed.
     */
    boolean record(String job, String occasion, String instance, Instant at);

    /** Forgets the runs recorded before {@code cutoff}; returns how many. */
    int forgetBefore(Instant cutoff);
}
