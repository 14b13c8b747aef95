-- Staff management (issue 11), a manager's: add staff, change a name or a
-- role, deactivate and reactivate, reset a password, unlock a locked-out
-- account; and each staff member's own password change. Every change keeps
-- the account's database login in step in the same transaction (a role of
-- the same name: created, LOGIN only while active, member of its staff
-- role's group only, the password as a SCRAM verifier made by the client)
-- and writes one audit row with the values before and after. Passwords never
-- reach the server: the client sends the sign-in's PBKDF2 hash and the
-- login's verifier, and neither goes into the audit log. (Password strength
-- is therefore the client's to check: services/admin/staffadmin.cpp.)
-- Refusals raise through fail() and come back as the function's answer
-- ({"ok": false, "code": …}); the exception block undoes everything the
-- call did.

-------------------------------------------------------------------------------
-- checks (internal)

-- A user name is also a PostgreSQL role name: lower-case letters, digits,
-- '_', '.', '-', starting with a letter, at most 32; never a reserved role
-- name or one of the box office's groups.
CREATE OR REPLACE FUNCTION staff_check_username(p_username text)
RETURNS void LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_username IS NULL OR p_username = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'username', 'problem', 'missing'));
    END IF;
    IF length(p_username) > 32 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'username', 'problem', 'too_long', 'max', 32));
    END IF;
    IF p_username !~ '^[a-z][a-z0-9_.-]*$' OR p_username ~ '^(pg_|boxoffice_)'
       OR p_username IN ('public', 'none', 'current_user', 'current_role', 'session_user', 'user', 'postgres') THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'username', 'problem', 'malformed'));
    END IF;
END $$;
REVOKE ALL ON FUNCTION staff_check_username(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The display name as stored (trimmed): 1 to 100 characters, no control
-- characters.
CREATE OR REPLACE FUNCTION staff_checked_display_name(p_name text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name text := btrim(coalesce(p_name, ''));
BEGIN
    IF v_name = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'display_name', 'problem', 'missing'));
    END IF;
    IF length(v_name) > 100 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'display_name', 'problem', 'too_long', 'max', 100));
    END IF;
    IF v_name ~ '[[:cntrl:]]' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'display_name', 'problem', 'malformed'));
    END IF;
    RETURN v_name;
END $$;
REVOKE ALL ON FUNCTION staff_checked_display_name(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION staff_check_role(p_role text)
RETURNS void LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'role', 'problem', 'missing'));
    END IF;
    -- gate: door staff (issue 13), who only admit tickets (0023_gate.sql).
    IF p_role NOT IN ('clerk', 'supervisor', 'manager', 'gate') THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'role', 'problem', 'malformed'));
    END IF;
END $$;
REVOKE ALL ON FUNCTION staff_check_role(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- What the client sends for a password: the sign-in's PBKDF2 hash and the
-- login's SCRAM-SHA-256 verifier.
CREATE OR REPLACE FUNCTION staff_check_secret(p_hash text, p_verifier text)
RETURNS void LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_hash IS NULL OR p_verifier IS NULL THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'password', 'problem', 'missing'));
    END IF;
    IF p_hash !~ '^pbkdf2-sha256\$[0-9]+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$'
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'password', 'problem', 'malformed'));
    END IF;
