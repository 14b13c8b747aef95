-- Background jobs: every counter runs the scheduler, but a job runs on one
-- client at a time (pg_try_advisory_xact_lock inside the job's own
-- transaction) and at most once per period across the whole deployment (the
-- last recorded run decides). Each run is recorded here and broadcast
-- (run_job, resources/sql/functions/jobs.sql).
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE job_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          text NOT NULL CHECK (job IN ('expire_holds', 'expire_orders', 'health_check', 'deep_cleanup')),
    client       text NOT NULL,
    started_at   timestamptz NOT NULL,
    duration_ms  double precision NOT NULL,
    rows         integer NOT NULL DEFAULT 0,
    error        text,
    detail       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX job_run_job_idx ON job_run (job, started_at DESC);

