package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_JOB_RUNS;

import club.lasertag.crm.chat.schedule.JobRuns;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * {@link JobRuns} in {@code crm_job_runs}, keyed by (job, occasion). {@code INSERT ... ON CONFLICT DO NOTHING} makes
 * the check and the record one statement: a second instance recording the same occasion at once waits for the
 * first's transaction (PostgreSQL) or for the write lock (SQLite), and inserts nothing if the first committed.
 */
final class JooqJobRuns implements JobRuns {

    private final DSLContext db;

    JooqJobRuns(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean record(String job, String occasion, String instance, Instant at) {
        return db.insertInto(CRM_JOB_RUNS)
                .set(CRM_JOB_RUNS.JOB, job)
                .set(CRM_JOB_RUNS.OCCASION, occasion)
                .set(CRM_JOB_RUNS.INSTANCE, instance)
                .set(CRM_JOB_RUNS.RAN_AT, Timestamps.toDb(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return db.deleteFrom(CRM_JOB_RUNS).where(CRM_JOB_RUNS.RAN_AT.lt(Timestamps.toDb(cutoff))).execute();
    }
}
