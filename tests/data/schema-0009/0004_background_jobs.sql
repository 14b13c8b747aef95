-- Background jobs: every counter runs the scheduler, but a job runs on one
-- client at a time (pg_try_advisory_xact_lock inside the job's own
-- transaction) and at most once per period across the whole deployment (the
-- last recorded run decides). Each run is recorded and broadcast.
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

-- Runs p_job unless another client is running it right now or it ran less
-- than p_period_seconds ago (a little slack for timers that drift).
-- Answers {"ok": true, "ran": bool, "rows": n, ...}.
CREATE FUNCTION run_job(p_job text, p_client text, p_period_seconds integer)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_started timestamptz := clock_timestamp();
    v_last    timestamptz;
    v_answer  jsonb;
    v_rows    integer := 0;
    v_ms      double precision;
BEGIN
    IF p_job NOT IN ('expire_holds', 'expire_orders', 'health_check', 'deep_cleanup') THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'job');
    END IF;
    IF p_period_seconds IS NULL OR p_period_seconds < 1 THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_duration');
    END IF;
    IF NOT pg_try_advisory_xact_lock(hashtext('boxoffice.job.' || p_job)) THEN
        RETURN jsonb_build_object('ok', true, 'ran', false, 'reason', 'running elsewhere');
    END IF;
    SELECT max(started_at) INTO v_last FROM job_run WHERE job = p_job;
    IF v_last IS NOT NULL AND v_last > v_started - make_interval(secs => p_period_seconds * 0.9) THEN
        RETURN jsonb_build_object('ok', true, 'ran', false, 'reason', 'ran recently', 'last', v_last);
    END IF;

    IF p_job = 'expire_holds' THEN
        v_answer := expire_holds();
        v_rows := (v_answer ->> 'released')::integer;
    ELSIF p_job = 'expire_orders' THEN
        v_answer := expire_orders();
        v_rows := (v_answer ->> 'expired')::integer;
    ELSIF p_job = 'health_check' THEN
        -- The figures the health dashboard starts from.
        SELECT jsonb_build_object(
                   'held_seats', count(*) FILTER (WHERE state = 'held' AND held_until > now() AND order_id IS NULL),
                   'lapsed_holds', count(*) FILTER (WHERE state = 'held' AND held_until <= now()),
                   'sold_seats', count(*) FILTER (WHERE state = 'sold'),
                   'orphaned_bookings', (SELECT count(*) FROM show_seat ss JOIN orders o ON o.id = ss.order_id
                                          WHERE o.status IN ('cancelled', 'expired')),
                   'pending_orders', (SELECT count(*) FROM orders WHERE status = 'pending'))
          INTO v_answer
          FROM show_seat;
        v_rows := (v_answer ->> 'orphaned_bookings')::integer + (v_answer ->> 'lapsed_holds')::integer;
    ELSE
        -- Deep cleanup: what is past its retention, and fresh statistics.
        WITH old AS (DELETE FROM job_run WHERE started_at < now() - interval '30 days' RETURNING 1)
        SELECT count(*) INTO v_rows FROM old;
        v_answer := jsonb_build_object('job_runs_purged', v_rows, 'holds', expire_holds(100000));
        ANALYZE show_seat;
        ANALYZE orders;
        ANALYZE order_seat;
    END IF;

    v_ms := extract(epoch FROM clock_timestamp() - v_started) * 1000;
    INSERT INTO job_run (job, client, started_at, duration_ms, rows, detail)
    VALUES (p_job, p_client, v_started, v_ms, coalesce(v_rows, 0), coalesce(v_answer, '{}'));
    PERFORM pg_notify('boxoffice_jobs', jsonb_build_object('job', p_job, 'client', p_client,
                                                           'rows', coalesce(v_rows, 0), 'ms', round(v_ms::numeric, 1))::text);
    RETURN jsonb_build_object('ok', true, 'ran', true, 'rows', coalesce(v_rows, 0), 'duration_ms', v_ms,
                              'detail', v_answer);
END $$;
