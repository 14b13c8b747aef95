-- Health monitoring. Every counter sends a heartbeat (terminal_heartbeat):
-- it is seen, who is signed in there, and what its engine did since the last
-- beat, added into a per-minute bucket — so a supervisor on another machine
-- sees every counter. health_findings() names what is wrong (orphaned
-- bookings, stale locks, a counter tripping the duplicate guards, counters
-- gone silent, jobs failing or late, replication, gate stations gone
-- silent, a gate refusing many scans); dashboard_figures() gives the
-- supervisor's dashboard its figures in one round trip.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-- A count from a heartbeat's document: a non-negative whole number, 0 if
-- missing or not a number (a beat never subtracts).
CREATE OR REPLACE FUNCTION activity_count(p_counts jsonb, p_key text)
RETURNS integer LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT CASE WHEN jsonb_typeof(p_counts -> p_key) = 'number'
                THEN least(greatest(floor((p_counts ->> p_key)::numeric), 0), 1000000)::integer
                ELSE 0 END
$$;
REVOKE ALL ON FUNCTION activity_count(jsonb, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A threshold from health_findings' document, or its default.
CREATE OR REPLACE FUNCTION health_threshold(p_thresholds jsonb, p_key text, p_default numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT CASE WHEN jsonb_typeof(p_thresholds -> p_key) = 'number' AND (p_thresholds ->> p_key)::numeric >= 0
                THEN (p_thresholds ->> p_key)::numeric
                ELSE p_default END
$$;
REVOKE ALL ON FUNCTION health_threshold(jsonb, text, numeric)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION epoch_of(p_at timestamptz)
RETURNS numeric LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT round(extract(epoch FROM p_at), 3)
$$;
REVOKE ALL ON FUNCTION epoch_of(timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- heartbeat

-- p_counts: {"beat": uuid, "holds": n, "sells": n, "conflicts": n,
-- "dup_level1".."dup_level4": n, "rate_limited": n, "errors": n,
-- "signed_off": bool} — the counts are deltas since the previous beat that
-- was answered. The same beat id twice (a retry after a lost reply) counts
-- once.
CREATE OR REPLACE FUNCTION terminal_heartbeat(p_terminal integer, p_clerk integer, p_counts jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_counts    jsonb := coalesce(p_counts, '{}'::jsonb);
    v_beat      uuid;
    v_last_beat uuid;
    v_minute    timestamptz := date_trunc('minute', now());
    v_a         terminal_activity%ROWTYPE;
    v_terminal  integer;
    v_clerk     integer;
BEGIN
    IF jsonb_typeof(v_counts) <> 'object' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'counts');
    END IF;
    IF v_counts ? 'beat' THEN
        BEGIN
            v_beat := (v_counts ->> 'beat')::uuid;
        EXCEPTION WHEN invalid_text_representation THEN
            RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'beat');
        END;
    END IF;
    -- A staff login beats for its session's counter, as itself; the owner
    -- names them.
    BEGIN
        v_terminal := acting_counter(p_terminal);
        v_clerk := acting_clerk(p_clerk);
    EXCEPTION WHEN SQLSTATE 'BX001' THEN
        RETURN SQLERRM::jsonb;
    END;
    IF v_clerk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff WHERE id = v_clerk) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_clerk', 'clerk', v_clerk);
    END IF;
    -- NO KEY: a sale's foreign-key check on this terminal is not held up.
    SELECT last_beat INTO v_last_beat FROM terminal WHERE id = v_terminal FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'terminal', v_terminal);
    END IF;
    UPDATE terminal
       SET last_seen = now(), clerk_id = v_clerk,
           last_beat = coalesce(v_beat, gen_random_uuid()),
           signed_off = coalesce(v_counts -> 'signed_off' = 'true'::jsonb, false)
     WHERE id = v_terminal;
    -- The caller's session at this counter is alive.
    UPDATE counter_session SET last_seen = now()
     WHERE terminal_id = v_terminal AND login = session_user AND closed_at IS NULL;
    IF v_beat IS NOT NULL AND v_beat = v_last_beat THEN
        RETURN jsonb_build_object('ok', true, 'replayed', true, 'minute', epoch_of(v_minute));
    END IF;

    v_a.holds := activity_count(v_counts, 'holds');
    v_a.sells := activity_count(v_counts, 'sells');
    v_a.conflicts := activity_count(v_counts, 'conflicts');
    v_a.dup_level1 := activity_count(v_counts, 'dup_level1');
    v_a.dup_level2 := activity_count(v_counts, 'dup_level2');
    v_a.dup_level3 := activity_count(v_counts, 'dup_level3');
    v_a.dup_level4 := activity_count(v_counts, 'dup_level4');
    v_a.rate_limited := activity_count(v_counts, 'rate_limited');
    v_a.errors := activity_count(v_counts, 'errors');
    -- An idle minute leaves no row.
    IF v_a.holds + v_a.sells + v_a.conflicts + v_a.dup_level1 + v_a.dup_level2 + v_a.dup_level3
       + v_a.dup_level4 + v_a.rate_limited + v_a.errors > 0 THEN
        INSERT INTO terminal_activity AS a (terminal_id, minute, holds, sells, conflicts, dup_level1, dup_level2,
                                            dup_level3, dup_level4, rate_limited, errors)
        VALUES (v_terminal, v_minute, v_a.holds, v_a.sells, v_a.conflicts, v_a.dup_level1, v_a.dup_level2,
                v_a.dup_level3, v_a.dup_level4, v_a.rate_limited, v_a.errors)
        ON CONFLICT (terminal_id, minute) DO UPDATE
           SET holds = a.holds + EXCLUDED.holds,
               sells = a.sells + EXCLUDED.sells,
               conflicts = a.conflicts + EXCLUDED.conflicts,
               dup_level1 = a.dup_level1 + EXCLUDED.dup_level1,
               dup_level2 = a.dup_level2 + EXCLUDED.dup_level2,
               dup_level3 = a.dup_level3 + EXCLUDED.dup_level3,
               dup_level4 = a.dup_level4 + EXCLUDED.dup_level4,
               rate_limited = a.rate_limited + EXCLUDED.rate_limited,
               errors = a.errors + EXCLUDED.errors;
    END IF;
    RETURN jsonb_build_object('ok', true, 'replayed', false, 'minute', epoch_of(v_minute));
