-- Counters as devices and counter sessions (issue 9): who acts, for which
-- counter, decided by the database from the login (session_user), never
-- from what the caller says.
--
-- A counter is a device: each installation has a random id (its device id,
-- kept in its settings); registering one is the owner's or a manager's act
-- (register_counter). Signing in at a counter opens a counter session
-- (open_counter_session): a counter has at most one open session and a staff
-- login at most one. The clerk-callable functions act for the counter of the
-- caller's open session (acting_counter) and for the staff member of the
-- login (acting_clerk, acting_actor).
--
-- The owner/service account (not a staff login: jobs, tests, the load bench,
-- the app's smoke mode and a private cluster without staff passwords) may
-- still name a counter and a clerk. Its sessions are keyed by counter and
-- app instance: it may hold sessions at several counters at once, one per
-- counter, and closes them by instance.
--
-- A session is stale when its last_seen (refreshed by the heartbeat, every
-- 15 s) is older than 45 seconds: its app died. A stale session is closed
-- (audited) when someone signs in in its place, or by a supervisor.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- helpers (the owner's)

-- The staff id of the calling login, or null when the caller is not a staff
-- login (the owner/service account).
CREATE OR REPLACE FUNCTION caller_staff_id()
RETURNS integer LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT s.id FROM boxoffice.staff s WHERE s.username = session_user AND boxoffice.is_staff_login(session_user)
$$;
REVOKE ALL ON FUNCTION caller_staff_id()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION counter_session_stale(p_last_seen timestamptz)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT p_last_seen <= now() - interval '45 seconds'
$$;
REVOKE ALL ON FUNCTION counter_session_stale(timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION counter_json(p_terminal integer)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', t.id, 'name', t.name) FROM boxoffice.terminal t WHERE t.id = p_terminal
$$;
REVOKE ALL ON FUNCTION counter_json(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Who has a session, for the counter_in_use refusal.
CREATE OR REPLACE FUNCTION counter_session_holder(p_session bigint)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('session', cs.id, 'login', cs.login,
                              'display_name', coalesce(s.display_name, cs.login),
                              'opened_at', round(extract(epoch FROM cs.opened_at), 3),
                              'last_seen', round(extract(epoch FROM cs.last_seen), 3),
                              'counter', boxoffice.counter_json(cs.terminal_id))
      FROM boxoffice.counter_session cs LEFT JOIN boxoffice.staff s ON s.id = cs.staff_id
     WHERE cs.id = p_session
$$;
REVOKE ALL ON FUNCTION counter_session_holder(bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Closes one open session, audited with the real login as actor.
CREATE OR REPLACE FUNCTION close_session_audited(p_session bigint, p_reason text, p_action text)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    v_s counter_session%ROWTYPE;
BEGIN
    UPDATE counter_session SET closed_at = now(), closed_by = session_user, close_reason = p_reason
     WHERE id = p_session AND closed_at IS NULL
    RETURNING * INTO v_s;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    SELECT t.name, p_action, p_reason,
           jsonb_build_object('session', v_s.id, 'terminal', v_s.terminal_id, 'login', v_s.login,
                              'opened_at', round(extract(epoch FROM v_s.opened_at), 3),
                              'last_seen', round(extract(epoch FROM v_s.last_seen), 3),
                              'stale', counter_session_stale(v_s.last_seen)), 1
      FROM terminal t WHERE t.id = v_s.terminal_id;
    RETURN true;
END $$;
REVOKE ALL ON FUNCTION close_session_audited(bigint, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The name of the counter where the caller works (the counter of its open
-- counter session), for the audit rows of acts done at a counter: a
-- manager's emergency controls, a password set. NULL when the caller has
-- none (the owner account, a job).
CREATE OR REPLACE FUNCTION caller_counter_name()
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT t.name FROM boxoffice.counter_session cs JOIN boxoffice.terminal t ON t.id = cs.terminal_id
     WHERE cs.login = session_user AND cs.closed_at IS NULL AND cs.staff_id IS NOT NULL
     ORDER BY cs.opened_at DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION caller_counter_name()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The counter a clerk-callable function acts for. A staff login acts for the
-- counter of its open session only: p_terminal must be null or that counter
-- (not_your_counter), and without a session nothing is done
-- (no_counter_session). The owner names the counter (unknown_terminal if it
-- does not exist).
CREATE OR REPLACE FUNCTION acting_counter(p_terminal integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_terminal integer;
BEGIN
    IF NOT is_staff_login(session_user) THEN
        PERFORM check_terminal(p_terminal);
        RETURN p_terminal;
    END IF;
    SELECT terminal_id INTO v_terminal FROM counter_session
     WHERE login = session_user AND closed_at IS NULL AND staff_id IS NOT NULL;
    IF NOT FOUND THEN
        PERFORM fail('no_counter_session');
    END IF;
    IF p_terminal IS NOT NULL AND p_terminal <> v_terminal THEN
        PERFORM fail('not_your_counter', jsonb_build_object('terminal', p_terminal));
    END IF;
    RETURN v_terminal;
END $$;
REVOKE ALL ON FUNCTION acting_counter(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The staff member a function acts as: a staff login is itself (p_clerk must
-- be null or its own id: not_permitted); the owner may name one.
CREATE OR REPLACE FUNCTION acting_clerk(p_clerk integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_staff integer;
BEGIN
    IF NOT is_staff_login(session_user) THEN
        RETURN p_clerk;
    END IF;
    v_staff := caller_staff_id();
    IF p_clerk IS NOT NULL AND p_clerk IS DISTINCT FROM v_staff THEN
        PERFORM fail('not_permitted', jsonb_build_object('clerk', p_clerk, 'reason', 'acting as another staff member'));
    END IF;
    RETURN v_staff;
END $$;
REVOKE ALL ON FUNCTION acting_clerk(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The actor an audit row names: a staff login is itself (p_actor must be
-- blank or its login: not_permitted); the owner may name one (else itself).
CREATE OR REPLACE FUNCTION acting_actor(p_actor text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v_actor text := nullif(btrim(p_actor), '');
BEGIN
    IF NOT is_staff_login(session_user) THEN
        RETURN coalesce(v_actor, session_user);
    END IF;
    IF v_actor IS NOT NULL AND v_actor <> session_user THEN
        PERFORM fail('not_permitted', jsonb_build_object('actor', v_actor, 'reason', 'acting as another staff member'));
    END IF;
    RETURN session_user;
END $$;
REVOKE ALL ON FUNCTION acting_actor(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION check_counter_name(p_name text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v_name text := btrim(p_name);
BEGIN
    IF v_name IS NULL OR length(v_name) NOT BETWEEN 1 AND 64 THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'name'));
    END IF;
    RETURN v_name;
END $$;
REVOKE ALL ON FUNCTION check_counter_name(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- registering and naming counters

-- Registers this device as a counter: the owner account (first start) or a
-- manager. A known device gets its row back unchanged (a manager may have
-- renamed it). A counter of that name registered before device ids existed
-- is adopted (its history stays with it); otherwise a name another device
-- has gets " (2)", " (3)", … Answers {"ok": true, "counter": {"id", "name"}}.
CREATE OR REPLACE FUNCTION register_counter(p_device uuid, p_name text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name text;
    v_try  text;
    v_id   integer;
    v_n    integer := 1;
BEGIN
    IF p_device IS NULL THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'device'));
    END IF;
    v_name := check_counter_name(p_name);
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.register_counter'));
    SELECT id INTO v_id FROM terminal WHERE device_id = p_device;
    IF FOUND THEN
        RETURN jsonb_build_object('ok', true, 'counter', counter_json(v_id), 'registered', false);
    END IF;
    UPDATE terminal SET device_id = p_device WHERE name = v_name AND device_id IS NULL RETURNING id INTO v_id;
    v_try := v_name;
    WHILE v_id IS NULL LOOP
        INSERT INTO terminal (name, device_id, last_seen) VALUES (v_try, p_device, now())
        ON CONFLICT (name) DO NOTHING
        RETURNING id INTO v_id;
        IF v_id IS NULL THEN
            v_n := v_n + 1;
            v_try := left(v_name, 64 - length(' (' || v_n || ')')) || ' (' || v_n || ')';
        END IF;
    END LOOP;
    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    VALUES ((SELECT name FROM terminal WHERE id = v_id), 'register_counter', 'counter registered',
            jsonb_build_object('terminal', v_id, 'asked_name', v_name), 1);
    RETURN jsonb_build_object('ok', true, 'counter', counter_json(v_id), 'registered', true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION register_counter(uuid, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION register_counter(uuid, text) TO boxoffice_manager;

-- A counter's new label (a manager's). The name must be free.
CREATE OR REPLACE FUNCTION rename_counter(p_terminal integer, p_name text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name text;
    v_old  text;
BEGIN
    v_name := check_counter_name(p_name);
    SELECT name INTO v_old FROM terminal WHERE id = p_terminal FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_terminal', jsonb_build_object('terminal', p_terminal));
    END IF;
    IF v_old = v_name THEN
        RETURN jsonb_build_object('ok', true, 'counter', counter_json(p_terminal), 'renamed', false);
    END IF;
    IF EXISTS (SELECT 1 FROM terminal WHERE name = v_name) THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'name', 'reason', 'taken'));
    END IF;
    UPDATE terminal SET name = v_name WHERE id = p_terminal;
    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    VALUES (v_name, 'rename_counter', 'counter renamed',
            jsonb_build_object('terminal', p_terminal, 'old_name', v_old, 'new_name', v_name), 1);
    RETURN jsonb_build_object('ok', true, 'counter', counter_json(p_terminal), 'renamed', true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION rename_counter(integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION rename_counter(integer, text) TO boxoffice_manager;

-- The owner's way for tests and the load bench to get a counter by name:
-- the device id is derived from the name (so the same name is the same
-- counter, as before device ids). Not granted to any staff group.
CREATE OR REPLACE FUNCTION register_terminal(p_name text)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_answer jsonb;
BEGIN
    v_answer := register_counter(md5('boxoffice.terminal:' || btrim(p_name))::uuid, p_name);
    IF NOT (v_answer ->> 'ok')::boolean THEN
        RAISE EXCEPTION 'register_terminal: %', v_answer::text USING ERRCODE = '22023';
    END IF;
    UPDATE terminal SET last_seen = now() WHERE id = (v_answer -> 'counter' ->> 'id')::integer;
    RETURN (v_answer -> 'counter' ->> 'id')::integer;
END $$;
REVOKE ALL ON FUNCTION register_terminal(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- counter sessions

-- Signs the caller in at the counter of p_device, for the app instance
-- p_instance. Answers {"ok": true, "session", "counter": {"id", "name"},
-- "opened_at"}; refusals: counter_not_registered, counter_in_use (with who
-- and since when, and which counter).
CREATE OR REPLACE FUNCTION open_counter_session(p_device uuid, p_instance uuid)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_terminal integer;
    v_staff    integer := caller_staff_id();
    v_s        counter_session%ROWTYPE;
BEGIN
    IF p_device IS NULL OR p_instance IS NULL THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', CASE WHEN p_device IS NULL THEN 'device' ELSE 'instance' END));
    END IF;
    SELECT id INTO v_terminal FROM terminal WHERE device_id = p_device;
    IF NOT FOUND THEN
        PERFORM fail('counter_not_registered');
    END IF;
    -- One sign-in at a time per login, then per counter (always this order).
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.counter_session.login'), hashtext(session_user));
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.counter_session.terminal'), v_terminal);
    -- A connection made before its account was deactivated (set_staff_active
    -- takes the login's lock above too) does not sign in.
    IF EXISTS (SELECT 1 FROM staff WHERE username = session_user AND NOT active) THEN
        PERFORM fail('not_permitted', jsonb_build_object('inactive', true));
    END IF;

    SELECT * INTO v_s FROM counter_session WHERE terminal_id = v_terminal AND closed_at IS NULL;
    IF FOUND THEN
        IF v_s.instance = p_instance AND v_s.login = session_user THEN
            UPDATE counter_session SET last_seen = now() WHERE id = v_s.id;
            RETURN jsonb_build_object('ok', true, 'session', v_s.id, 'counter', counter_json(v_terminal),
                                      'opened_at', round(extract(epoch FROM v_s.opened_at), 3));
        END IF;
        IF NOT counter_session_stale(v_s.last_seen) THEN
            PERFORM fail('counter_in_use', counter_session_holder(v_s.id));
        END IF;
        PERFORM close_session_audited(v_s.id, 'stale: replaced at sign-in', 'close_counter_session');
    END IF;
    IF v_staff IS NOT NULL THEN
        SELECT * INTO v_s FROM counter_session WHERE login = session_user AND closed_at IS NULL AND staff_id IS NOT NULL;
        IF FOUND THEN
            IF NOT counter_session_stale(v_s.last_seen) THEN
                PERFORM fail('counter_in_use', counter_session_holder(v_s.id));
            END IF;
            PERFORM close_session_audited(v_s.id, 'stale: replaced at sign-in', 'close_counter_session');
        END IF;
    END IF;
    INSERT INTO counter_session (terminal_id, staff_id, login, instance)
    VALUES (v_terminal, v_staff, session_user, p_instance)
    RETURNING * INTO v_s;
    UPDATE terminal SET last_seen = now(), clerk_id = v_staff, signed_off = false WHERE id = v_terminal;
    RETURN jsonb_build_object('ok', true, 'session', v_s.id, 'counter', counter_json(v_terminal),
                              'opened_at', round(extract(epoch FROM v_s.opened_at), 3));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION open_counter_session(uuid, uuid)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION open_counter_session(uuid, uuid) TO boxoffice_clerk;

-- Signs the caller out: closes its own open session (a staff login has at
-- most one). p_instance (optional) closes only that app instance's session:
-- the owner may have sessions at several counters. {"ok": true, "closed": bool}.
CREATE OR REPLACE FUNCTION close_counter_session(p_instance uuid DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE counter_session SET closed_at = now(), closed_by = session_user, close_reason = 'signed out'
     WHERE login = session_user AND closed_at IS NULL AND (p_instance IS NULL OR instance = p_instance);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN jsonb_build_object('ok', true, 'closed', v_n > 0);
END $$;
REVOKE ALL ON FUNCTION close_counter_session(uuid)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION close_counter_session(uuid) TO boxoffice_clerk;

-- The open sessions, for a supervisor: who is signed in where, and which
-- sessions went stale (their app stopped beating).
CREATE OR REPLACE FUNCTION counter_sessions()
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('ok', true, 'sessions', coalesce(jsonb_agg(jsonb_build_object(
               'session', cs.id, 'counter_id', cs.terminal_id, 'counter', t.name, 'login', cs.login,
               'display_name', coalesce(s.display_name, cs.login),
               'opened_at', round(extract(epoch FROM cs.opened_at), 3),
               'last_seen', round(extract(epoch FROM cs.last_seen), 3),
               'stale', boxoffice.counter_session_stale(cs.last_seen)) ORDER BY t.name), '[]'))
      FROM boxoffice.counter_session cs
      JOIN boxoffice.terminal t ON t.id = cs.terminal_id
      LEFT JOIN boxoffice.staff s ON s.id = cs.staff_id
     WHERE cs.closed_at IS NULL
$$;
REVOKE ALL ON FUNCTION counter_sessions()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION counter_sessions() TO boxoffice_supervisor;

-- A supervisor closes a counter's open session (its app died, or the clerk
-- left without signing out). Audited, with the supervisor's login as actor.
CREATE OR REPLACE FUNCTION close_stale_counter_session(p_terminal integer, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_session bigint;
BEGIN
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        PERFORM fail('reason_required');
    END IF;
    IF length(p_reason) > 500 THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'reason'));
    END IF;
    PERFORM check_terminal(p_terminal);
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.counter_session.terminal'), p_terminal);
    SELECT id INTO v_session FROM counter_session WHERE terminal_id = p_terminal AND closed_at IS NULL;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', true, 'closed', false);
    END IF;
    RETURN jsonb_build_object('ok', true,
                              'closed', close_session_audited(v_session, btrim(p_reason), 'close_counter_session'));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION close_stale_counter_session(integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION close_stale_counter_session(integer, text) TO boxoffice_supervisor;
