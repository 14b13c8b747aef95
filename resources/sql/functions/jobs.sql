-- Background jobs: every counter runs the scheduler, but a job runs on one
-- client at a time (pg_try_advisory_xact_lock inside the job's own
-- transaction) and at most once per period across the whole deployment (the
-- last recorded run decides). Each run is recorded and broadcast; a job whose
-- body raises is recorded (job_run.error) and broadcast as a failed run, and
-- answered {"ok": false, "code": "job_failed"}; what the body did is rolled
-- back.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-- Runs p_job unless another client is running it right now or it ran less
-- than p_period_seconds ago (a little slack for timers that drift).
-- Answers {"ok": true, "ran": bool, "rows": n, ...}. The health check also
-- records the level of each finding; the deep cleanup purges old job runs
-- and counter activity and refreshes the planner's statistics.
CREATE OR REPLACE FUNCTION run_job(p_job text, p_client text, p_period_seconds integer)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_started timestamptz := clock_timestamp();
    v_last    timestamptz;
    v_answer  jsonb;
    v_rows    integer := 0;
    v_ms      double precision;
    v_error   text;
    v_state   text;
    v_purged  integer;
    -- Which client ran it: a staff login's runs carry the login, whatever
    -- the client calls itself.
    v_client  text := CASE WHEN is_staff_login(session_user) THEN session_user || ' @ ' || coalesce(p_client, '')
                           ELSE p_client END;
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

    BEGIN
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
            -- And the level of each finding (with the default thresholds).
            SELECT v_answer || jsonb_build_object('findings', coalesce(jsonb_object_agg(f ->> 'kind', f ->> 'level'), '{}'))
              INTO v_answer
              FROM jsonb_array_elements(health_findings('{}') -> 'findings') f;
        ELSE
            -- Deep cleanup: what is past its retention, and fresh statistics.
            WITH old AS (DELETE FROM job_run WHERE started_at < now() - interval '30 days' RETURNING 1)
            SELECT count(*) INTO v_rows FROM old;
            WITH old AS (DELETE FROM terminal_activity WHERE minute < now() - interval '7 days' RETURNING 1)
            SELECT count(*) INTO v_purged FROM old;
            v_answer := jsonb_build_object('job_runs_purged', v_rows, 'activity_purged', v_purged,
                                           'holds', expire_holds(100000));
            v_rows := v_rows + v_purged;
            ANALYZE show_seat;
            ANALYZE orders;
            ANALYZE order_seat;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        -- Whatever the body did is rolled back; the failure is recorded.
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_error = MESSAGE_TEXT;
        v_answer := jsonb_build_object('sqlstate', v_state);
        v_rows := 0;
    END;

    v_ms := extract(epoch FROM clock_timestamp() - v_started) * 1000;
    INSERT INTO job_run (job, client, started_at, duration_ms, rows, error, detail)
    VALUES (p_job, v_client, v_started, v_ms, coalesce(v_rows, 0), v_error, coalesce(v_answer, '{}'));
    PERFORM pg_notify('boxoffice_jobs', jsonb_build_object('job', p_job, 'client', v_client,
                                                           'rows', coalesce(v_rows, 0), 'ms', round(v_ms::numeric, 1),
                                                           'failed', v_error IS NOT NULL)::text);
    IF v_error IS NOT NULL THEN
        RETURN jsonb_build_object('ok', false, 'code', 'job_failed', 'job', p_job, 'error', v_error,
                                  'sqlstate', v_state, 'duration_ms', v_ms);
    END IF;
    RETURN jsonb_build_object('ok', true, 'ran', true, 'rows', coalesce(v_rows, 0), 'duration_ms', v_ms,
                              'detail', v_answer);
END $$;
REVOKE ALL ON FUNCTION run_job(text, text, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION run_job(text, text, integer) TO boxoffice_clerk;
