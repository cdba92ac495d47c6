-- Kept in lockstep with ../sqlite/V7__several_instances.sql.
--
-- Several instances on one database (PostgreSQL only; SQLite stays single-instance).
--
-- Claims with an expiry on the inbox and the outbox: the instance that stores an update (or appends a reply) holds
-- its row until claimed_until; a row whose claim lapsed (its instance died, or gave it back) is claimed by whichever
-- live instance asks first (SELECT ... FOR UPDATE SKIP LOCKED), so two instances never take the same row at once and
-- a dead instance's rows are taken over. Old rows get the epoch: free to claim.
ALTER TABLE crm_inbox ADD COLUMN claimed_until timestamp NOT NULL DEFAULT '1970-01-01 00:00:00';
ALTER TABLE crm_outbox ADD COLUMN claimed_until timestamp NOT NULL DEFAULT '1970-01-01 00:00:00';
CREATE INDEX crm_outbox_claimed_until ON crm_outbox (claimed_until);
CREATE INDEX crm_inbox_claimed_until ON crm_inbox (claimed_until);

-- One row per run of a scheduled job and occasion (e.g. a club-local date): the primary key makes a second run of
-- the same occasion impossible, whichever instance tries and however often it restarts. The row is written in the
-- transaction of the job's work. instance names who ran it (for operators and tests).
CREATE TABLE crm_job_runs (
    job      varchar(64)  NOT NULL,
    occasion varchar(64)  NOT NULL,
    instance varchar(128) NOT NULL DEFAULT '',
    ran_at   timestamp    NOT NULL DEFAULT timezone('utc', now()),
    PRIMARY KEY (job, occasion)
);
CREATE INDEX crm_job_runs_ran_at ON crm_job_runs (ran_at);
