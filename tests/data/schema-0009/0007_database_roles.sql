-- Staff roles enforced by the database. Three group roles (NOLOGIN):
--   boxoffice_clerk       sells at a counter: executes the sale functions and
--                         reads what the counter shows, nothing else;
--   boxoffice_supervisor  a clerk who also reads the health figures, reports
--                         and the audit log;
--   boxoffice_manager     a supervisor who may also use the emergency controls
--                         and manage staff passwords.
-- Each staff account may have a login role of the same name, member of the
-- group of its staff role (set_staff_login below). Tables belong to the owner
-- that runs the migrations; nobody else may write them directly. Every
-- function runs as its owner (SECURITY DEFINER, with a fixed search_path)
-- and EXECUTE is granted per group, never to PUBLIC.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Roles are global to the server: another box-office database on the same
-- server may have made them already (or be making them right now).
DO $$
DECLARE
    v_role text;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END $$;
GRANT boxoffice_clerk TO boxoffice_supervisor;
GRANT boxoffice_supervisor TO boxoffice_manager;

-- Functions the owner makes from now on are not executable by PUBLIC: each
-- migration grants EXECUTE to the group that needs it. (A per-schema
-- default cannot take away the global one, hence no IN SCHEMA.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The audit log records the database login that really made each change,
-- next to the actor the application names (which a caller could make up).
-- (Inside the SECURITY DEFINER functions current_user is the owner, so the
-- actor's default becomes the login too.)
ALTER TABLE audit_log ADD COLUMN db_user text NOT NULL DEFAULT session_user;
ALTER TABLE audit_log ALTER COLUMN actor SET DEFAULT session_user;

-- Which staff login roles the box office manages: members of one of the
-- groups. Anything else (the owner, postgres, another application's roles)
-- is never touched by set_staff_login.
CREATE FUNCTION is_staff_login(p_role text)
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1
                     FROM pg_auth_members m
                     JOIN pg_roles g ON g.oid = m.roleid
                     JOIN pg_roles r ON r.oid = m.member
                    WHERE r.rolname = p_role
                      AND g.rolname IN ('boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager'))
$$;

CREATE FUNCTION is_direct_member(p_role text, p_group text)
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m
                     JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                    WHERE g.rolname = p_group AND r.rolname = p_role)
$$;

-- Is the caller a plain clerk (not a supervisor)? The owner and superusers
-- are not restricted.
CREATE FUNCTION caller_is_plain_clerk()
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'boxoffice_clerk', 'MEMBER')
           AND NOT pg_has_role(session_user, 'boxoffice_supervisor', 'MEMBER')
$$;

-- Gives a staff account its database login: a role of the same name, member
-- of the group of its staff role only, with the password as a SCRAM-SHA-256
-- verifier made by the client (libpq's PQencryptPasswordConn): the plain
-- password never reaches the server. An inactive account cannot log in.
CREATE FUNCTION set_staff_login(p_username text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
    v_group text;
    v_other text;
BEGIN
    SELECT * INTO v_staff FROM staff WHERE username = p_username;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_clerk', 'username', p_username);
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'verifier');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) AND NOT is_staff_login(p_username) THEN
        -- A role of that name exists and is not one of ours: never take it over.
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'username',
                                  'reason', 'role exists');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_username);
    END IF;
    EXECUTE format('ALTER ROLE %I WITH %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
                   ' INHERIT PASSWORD %L',
                   p_username, CASE WHEN v_staff.active THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier);
    v_group := 'boxoffice_' || v_staff.role;
    FOREACH v_other IN ARRAY ARRAY['boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager'] LOOP
        IF v_other <> v_group AND is_direct_member(p_username, v_other) THEN
            EXECUTE format('REVOKE %I FROM %I', v_other, p_username);
        END IF;
    END LOOP;
    IF NOT is_direct_member(p_username, v_group) THEN
        EXECUTE format('GRANT %I TO %I', v_group, p_username);
    END IF;
    INSERT INTO audit_log (actor, action, reason, detail, rows)
    VALUES (session_user, 'set_staff_login', 'password set',
            jsonb_build_object('username', p_username, 'role', v_staff.role), 1);
    RETURN jsonb_build_object('ok', true, 'username', p_username, 'group', v_group);
END $$;