END $$;
REVOKE ALL ON FUNCTION staff_check_secret(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The staff row, locked for the change; unknown_staff if there is none.
CREATE OR REPLACE FUNCTION staff_for_update(p_username text)
RETURNS staff LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    SELECT * INTO v_staff FROM staff WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_staff', jsonb_build_object('username', p_username));
    END IF;
    RETURN v_staff;
END $$;
REVOKE ALL ON FUNCTION staff_for_update(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Refuses a change that would leave no active manager: v_staff (locked by
-- the caller) is an active manager and no other is. The active managers'
-- rows are locked in id order first, so two managers demoting each other at
-- once take turns and the second finds itself the last.
CREATE OR REPLACE FUNCTION staff_check_not_last_manager(p_staff staff)
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_staff.role <> 'manager' OR NOT p_staff.active THEN
        RETURN;
    END IF;
    PERFORM 1 FROM staff WHERE role = 'manager' AND active ORDER BY id FOR UPDATE;
    IF NOT EXISTS (SELECT 1 FROM staff WHERE role = 'manager' AND active AND id <> p_staff.id) THEN
        PERFORM fail('last_manager', jsonb_build_object('username', p_staff.username));
    END IF;
END $$;
REVOKE ALL ON FUNCTION staff_check_not_last_manager(staff)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The account's database login follows its staff row: LOGIN only while
-- active, a member of its role's group only, and with p_verifier that
-- password. Without a verifier an account that has no login yet gets none
-- (it gets one with its next password). A role of that name that is not a
-- box-office staff login is never touched: name_taken.
CREATE OR REPLACE FUNCTION staff_apply_login(p_username text, p_verifier text)
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
    v_group text;
    v_other text;
BEGIN
    SELECT * INTO STRICT v_staff FROM staff WHERE username = p_username;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        IF NOT is_staff_login(p_username) THEN
            PERFORM fail('name_taken', jsonb_build_object('field', 'username', 'value', p_username));
        END IF;
    ELSIF p_verifier IS NULL THEN
        RETURN;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_username);
    END IF;
    EXECUTE format('ALTER ROLE %I WITH %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT',
                   p_username, CASE WHEN v_staff.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I WITH PASSWORD %L', p_username, p_verifier);
    END IF;
    v_group := 'boxoffice_' || v_staff.role;
    FOREACH v_other IN ARRAY ARRAY['boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager', 'boxoffice_gate'] LOOP
        IF v_other <> v_group AND is_direct_member(p_username, v_other) THEN
            EXECUTE format('REVOKE %I FROM %I', v_other, p_username);
        END IF;
    END LOOP;
    IF NOT is_direct_member(p_username, v_group) THEN
        EXECUTE format('GRANT %I TO %I', v_group, p_username);
    END IF;
END $$;
REVOKE ALL ON FUNCTION staff_apply_login(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- One audit row of a staff change: who (the login), where (the counter),
-- whose account, and the values before and after (never a password).
CREATE OR REPLACE FUNCTION staff_audit(p_action text, p_reason text, p_username text, p_before jsonb, p_after jsonb)
RETURNS void LANGUAGE sql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), p_action, p_reason,
            jsonb_build_object('username', p_username, 'before', p_before, 'after', p_after), 1)
$$;
REVOKE ALL ON FUNCTION staff_audit(text, text, text, jsonb, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The answer of every change: ok, changed, and the account as the list shows it.
CREATE OR REPLACE FUNCTION staff_answer(p_username text, p_changed boolean)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('ok', true, 'changed', p_changed, 'id', s.id, 'username', s.username,
                              'display_name', s.display_name, 'role', s.role, 'active', s.active,
                              'must_change_password', s.must_change_password)
      FROM staff s WHERE s.username = p_username
$$;
REVOKE ALL ON FUNCTION staff_answer(text, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- reading (supervisors and managers)

-- Every account, active or not, with its lock-out (locked_until only while
-- it lasts) and whether it has a database login. No hashes.
CREATE OR REPLACE FUNCTION staff_accounts()
RETURNS TABLE (id integer, username text, display_name text, role text, active boolean,
               locked_until timestamptz, must_change_password boolean, has_login boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT s.id, s.username, s.display_name, s.role, s.active,
           CASE WHEN s.locked_until > now() THEN s.locked_until END,
           s.must_change_password, is_staff_login(s.username)
      FROM staff s
     ORDER BY s.username
$$;
REVOKE ALL ON FUNCTION staff_accounts()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION staff_accounts() TO boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- changes (managers)

-- A new account with its first password, which the staff member must change
-- at the first sign-in. The user name must be free in the staff list and as
-- a role on the server (where another box-office database's logins live too).
CREATE OR REPLACE FUNCTION add_staff(p_username text, p_display_name text, p_role text, p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name text;
BEGIN
    PERFORM staff_check_username(p_username);
    v_name := staff_checked_display_name(p_display_name);
    PERFORM staff_check_role(p_role);
    PERFORM staff_check_secret(p_hash, p_verifier);
    -- Two managers adding the same name at once: the second waits, then finds it taken.
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.staff:' || p_username));
    IF EXISTS (SELECT 1 FROM staff WHERE username = p_username)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'username', 'value', p_username));
    END IF;
    INSERT INTO staff (username, display_name, role, password_hash, password_changed_at, must_change_password)
    VALUES (p_username, v_name, p_role, p_hash, now(), true);
    PERFORM staff_apply_login(p_username, p_verifier);
    PERFORM staff_audit('staff_added', 'account added', p_username, NULL,
                        jsonb_build_object('display_name', v_name, 'role', p_role, 'active', true,
                                           'must_change_password', true));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION add_staff(text, text, text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION add_staff(text, text, text, text, text) TO boxoffice_manager;

CREATE OR REPLACE FUNCTION set_staff_display_name(p_username text, p_display_name text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name  text;
    v_staff staff%ROWTYPE;
BEGIN
    v_name := staff_checked_display_name(p_display_name);
    v_staff := staff_for_update(p_username);
    IF v_staff.display_name = v_name THEN
        RETURN staff_answer(p_username, false);
    END IF;
    UPDATE staff SET display_name = v_name WHERE id = v_staff.id;
    PERFORM staff_audit('staff_renamed', 'display name changed', p_username,
                        jsonb_build_object('display_name', v_staff.display_name),
                        jsonb_build_object('display_name', v_name));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION set_staff_display_name(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_display_name(text, text) TO boxoffice_manager;

-- The login moves to the new role's group. Demoting the last active manager
-- is refused (last_manager).
CREATE OR REPLACE FUNCTION set_staff_role(p_username text, p_role text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    PERFORM staff_check_role(p_role);
    v_staff := staff_for_update(p_username);
    IF v_staff.role = p_role THEN
        RETURN staff_answer(p_username, false);
    END IF;
    PERFORM staff_check_not_last_manager(v_staff);
    UPDATE staff SET role = p_role WHERE id = v_staff.id;
    PERFORM staff_apply_login(p_username, NULL);
    PERFORM staff_audit('staff_role_changed', 'role changed', p_username,
                        jsonb_build_object('role', v_staff.role), jsonb_build_object('role', p_role));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION set_staff_role(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_role(text, text) TO boxoffice_manager;

-- Ends every database connection of a staff login but the caller's own:
-- how many were ended, or NULL when this database's owner may not signal
-- them (it must be a superuser, as the embedded cluster's is, or a member of
-- pg_signal_backend; docs/backoffice/staff.md). pg_terminate_backend acts at
-- once, not at commit: callers do it last, after the changes it enforces.
CREATE OR REPLACE FUNCTION staff_end_connections(p_username text)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_pid   integer;
    v_ended integer := 0;
BEGIN
    FOR v_pid IN SELECT pid FROM pg_stat_activity
                  WHERE usename = p_username AND pid <> pg_backend_pid() AND backend_type = 'client backend' LOOP
        BEGIN
            IF pg_terminate_backend(v_pid) THEN
                v_ended := v_ended + 1;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RETURN NULL;
        END;
    END LOOP;
    RETURN v_ended;
END $$;
REVOKE ALL ON FUNCTION staff_end_connections(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Deactivates (the login becomes NOLOGIN: neither the app nor psql lets the
-- account in) or reactivates an account. Deactivating the last active
-- manager is refused (last_manager). Deactivating also closes the account's
-- open counter sessions (audited as close_counter_session, reason "account
-- deactivated": its counter's next sale or hold is refused,
-- no_counter_session) and ends its open database connections
-- (staff_end_connections): a counter, dashboard or psql that was signed in
-- loses its connection at once and cannot sign in again. The answer says
-- how many: "sessions_closed", "connections_ended" (null: not allowed).
CREATE OR REPLACE FUNCTION set_staff_active(p_username text, p_active boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff    staff%ROWTYPE;
    v_session  bigint;
    v_sessions integer := 0;
    v_ended    integer;
BEGIN
    IF p_active IS NULL THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'active', 'problem', 'missing'));
    END IF;
    v_staff := staff_for_update(p_username);
    IF v_staff.active = p_active THEN
        RETURN staff_answer(p_username, false);
    END IF;
    IF NOT p_active THEN
        PERFORM staff_check_not_last_manager(v_staff);
    END IF;
    UPDATE staff SET active = p_active WHERE id = v_staff.id;
    PERFORM staff_apply_login(p_username, NULL);
    PERFORM staff_audit(CASE WHEN p_active THEN 'staff_reactivated' ELSE 'staff_deactivated' END,
                        CASE WHEN p_active THEN 'account reactivated' ELSE 'account deactivated' END,
                        p_username, jsonb_build_object('active', v_staff.active),
                        jsonb_build_object('active', p_active));
    IF p_active THEN
        RETURN staff_answer(p_username, true);
    END IF;
    -- The same lock a sign-in at a counter takes (open_counter_session): a
    -- sign-in racing this waits, then sees the account inactive.
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.counter_session.login'), hashtext(p_username));
    FOR v_session IN SELECT id FROM counter_session WHERE login = p_username AND closed_at IS NULL ORDER BY id LOOP
        IF close_session_audited(v_session, 'account deactivated', 'close_counter_session') THEN
            v_sessions := v_sessions + 1;
        END IF;
    END LOOP;
    v_ended := staff_end_connections(p_username);
    RETURN staff_answer(p_username, true)
        || jsonb_build_object('sessions_closed', v_sessions, 'connections_ended', v_ended);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION set_staff_active(text, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_active(text, boolean) TO boxoffice_manager;

-- A new password a manager gives (the staff member must change it at the
-- next sign-in); a lock-out ends with it.
CREATE OR REPLACE FUNCTION reset_staff_password(p_username text, p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    PERFORM staff_check_secret(p_hash, p_verifier);
    v_staff := staff_for_update(p_username);
    UPDATE staff
       SET password_hash = p_hash, password_changed_at = now(), must_change_password = true,
           failed_attempts = 0, locked_until = NULL
     WHERE id = v_staff.id;
    PERFORM staff_apply_login(p_username, p_verifier);
    PERFORM staff_audit('staff_password_reset', 'password reset', p_username,
                        jsonb_build_object('must_change_password', v_staff.must_change_password,
                                           'locked_until', v_staff.locked_until),
                        jsonb_build_object('must_change_password', true, 'locked_until', NULL));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION reset_staff_password(text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION reset_staff_password(text, text, text) TO boxoffice_manager;

-- Ends a lock-out (and forgets the wrong passwords counted so far).
CREATE OR REPLACE FUNCTION unlock_staff(p_username text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    v_staff := staff_for_update(p_username);
    IF v_staff.locked_until IS NULL AND v_staff.failed_attempts = 0 THEN
        RETURN staff_answer(p_username, false);
    END IF;
    UPDATE staff SET locked_until = NULL, failed_attempts = 0 WHERE id = v_staff.id;
    PERFORM staff_audit('staff_unlocked', 'account unlocked', p_username,
                        jsonb_build_object('locked_until', v_staff.locked_until,
                                           'failed_attempts', v_staff.failed_attempts),
                        jsonb_build_object('locked_until', NULL, 'failed_attempts', 0));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION unlock_staff(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION unlock_staff(text) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- one's own password (every staff member, for themselves only)

-- The signed-in staff member's new password: whose is the session's login,
-- never a parameter. Clears "must change at next sign-in".
CREATE OR REPLACE FUNCTION change_own_password(p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    PERFORM staff_check_secret(p_hash, p_verifier);
    SELECT * INTO v_staff FROM staff WHERE username = session_user AND active FOR UPDATE;
    IF NOT FOUND OR NOT is_staff_login(session_user) THEN
        PERFORM fail('unknown_staff', jsonb_build_object('username', session_user));
    END IF;
    UPDATE staff
       SET password_hash = p_hash, password_changed_at = now(), must_change_password = false, failed_attempts = 0
     WHERE id = v_staff.id;
    PERFORM staff_apply_login(v_staff.username, p_verifier);
    PERFORM staff_audit('staff_password_changed', 'own password changed', v_staff.username,
                        jsonb_build_object('must_change_password', v_staff.must_change_password),
                        jsonb_build_object('must_change_password', false));
    RETURN staff_answer(v_staff.username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION change_own_password(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
-- Door staff too: their group is outside the clerk-supervisor-manager chain,
-- and a new or reset account must choose its password before going on.
GRANT EXECUTE ON FUNCTION change_own_password(text, text) TO boxoffice_clerk, boxoffice_gate;

-------------------------------------------------------------------------------
-- the first manager (the owner's, at the first start without demo data)

-- On a database without an active manager (created without the demo data),
-- the first start makes the first manager's account with the password they
-- chose (no change needed). Refused once any active manager exists.
CREATE OR REPLACE FUNCTION add_first_manager(p_username text, p_display_name text, p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name text;
BEGIN
    PERFORM staff_check_username(p_username);
    v_name := staff_checked_display_name(p_display_name);
    PERFORM staff_check_secret(p_hash, p_verifier);
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.first_manager'));
    IF EXISTS (SELECT 1 FROM staff WHERE role = 'manager' AND active) THEN
        PERFORM fail('permission_denied', jsonb_build_object('reason', 'a manager exists'));
    END IF;
    IF EXISTS (SELECT 1 FROM staff WHERE username = p_username)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'username', 'value', p_username));
    END IF;
    INSERT INTO staff (username, display_name, role, password_hash, password_changed_at)
    VALUES (p_username, v_name, 'manager', p_hash, now());
    PERFORM staff_apply_login(p_username, p_verifier);
    PERFORM staff_audit('first_manager_added', 'first manager of a new database', p_username, NULL,
                        jsonb_build_object('display_name', v_name, 'role', 'manager', 'active', true));
    RETURN staff_answer(p_username, true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION add_first_manager(text, text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Whether the database has an active manager (asked by the start-up on the
-- owner's connection: without one, the first manager's account is asked for).
CREATE OR REPLACE FUNCTION has_active_manager()
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM staff WHERE role = 'manager' AND active)
$$;
REVOKE ALL ON FUNCTION has_active_manager()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