END $$;
REVOKE ALL ON FUNCTION terminal_heartbeat(integer, integer, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION terminal_heartbeat(integer, integer, jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- replication barrier

-- Run by every new connection of the app before it reads anything
-- (Database::connection): a write whose commit waits, like a sale's, until
-- a synchronous standby has all the WAL before it. A primary that was killed
-- and restarted replays commits no standby has (their callers were never
-- answered); after the barrier they are on a standby too, so what this
-- connection reads of them ("already sold" under a lost sale's key) stays
-- true after a failover. Answers the passes so far. (Migration
-- 0026_replication_barrier: why a transaction id alone is no barrier.)
-- One of 64 slots no other barrier holds (SKIP LOCKED): barriers of
-- counters reconnecting together do not wait for one another; with all 64
-- held (more than 64 connections opening at once) it waits for one.
CREATE OR REPLACE FUNCTION replication_barrier()
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_slot smallint;
    v_passes bigint;
BEGIN
    SELECT slot INTO v_slot FROM replication_barrier LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        v_slot := 1 + floor(random() * 64)::smallint;
    END IF;
    UPDATE replication_barrier SET passes = passes + 1, last_pass = now() WHERE slot = v_slot
    RETURNING passes INTO v_passes;
    RETURN v_passes;
END $$;
REVOKE ALL ON FUNCTION replication_barrier() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager,
    boxoffice_gate;
GRANT EXECUTE ON FUNCTION replication_barrier() TO boxoffice_clerk, boxoffice_gate;

-------------------------------------------------------------------------------
-- health findings

-- p_thresholds (every key optional; defaults in brackets):
--   stale_lock_minutes [2], stale_lock_critical_minutes [15],
--   duplicate_window_minutes [10], duplicate_absolute [20],
--   duplicate_relative [5] (times the other counters' median),
--   duplicate_critical [100],
--   offline_warning_seconds [120], offline_critical_seconds [600],
--   offline_lookback_hours [24],
--   job_periods {"expire_holds": 60, "expire_orders": 300,
--                "health_check": 600, "deep_cleanup": 3600} (seconds),
--   job_late_factor [2], row_limit [200],
--   expected_standbys [1 when synchronous_standby_names is set, else 0],
--   replication_lag_seconds [10],
--   gate_offline_warning_seconds [120], gate_offline_critical_seconds [600],
--   gate_watch_hours [6] (a gate station is watched until its show started
--   this long ago),
--   gate_refusal_window_minutes [5], gate_refusal_minimum [10] (refused
--   scans a gate must reach in the window), gate_refusal_share [0.25] (of
--   its scans: warning), gate_refusal_critical_share [0.5].
-- Answers {"ok": true, "at": epoch, "level": worst, "findings": [{kind,
-- level (ok|warning|critical), count, rows: [{...}]}]} with every kind
-- present, in a fixed order; rows are the first row_limit of count.
CREATE OR REPLACE FUNCTION health_findings(p_thresholds jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_t              jsonb := CASE WHEN jsonb_typeof(p_thresholds) = 'object' THEN p_thresholds ELSE '{}' END;
    v_limit          integer := health_threshold(v_t, 'row_limit', 200)::integer;
    v_stale          numeric := health_threshold(v_t, 'stale_lock_minutes', 2);
    v_stale_crit     numeric := health_threshold(v_t, 'stale_lock_critical_minutes', 15);
    v_dup_window     numeric := greatest(health_threshold(v_t, 'duplicate_window_minutes', 10), 1);
    v_dup_abs        numeric := health_threshold(v_t, 'duplicate_absolute', 20);
    v_dup_rel        numeric := health_threshold(v_t, 'duplicate_relative', 5);
    v_dup_crit       numeric := health_threshold(v_t, 'duplicate_critical', 100);
    v_off_warn       numeric := health_threshold(v_t, 'offline_warning_seconds', 120);
    v_off_crit       numeric := health_threshold(v_t, 'offline_critical_seconds', 600);
    v_off_lookback   numeric := health_threshold(v_t, 'offline_lookback_hours', 24);
    v_periods        jsonb := CASE WHEN jsonb_typeof(v_t -> 'job_periods') = 'object' THEN v_t -> 'job_periods'
                                   ELSE '{}' END;
    v_late_factor    numeric := health_threshold(v_t, 'job_late_factor', 2);
    -- Since when jobs are expected: the background-jobs migration (0004)
    -- was applied then. A job that has never run is overdue only once its
    -- late allowance has passed since; a fresh install is not a warning.
    v_jobs_since     timestamptz := (SELECT applied_at FROM schema_migrations WHERE version = 4);
    v_findings       jsonb := '[]';
    v_count          integer;
    v_rows           jsonb;
    v_level          text;
    v_worst          text := 'ok';
    v_lag_warn       numeric := health_threshold(v_t, 'replication_lag_seconds', 10);
    v_expected       integer := coalesce(health_threshold(v_t, 'expected_standbys', NULL)::integer,
                                         CASE WHEN current_setting('synchronous_standby_names') <> '' THEN 1
                                              ELSE 0 END);
    v_lag            numeric;
    v_gate_warn      numeric := health_threshold(v_t, 'gate_offline_warning_seconds', 120);
    v_gate_crit      numeric := health_threshold(v_t, 'gate_offline_critical_seconds', 600);
    v_gate_watch     numeric := health_threshold(v_t, 'gate_watch_hours', 6);
    v_ref_window     numeric := greatest(health_threshold(v_t, 'gate_refusal_window_minutes', 5), 1);
    v_ref_min        numeric := greatest(health_threshold(v_t, 'gate_refusal_minimum', 10), 1);
    v_ref_share      numeric := health_threshold(v_t, 'gate_refusal_share', 0.25);
    v_ref_crit       numeric := health_threshold(v_t, 'gate_refusal_critical_share', 0.5);
BEGIN
    -- Orphaned bookings: the order is cancelled or expired, yet a seat is
    -- still sold or held for it, or its order seat still blocks the seat.
    WITH o AS (
        SELECT sh.id AS show_id, sh.title AS show, sh.starts_at, s.label AS seat, o.id AS order_id,
               o.status, ss.state AS seat_state
          FROM show_seat ss
          JOIN orders o ON o.id = ss.order_id
          JOIN show sh ON sh.id = ss.show_id
          JOIN seat s ON s.id = ss.seat_id
         WHERE o.status IN ('cancelled', 'expired') AND ss.state IN ('sold', 'held')
        UNION
        SELECT sh.id, sh.title, sh.starts_at, s.label, o.id, o.status, 'order seat active'
          FROM order_seat os
          JOIN orders o ON o.id = os.order_id
          JOIN show sh ON sh.id = os.show_id
          JOIN seat s ON s.id = os.seat_id
         WHERE os.active AND o.status IN ('cancelled', 'expired')
           AND NOT EXISTS (SELECT 1 FROM show_seat x
                            WHERE x.show_id = os.show_id AND x.seat_id = os.seat_id AND x.order_id = o.id
                              AND x.state IN ('sold', 'held'))),
    n AS (SELECT o.*, row_number() OVER (ORDER BY o.starts_at, o.show_id, o.seat, o.order_id) AS rn FROM o)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('show_id', show_id, 'show', show, 'seat', seat,
                                                 'order_id', order_id, 'status', status, 'seat_state', seat_state)
                              ORDER BY rn) FILTER (WHERE rn <= v_limit), '[]')
      INTO v_count, v_rows
      FROM n;
    v_level := CASE WHEN v_count > 0 THEN 'critical' ELSE 'ok' END;
    v_findings := v_findings || jsonb_build_object('kind', 'orphaned_bookings', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Stale locks: held past held_until (by more than the grace) and not yet
    -- released. Lazy expiry keeps them harmless; the cleanup job is behind.
    WITH l AS (
        SELECT sh.id AS show_id, sh.title AS show, s.label AS seat,
               coalesce(t.name, '#' || ss.held_by) AS holder, ss.order_id, ss.held_until,
               floor(extract(epoch FROM now() - ss.held_until) / 60)::integer AS minutes_past
          FROM show_seat ss
          JOIN show sh ON sh.id = ss.show_id
          JOIN seat s ON s.id = ss.seat_id
          LEFT JOIN terminal t ON t.id = ss.held_by
         WHERE ss.state = 'held' AND ss.held_until <= now() - make_interval(secs => v_stale * 60)),
    n AS (SELECT l.*, row_number() OVER (ORDER BY l.held_until, l.show_id, l.seat) AS rn FROM l)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('show_id', show_id, 'show', show, 'seat', seat, 'holder', holder,
                                                 'order_id', order_id, 'held_until', epoch_of(held_until),
                                                 'minutes_past', minutes_past)
                              ORDER BY rn) FILTER (WHERE rn <= v_limit), '[]'),
           CASE WHEN count(*) = 0 THEN 'ok'
                WHEN max(minutes_past) >= v_stale_crit THEN 'critical'
                ELSE 'warning' END
      INTO v_count, v_rows, v_level
      FROM n;
    v_findings := v_findings || jsonb_build_object('kind', 'stale_locks', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Duplicate activity: a counter tripping the duplicate guards far more
    -- than the others in the last minutes (absolute, and relative to the
    -- median of the other counters active then).
    WITH b AS (
        SELECT t.id, t.name, st.display_name AS clerk,
               coalesce(sum(a.dup_level1), 0)::integer AS l1, coalesce(sum(a.dup_level2), 0)::integer AS l2,
               coalesce(sum(a.dup_level3), 0)::integer AS l3, coalesce(sum(a.dup_level4), 0)::integer AS l4,
               coalesce(sum(a.dup_level1 + a.dup_level2 + a.dup_level3 + a.dup_level4), 0)::integer AS dups
          FROM terminal t
          LEFT JOIN staff st ON st.id = t.clerk_id
          LEFT JOIN terminal_activity a
                 ON a.terminal_id = t.id
                AND a.minute >= date_trunc('minute', now() - make_interval(secs => v_dup_window * 60))
         WHERE t.last_seen >= now() - make_interval(secs => v_dup_window * 60) OR a.terminal_id IS NOT NULL
         GROUP BY t.id, t.name, st.display_name),
    s AS (
        SELECT b.*, (SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY o.dups), 0)
                       FROM b o WHERE o.id <> b.id) AS others_median
          FROM b),
    f AS (SELECT * FROM s WHERE dups > 0 AND dups >= v_dup_abs AND dups > v_dup_rel * others_median)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('terminal_id', id, 'terminal', name, 'clerk', clerk,
                                                 'duplicates', dups, 'level1', l1, 'level2', l2, 'level3', l3,
                                                 'level4', l4, 'others_median', others_median,
                                                 'window_minutes', v_dup_window)
                              ORDER BY dups DESC, name), '[]'),
           CASE WHEN count(*) = 0 THEN 'ok'
                WHEN max(dups) >= v_dup_crit THEN 'critical'
                ELSE 'warning' END
      INTO v_count, v_rows, v_level
      FROM f;
    v_findings := v_findings || jsonb_build_object('kind', 'duplicate_activity', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Counters offline: sending heartbeats lately, silent now (and not
    -- signed off).
    WITH c AS (
        SELECT t.id, t.name, st.display_name AS clerk, t.last_seen,
               floor(extract(epoch FROM now() - t.last_seen))::integer AS seconds_silent
          FROM terminal t
          LEFT JOIN staff st ON st.id = t.clerk_id
         WHERE t.last_beat IS NOT NULL AND NOT t.signed_off
           AND t.last_seen >= now() - make_interval(secs => v_off_lookback * 3600)
           AND t.last_seen < now() - make_interval(secs => v_off_warn))
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('terminal_id', id, 'terminal', name, 'clerk', clerk,
                                                 'last_seen', epoch_of(last_seen), 'seconds_silent', seconds_silent)
                              ORDER BY last_seen), '[]'),
           CASE WHEN count(*) = 0 THEN 'ok'
                WHEN max(seconds_silent) >= v_off_crit THEN 'critical'
                ELSE 'warning' END
      INTO v_count, v_rows, v_level
      FROM c;
    v_findings := v_findings || jsonb_build_object('kind', 'counters_offline', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Jobs: the last run failed (critical), is older than job_late_factor
    -- periods, or there is none although jobs were expected for that long
    -- (warning).
    WITH j AS (
        SELECT d.job, health_threshold(v_periods, d.job, d.period) AS period, r.started_at, r.client, r.rows,
               r.duration_ms, r.error, r.id IS NOT NULL AS has_run
          FROM (VALUES ('expire_holds', 60), ('expire_orders', 300), ('health_check', 600),
                       ('deep_cleanup', 3600)) AS d (job, period)
          LEFT JOIN LATERAL (SELECT * FROM job_run jr WHERE jr.job = d.job
                              ORDER BY jr.started_at DESC LIMIT 1) r ON true),
    k AS (
        SELECT j.*, CASE WHEN NOT has_run
                              AND coalesce(v_jobs_since, '-infinity') < now() - make_interval(secs => period * v_late_factor)
                              THEN 'never_run'
                         WHEN NOT has_run THEN NULL
                         WHEN error IS NOT NULL THEN 'failed'
                         WHEN started_at < now() - make_interval(secs => period * v_late_factor) THEN 'late'
                    END AS state
          FROM j)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('job', job, 'state', state, 'last_run', epoch_of(started_at),
                                                 'client', client, 'rows', rows, 'duration_ms', duration_ms,
                                                 'error', error, 'period_seconds', period)
                              ORDER BY job), '[]'),
           CASE WHEN count(*) FILTER (WHERE state = 'failed') > 0 THEN 'critical'
                WHEN count(*) > 0 THEN 'warning'
                ELSE 'ok' END
      INTO v_count, v_rows, v_level
      FROM k
     WHERE state IS NOT NULL;
    v_findings := v_findings || jsonb_build_object('kind', 'jobs', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Replication (issue 14, docs/DEPLOYMENT.md): this server, the one the
    -- counters write to, and its standbys as pg_stat_replication sees them
    -- (count: the standbys streaming). A standby is expected when the
    -- primary has synchronous_standby_names set (pg_auto_failover sets it
    -- while the formation has a synchronous standby) or the caller says so;
    -- fewer streaming is critical (commits wait for one, or the next loss
    -- loses the service); one replaying more than replication_lag_seconds
    -- behind is a warning. One server with no standby expected is ok.
    WITH s AS (
        SELECT coalesce(application_name, '') AS name, host(client_addr) AS addr, state, sync_state,
               round(extract(epoch FROM coalesce(replay_lag, interval '0'))::numeric, 3) AS lag_seconds
          FROM pg_stat_replication)
    SELECT count(*) FILTER (WHERE state = 'streaming'),
           jsonb_build_array(jsonb_build_object(
               'role', 'primary',
               'server', coalesce(host(inet_server_addr()), 'socket') || ':' || current_setting('port'),
               'state', CASE WHEN pg_is_in_recovery() THEN 'read-only' ELSE 'read-write' END,
               'sync', NULL, 'lag_seconds', NULL))
           || coalesce(jsonb_agg(jsonb_build_object('role', 'standby',
                                                    'server', name || coalesce(' (' || addr || ')', ''),
                                                    'state', state, 'sync', sync_state,
                                                    'lag_seconds', lag_seconds) ORDER BY name), '[]'),
           max(lag_seconds)
      INTO v_count, v_rows, v_lag
      FROM s;
    v_level := CASE WHEN v_count < v_expected THEN 'critical'
                    WHEN coalesce(v_lag, 0) > v_lag_warn THEN 'warning'
                    ELSE 'ok' END;
    v_findings := v_findings || jsonb_build_object('kind', 'replication', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows,
                                                   'expected_standbys', v_expected);

    -- Gates offline (issue 13, docs/GATE.md): a gate station that pinged
    -- for a show (every 30 s while open, gate_station_ping) and has been
    -- silent for gate_offline_warning_seconds without closing properly: its
    -- PC, its app or its network is down (it may be admitting offline). A
    -- station is watched until its show started gate_watch_hours ago.
    WITH g AS (
        SELECT st.show_id, sh.title AS show, st.gate, coalesce(sf.display_name, st.login) AS staff,
               st.last_seen, floor(extract(epoch FROM now() - st.last_seen))::integer AS seconds_silent
          FROM gate_station st
          JOIN show sh ON sh.id = st.show_id
          LEFT JOIN staff sf ON sf.id = st.staff_id
         WHERE st.closed_at IS NULL AND sh.cancelled_at IS NULL
           AND now() < sh.starts_at + make_interval(secs => v_gate_watch * 3600)
           AND st.last_seen < now() - make_interval(secs => v_gate_warn)),
    n AS (SELECT g.*, row_number() OVER (ORDER BY g.last_seen, g.show_id, g.gate) AS rn FROM g)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('show_id', show_id, 'show', show, 'gate', gate, 'staff', staff,
                                                 'last_seen', epoch_of(last_seen), 'seconds_silent', seconds_silent)
                              ORDER BY rn) FILTER (WHERE rn <= v_limit), '[]'),
           CASE WHEN count(*) = 0 THEN 'ok'
                WHEN max(seconds_silent) >= v_gate_crit THEN 'critical'
                ELSE 'warning' END
      INTO v_count, v_rows, v_level
      FROM n;
    v_findings := v_findings || jsonb_build_object('kind', 'gates_offline', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    -- Gate refusals: a gate whose scans of the last
    -- gate_refusal_window_minutes were refused (anything but VALID; a
    -- pass-out is no scan at the door) at least gate_refusal_minimum times
    -- and at least gate_refusal_share of them: forged or copied tickets, a
    -- crowd at the wrong show's door, a gate set to another show, a scanner
    -- misreading. Live scans only (an offline gate's upload names old
    -- moments); read by the scan log's index on its time.
    WITH s AS (
        SELECT sc.show_id, sc.gate, count(*) AS scans,
               count(*) FILTER (WHERE sc.verdict <> 'VALID') AS refused,
               mode() WITHIN GROUP (ORDER BY sc.verdict) FILTER (WHERE sc.verdict <> 'VALID') AS top_reason
          FROM admission_scan sc
         WHERE sc.at >= now() - make_interval(secs => v_ref_window * 60)
           AND NOT sc.offline AND sc.verdict NOT IN ('PASSED_OUT', 'DUPLICATE')
         GROUP BY sc.show_id, sc.gate),
    f AS (
        SELECT s.*, sh.title AS show, round(100.0 * s.refused / s.scans, 1) AS refused_percent
          FROM s JOIN show sh ON sh.id = s.show_id
         WHERE s.refused >= v_ref_min AND s.refused >= v_ref_share * s.scans),
    n AS (SELECT f.*, row_number() OVER (ORDER BY f.refused_percent DESC, f.show_id, f.gate) AS rn FROM f)
    SELECT count(*),
           coalesce(jsonb_agg(jsonb_build_object('show_id', show_id, 'show', show, 'gate', gate, 'scans', scans,
                                                 'refused', refused, 'refused_percent', refused_percent,
                                                 'top_reason', top_reason, 'window_minutes', v_ref_window)
                              ORDER BY rn) FILTER (WHERE rn <= v_limit), '[]'),
           CASE WHEN count(*) = 0 THEN 'ok'
                WHEN max(refused::numeric / scans) >= v_ref_crit THEN 'critical'
                ELSE 'warning' END
      INTO v_count, v_rows, v_level
      FROM n;
    v_findings := v_findings || jsonb_build_object('kind', 'gate_refusals', 'level', v_level,
                                                   'count', v_count, 'rows', v_rows);

    SELECT CASE WHEN bool_or(f ->> 'level' = 'critical') THEN 'critical'
                WHEN bool_or(f ->> 'level' = 'warning') THEN 'warning'
                ELSE 'ok' END
      INTO v_worst
      FROM jsonb_array_elements(v_findings) f;
    RETURN jsonb_build_object('ok', true, 'at', epoch_of(now()), 'level', v_worst, 'findings', v_findings);
END $$;
REVOKE ALL ON FUNCTION health_findings(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION health_findings(jsonb) TO boxoffice_supervisor;

-------------------------------------------------------------------------------
-- dashboard figures

-- One round trip for the supervisor's dashboard:
--   live     seats locked (held, not lapsed), orders in flight (pending, not
--            lapsed), seats sold; net orders, net takings and net cash since p_since (sales_report)
--   totals   the counters' activity since p_since (from the heartbeats)
--   shows    per show from 12 hours ago on (at most 50): capacity, locked,
--            sold, in flight, paid orders, takings
--   minutes  per minute of the last p_window_minutes: paid orders and seats,
--            holds, conflicts, duplicates, rate limited
--   counters per counter seen since p_since or selling since then: clerk,
--            net sales, net cash, net takings (sales_report by counter), last seen
--   jobs     the last run of each job, and runs and failures since p_since
CREATE OR REPLACE FUNCTION dashboard_figures(p_window_minutes integer, p_since timestamptz)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_window  integer := least(greatest(coalesce(p_window_minutes, 60), 1), 1440);
    v_since   timestamptz := coalesce(p_since, now() - interval '1 day');
    v_last    timestamptz := date_trunc('minute', now());
    v_first   timestamptz := date_trunc('minute', now()) - make_interval(mins => v_window - 1);
    v_live    jsonb;
    v_totals  jsonb;
    v_shows   jsonb;
    v_minutes jsonb;
    v_counters jsonb;
    v_jobs    jsonb;
    v_report  jsonb;
BEGIN
    SELECT jsonb_build_object(
               'locked_seats', count(*) FILTER (WHERE state = 'held' AND held_until > now()),
               'sold_seats', count(*) FILTER (WHERE state = 'sold'))
      INTO v_live
      FROM show_seat
     WHERE state IN ('held', 'sold');
    SELECT v_live || jsonb_build_object(
               'orders_in_flight', count(*) FILTER (WHERE status = 'pending' AND expires_at > now()))
      INTO v_live
      FROM orders
     WHERE status = 'pending';
    -- The day's money and orders are the sales report's, net (functions/
    -- reports.sql): the dashboard and the report of the same day agree.
    v_report := sales_report(v_since, 'infinity', 'counter');
    v_live := v_live || jsonb_build_object(
        'paid_orders', (v_report #>> '{totals,orders_net}')::bigint,
        'orders_sold', (v_report #>> '{totals,paid_orders}')::bigint,
        'orders_returned', (v_report #>> '{totals,refund_orders}')::bigint,
        'tickets_net', (v_report #>> '{totals,tickets_net}')::bigint,
        'takings', ((v_report #>> '{totals,net}')::numeric / 100)::numeric(12, 2)::text,
        'taken', ((v_report #>> '{totals,gross}')::numeric / 100)::numeric(12, 2)::text,
        'refunded', ((v_report #>> '{totals,refunds}')::numeric / 100)::numeric(12, 2)::text,
        'cash_taken', (coalesce((v_report #>> '{totals,by_method,cash,net}')::numeric, 0) / 100)::numeric(12, 2)::text);

    SELECT jsonb_build_object(
               'holds', coalesce(sum(holds), 0), 'sells', coalesce(sum(sells), 0),
               'conflicts', coalesce(sum(conflicts), 0),
               'dup_level1', coalesce(sum(dup_level1), 0), 'dup_level2', coalesce(sum(dup_level2), 0),
               'dup_level3', coalesce(sum(dup_level3), 0), 'dup_level4', coalesce(sum(dup_level4), 0),
               'rate_limited', coalesce(sum(rate_limited), 0), 'errors', coalesce(sum(errors), 0))
      INTO v_totals
      FROM terminal_activity
     WHERE minute >= date_trunc('minute', v_since);

    WITH sh AS (
        SELECT id, venue_id, title, starts_at, sales_state FROM show
         WHERE starts_at >= now() - interval '12 hours'
         ORDER BY starts_at, id LIMIT 50),
    cap AS (SELECT venue_id, count(*) AS capacity FROM seat WHERE venue_id IN (SELECT venue_id FROM sh)
             GROUP BY venue_id),
    st AS (SELECT show_id, count(*) FILTER (WHERE state = 'held' AND held_until > now()) AS locked,
                  count(*) FILTER (WHERE state = 'sold') AS sold
             FROM show_seat WHERE show_id IN (SELECT id FROM sh) AND state IN ('held', 'sold')
            GROUP BY show_id),
    o AS (SELECT show_id, count(*) FILTER (WHERE status = 'pending' AND expires_at > now()) AS in_flight,
                 count(*) FILTER (WHERE status = 'paid') AS paid, sum(total) FILTER (WHERE status = 'paid') AS takings
            FROM orders WHERE show_id IN (SELECT id FROM sh) GROUP BY show_id)
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'show_id', sh.id, 'title', sh.title, 'starts_at', epoch_of(sh.starts_at),
               'sales_state', sh.sales_state, 'capacity', coalesce(cap.capacity, 0),
               'locked_seats', coalesce(st.locked, 0), 'sold_seats', coalesce(st.sold, 0),
               'orders_in_flight', coalesce(o.in_flight, 0), 'paid_orders', coalesce(o.paid, 0),
               'takings', coalesce(o.takings, 0)::text,
               'time_zone', (SELECT v.time_zone FROM venue v WHERE v.id = sh.venue_id))
           ORDER BY sh.starts_at, sh.id), '[]')
      INTO v_shows
      FROM sh
      LEFT JOIN cap ON cap.venue_id = sh.venue_id
      LEFT JOIN st ON st.show_id = sh.id
      LEFT JOIN o ON o.show_id = sh.id;

    WITH m AS (SELECT generate_series(v_first, v_last, interval '1 minute') AS minute),
    s AS (SELECT date_trunc('minute', o.paid_at) AS minute, count(*) AS sales,
                 sum((SELECT count(*) FROM order_seat os WHERE os.order_id = o.id AND os.active)) AS seats
            FROM orders o WHERE o.paid_at >= v_first GROUP BY 1),
    a AS (SELECT minute, sum(holds) AS holds, sum(sells) AS sells, sum(conflicts) AS conflicts,
                 sum(dup_level1 + dup_level2 + dup_level3 + dup_level4) AS duplicates,
                 sum(rate_limited) AS rate_limited
            FROM terminal_activity WHERE minute >= v_first GROUP BY minute)
    SELECT jsonb_agg(jsonb_build_object(
               'minute', epoch_of(m.minute), 'sales', coalesce(s.sales, 0), 'seats_sold', coalesce(s.seats, 0),
               'holds', coalesce(a.holds, 0), 'sells', coalesce(a.sells, 0), 'conflicts', coalesce(a.conflicts, 0),
               'duplicates', coalesce(a.duplicates, 0), 'rate_limited', coalesce(a.rate_limited, 0))
           ORDER BY m.minute)
      INTO v_minutes
      FROM m
      LEFT JOIN s ON s.minute = m.minute
      LEFT JOIN a ON a.minute = m.minute;

    -- Per counter, net as the sales report by counter has them.
    WITH o AS (
        SELECT (r ->> 'key')::integer AS terminal_id, (r ->> 'orders_net')::bigint AS sales,
               ((r ->> 'net')::numeric / 100)::numeric(12, 2) AS takings,
               (coalesce((r #>> '{by_method,cash,net}')::numeric, 0) / 100)::numeric(12, 2) AS cash
          FROM jsonb_array_elements(v_report -> 'rows') r)
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'terminal_id', t.id, 'terminal', t.name, 'clerk', st.display_name,
               'sales', coalesce(o.sales, 0), 'cash_taken', coalesce(o.cash, 0)::text,
               'takings', coalesce(o.takings, 0)::text, 'last_seen', epoch_of(t.last_seen),
               'seconds_silent', floor(extract(epoch FROM now() - t.last_seen))::integer,
               'heartbeats', t.last_beat IS NOT NULL, 'signed_off', t.signed_off)
           ORDER BY t.name), '[]')
      INTO v_counters
      FROM terminal t
      LEFT JOIN staff st ON st.id = t.clerk_id
      LEFT JOIN o ON o.terminal_id = t.id
     WHERE t.last_seen >= v_since OR o.terminal_id IS NOT NULL;

    SELECT jsonb_agg(jsonb_build_object(
               'job', d.job, 'last_run', epoch_of(r.started_at), 'client', r.client, 'rows', r.rows,
               'duration_ms', r.duration_ms, 'error', r.error,
               'runs', (SELECT count(*) FROM job_run x WHERE x.job = d.job AND x.started_at >= v_since),
               'failures', (SELECT count(*) FROM job_run x WHERE x.job = d.job AND x.started_at >= v_since
                                                            AND x.error IS NOT NULL))
           ORDER BY d.ord)
      INTO v_jobs
      FROM (VALUES (1, 'expire_holds'), (2, 'expire_orders'), (3, 'health_check'), (4, 'deep_cleanup')) AS d (ord, job)
      LEFT JOIN LATERAL (SELECT * FROM job_run jr WHERE jr.job = d.job ORDER BY jr.started_at DESC LIMIT 1) r ON true;

    RETURN jsonb_build_object('ok', true, 'at', epoch_of(now()), 'since', epoch_of(v_since),
                              'window_minutes', v_window, 'live', v_live, 'totals', v_totals,
                              'shows', v_shows, 'minutes', v_minutes, 'counters', v_counters, 'jobs', v_jobs);
END $$;
REVOKE ALL ON FUNCTION dashboard_figures(integer, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION dashboard_figures(integer, timestamptz) TO boxoffice_supervisor;