-- A staff password: the PBKDF2 hash the sign-in checks, and the login
-- role's SCRAM verifier, in one transaction.
CREATE FUNCTION set_staff_password(p_username text, p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_answer jsonb;
BEGIN
    IF NOT set_staff_password(p_username, p_hash) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_clerk', 'username', p_username);
    END IF;
    v_answer := set_staff_login(p_username, p_verifier);
    IF NOT (v_answer ->> 'ok')::boolean THEN
        RAISE EXCEPTION USING ERRCODE = 'BX001', MESSAGE = v_answer::text;
    END IF;
    RETURN v_answer;
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;

-- A plain clerk may cancel only the orders they sold; supervisors and
-- managers may cancel any. (Replaces the wrapper of 0002.)
CREATE OR REPLACE FUNCTION cancel_order(p_order bigint, p_terminal integer, p_clerk integer, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF caller_is_plain_clerk() AND EXISTS (SELECT 1 FROM orders WHERE id = p_order)
       AND NOT EXISTS (SELECT 1 FROM orders o JOIN staff s ON s.id = o.clerk_id
                        WHERE o.id = p_order AND s.username = session_user) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'not_permitted', 'order_id', p_order,
                                  'reason', 'sold by another clerk');
    END IF;
    RETURN cancel_order_impl(p_order, p_terminal, p_clerk, p_reason);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'order_busy', 'order_id', p_order);
END $$;

-- Orders name the clerk who sold them, so a counter can tell a plain clerk
-- which orders they may cancel. (0002's document plus clerk_id.)
CREATE OR REPLACE FUNCTION order_json(p_order bigint)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'order_id', o.id, 'status', o.status, 'show_id', o.show_id,
        'ticket_type', o.ticket_type, 'total', o.total::text,
        'terminal_id', o.terminal_id, 'clerk_id', o.clerk_id, 'customer_name', o.customer_name,
        'customer_phone', o.customer_phone, 'payment_method', o.payment_method,
        'payment_ref', o.payment_ref,
        'created_at', round(extract(epoch FROM o.created_at), 3),
        'expires_at', round(extract(epoch FROM o.expires_at), 3),
        'seats', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'id', os.seat_id, 'label', s.label, 'price', os.price::text)
                         ORDER BY s.label), '[]')
                    FROM boxoffice.order_seat os JOIN boxoffice.seat s ON s.id = os.seat_id
                   WHERE os.order_id = o.id AND os.active))
    FROM boxoffice.orders o WHERE o.id = p_order
$$;

-- Privileges. Nothing of the schema is PUBLIC's; the groups get exactly what
-- they need. The entry points run as their owner (SECURITY DEFINER); the
-- internal helpers they call are executable by the owner only.
REVOKE ALL ON SCHEMA boxoffice FROM PUBLIC;
GRANT USAGE ON SCHEMA boxoffice TO boxoffice_clerk;
REVOKE ALL ON ALL TABLES IN SCHEMA boxoffice FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA boxoffice FROM PUBLIC;

DO $$
DECLARE
    v_fn    regprocedure;
    v_grant record;
BEGIN
    FOR v_fn IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'boxoffice'::regnamespace LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
    END LOOP;
    FOR v_grant IN
        SELECT * FROM (VALUES
            -- the counter's sale functions
            ('hold_seats', 'boxoffice_clerk'), ('release_seats', 'boxoffice_clerk'),
            ('extend_hold', 'boxoffice_clerk'), ('sell', 'boxoffice_clerk'),
            ('confirm_payment', 'boxoffice_clerk'), ('cancel_order', 'boxoffice_clerk'),
            ('change_seats', 'boxoffice_clerk'), ('register_terminal', 'boxoffice_clerk'),
            -- housekeeping every counter may trigger (never needed for correctness)
            ('expire_holds', 'boxoffice_clerk'), ('expire_orders', 'boxoffice_clerk'),
            ('run_job', 'boxoffice_clerk'),
            -- the manager's
            ('force_unlock_targets', 'boxoffice_manager'), ('force_unlock', 'boxoffice_manager'),
            ('set_sales_state', 'boxoffice_manager'), ('clear_duplicate_locks', 'boxoffice_manager'),
            ('set_staff_password', 'boxoffice_manager'), ('set_staff_login', 'boxoffice_manager'))
            AS g(fn, grantee)
    LOOP
        FOR v_fn IN SELECT p.oid::regprocedure FROM pg_proc p
                     WHERE p.pronamespace = 'boxoffice'::regnamespace AND p.proname = v_grant.fn LOOP
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER', v_fn);
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', v_fn, v_grant.grantee);
        END LOOP;
    END LOOP;
END $$;
-- order_json is also called per row from plain SELECTs; it reads only what a
-- clerk may read, so it runs as the caller.
GRANT EXECUTE ON FUNCTION order_json(bigint) TO boxoffice_clerk;

-- What the counter shows. Staff password hashes and lock-outs are not in it.
GRANT SELECT ON venue, zone, seat, show, show_seat, terminal, orders, order_seat TO boxoffice_clerk;
GRANT SELECT (id, username, display_name, role, active) ON staff TO boxoffice_clerk;
-- What a supervisor watches.
GRANT SELECT ON audit_log, job_run TO boxoffice_supervisor;
