-- Venues and shows, the demo data, and staff: sign-in,
-- passwords and the database logins of staff accounts.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- venues and shows

-- 0 -> A, 25 -> Z, 26 -> AA, ...
CREATE OR REPLACE FUNCTION row_name(p_index integer)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v_name text := '';
    v_n    integer := p_index + 1;
BEGIN
    WHILE v_n > 0 LOOP
        v_name := chr(65 + (v_n - 1) % 26) || v_name;
        v_n := (v_n - 1) / 26;
    END LOOP;
    RETURN v_name;
END $$;
REVOKE ALL ON FUNCTION row_name(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Builds a square arena around a ring: rows of seats on the four sides
-- (N, E, S, W), row A nearest the ring, each row two seats longer than the
-- one before, an aisle between tiers. p_tiers is a list of
-- {ticket_type, name, price, color, rows}; the last tier takes as many rows
-- as it needs to reach p_seats exactly. Returns the venue id.
CREATE OR REPLACE FUNCTION generate_venue(p_name text, p_seats integer, p_tiers jsonb,
                                          p_ring_half real DEFAULT 7, p_first_row_seats integer DEFAULT 16)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue    integer;
    v_tier     jsonb;
    v_tier_no  integer := 0;
    v_tiers    integer := jsonb_array_length(p_tiers);
    v_zone     integer;
    v_rows     integer;
    v_row      integer := 0;
    v_in_tier  integer;
    v_dist     real := p_ring_half + 2;
    v_count    integer := 0;
    v_per_side integer;
    v_take     integer;
BEGIN
    IF p_seats < 1 OR v_tiers < 1 THEN
        RAISE EXCEPTION 'generate_venue: need at least one seat and one tier';
    END IF;
    INSERT INTO venue (name, ring_half_size) VALUES (p_name, p_ring_half) RETURNING id INTO v_venue;
    FOR v_tier IN SELECT value FROM jsonb_array_elements(p_tiers) LOOP
        v_tier_no := v_tier_no + 1;
        INSERT INTO zone (venue_id, ticket_type, name, price, color)
        VALUES (v_venue, v_tier ->> 'ticket_type', v_tier ->> 'name', (v_tier ->> 'price')::numeric,
                v_tier ->> 'color')
        RETURNING id INTO v_zone;
        v_rows := CASE WHEN v_tier_no = v_tiers THEN 2147483647 ELSE (v_tier ->> 'rows')::integer END;
        v_in_tier := 0;
        WHILE v_in_tier < v_rows AND v_count < p_seats LOOP
            v_per_side := p_first_row_seats + 2 * v_row;
            v_take := least(4 * v_per_side, p_seats - v_count);
            INSERT INTO seat (venue_id, zone_id, section, row_label, number, label, x, y)
            SELECT v_venue, v_zone, side.name, row_name(v_row), n, side.name || row_name(v_row) || '-' || n,
                   CASE side.name
                       WHEN 'N' THEN -(v_per_side - 1) / 2.0 + (n - 1)
                       WHEN 'S' THEN (v_per_side - 1) / 2.0 - (n - 1)
                       WHEN 'E' THEN v_dist
                       ELSE -v_dist END,
                   CASE side.name
                       WHEN 'N' THEN -v_dist
                       WHEN 'S' THEN v_dist
                       WHEN 'E' THEN -(v_per_side - 1) / 2.0 + (n - 1)
                       ELSE (v_per_side - 1) / 2.0 - (n - 1) END
              FROM (VALUES (0, 'N'), (1, 'E'), (2, 'S'), (3, 'W')) AS side (ord, name)
             CROSS JOIN generate_series(1, v_per_side) AS n
             WHERE side.ord * v_per_side + n <= v_take;
            v_count := v_count + v_take;
            v_row := v_row + 1;
            v_in_tier := v_in_tier + 1;
            v_dist := v_dist + 1;
        END LOOP;
        v_dist := v_dist + 1; -- aisle between tiers
    END LOOP;
    RETURN v_venue;
END $$;
REVOKE ALL ON FUNCTION generate_venue(text, integer, jsonb, real, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION create_show(p_venue integer, p_title text, p_starts_at timestamptz)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_show integer;
BEGIN
    INSERT INTO show (venue_id, title, starts_at) VALUES (p_venue, p_title, p_starts_at)
    RETURNING id INTO v_show;
    INSERT INTO show_seat (show_id, seat_id)
    SELECT v_show, id FROM seat WHERE venue_id = p_venue AND retired_at IS NULL;
    -- The show's price list starts as the venue's zone prices (functions/shows.sql).
    INSERT INTO show_price (show_id, zone_id, price)
    SELECT v_show, id, price FROM zone WHERE venue_id = p_venue;
    RETURN v_show;
END $$;
REVOKE ALL ON FUNCTION create_show(integer, text, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The demo data: a stadium of about 3,000 seats with shows on the next 14
-- evenings (Bangkok time), and with p_large_venues two generated arenas of
-- 20,000 and 100,000 seats with one show each. Does nothing if any venue
-- exists already (or an active manager); returns whether it seeded.
-- Two apps starting at once on a new database both call it: the second waits
-- for the first to finish seeding (with the large venues that takes longer
-- than the sessions' lock_timeout on a slow machine) and then finds the
-- venues there. The statement_timeout still bounds the wait.
CREATE OR REPLACE FUNCTION seed_demo(p_large_venues boolean DEFAULT true)
RETURNS boolean LANGUAGE plpgsql
SET search_path = boxoffice, pg_catalog, pg_temp SET lock_timeout = 0 AS $$
DECLARE
    v_tiers   jsonb := '[
        {"ticket_type": "RINGSIDE", "name": "Ringside", "price": 2500, "color": "#c62828", "rows": 4},
        {"ticket_type": "CLASS2",   "name": "Class 2",  "price": 1800, "color": "#1565c0", "rows": 8},
        {"ticket_type": "CLASS3",   "name": "Class 3",  "price": 1500, "color": "#2e7d32", "rows": 9}]';
    v_venue   integer;
    v_evening timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.seed_demo'));
    -- A database made without the demo data whose first manager exists
    -- (--no-demo) never gets the demo accounts and their known passwords.
    IF EXISTS (SELECT 1 FROM venue) OR EXISTS (SELECT 1 FROM staff WHERE role = 'manager' AND active) THEN
        RETURN false;
    END IF;
    v_venue := generate_venue('Rajadamnern Demo Stadium', 3024, v_tiers);
    FOR d IN 0..13 LOOP
        v_evening := ((date_trunc('day', now() AT TIME ZONE 'Asia/Bangkok') + make_interval(days => d)
                       + interval '18 hours 30 minutes') AT TIME ZONE 'Asia/Bangkok');
        PERFORM create_show(v_venue, 'Muay Thai Night', v_evening);
    END LOOP;
    IF p_large_venues THEN
        v_venue := generate_venue('Generated Arena 20k', 20000, v_tiers);
        PERFORM create_show(v_venue, 'Arena 20k Benchmark Night', v_evening);
        v_venue := generate_venue('Generated Arena 100k', 100000, v_tiers);
        PERFORM create_show(v_venue, 'Arena 100k Benchmark Night', v_evening);
        -- For the benchmarks only: never in a clerk's show list.
        UPDATE venue SET is_test = true WHERE name IN ('Generated Arena 20k', 'Generated Arena 100k');
    END IF;
    INSERT INTO staff (username, display_name, role)
    VALUES ('clerk', 'Demo Clerk', 'clerk'),
           ('supervisor', 'Demo Supervisor', 'supervisor'),
           ('manager', 'Demo Manager', 'manager')
    ON CONFLICT (username) DO NOTHING;
    RETURN true;
END $$;
REVOKE ALL ON FUNCTION seed_demo(boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The demo stadium's shows sold at more than Standard (issue 12): Thai
-- resident at 60 % and Child at 50 % of each zone's price (rounded down to
-- whole baht), Comp at 0. Only the app's demo asks for it (Migrator::seedDemo
-- with priceTypes); the tests' clusters keep Standard only and add what each
-- test needs. Adds no row a show already has; returns how many it added.
CREATE OR REPLACE FUNCTION seed_demo_price_types()
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_added integer;
BEGIN
    INSERT INTO show_price (show_id, zone_id, price_type_id, price)
    SELECT sh.id, z.id, pt.id,
           CASE pt.code WHEN 'THAI' THEN floor(z.price * 0.60) WHEN 'CHILD' THEN floor(z.price * 0.50) ELSE 0 END
      FROM show sh
      JOIN venue v ON v.id = sh.venue_id AND v.name = 'Rajadamnern Demo Stadium'
      JOIN zone z ON z.venue_id = v.id
      JOIN price_type pt ON pt.code IN ('THAI', 'CHILD', 'COMP') AND pt.active
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    RETURN v_added;
END $$;
REVOKE ALL ON FUNCTION seed_demo_price_types()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- staff sign-in: passwords are hashed by the client with PBKDF2 (Qt's
-- QPasswordDigestor) and only the hash is stored; repeated failures lock
-- the account for a while.

CREATE OR REPLACE FUNCTION set_staff_password(p_username text, p_hash text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    UPDATE staff SET password_hash = p_hash, password_changed_at = now(), failed_attempts = 0, locked_until = NULL
     WHERE username = p_username;
    RETURN FOUND;
END $$;
REVOKE ALL ON FUNCTION set_staff_password(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_password(text, text) TO boxoffice_manager;

-- Records one sign-in attempt. p_success false counts a failure; at
-- p_max_failures the account is locked for p_lock_minutes (audited).
CREATE OR REPLACE FUNCTION record_sign_in(p_username text, p_success boolean, p_max_failures integer, p_lock_minutes integer)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    SELECT * INTO v_staff FROM staff WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', true, 'locked', false);
    END IF;
    IF p_success THEN
        UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = v_staff.id;
        RETURN jsonb_build_object('ok', true, 'locked', false);
    END IF;
    IF v_staff.failed_attempts + 1 >= p_max_failures THEN
        UPDATE staff SET failed_attempts = 0, locked_until = now() + make_interval(mins => p_lock_minutes)
         WHERE id = v_staff.id;
        INSERT INTO audit_log (actor, action, reason, detail, rows)
        VALUES (p_username, 'staff_locked_out', 'repeated wrong passwords',
                jsonb_build_object('staff_id', v_staff.id, 'minutes', p_lock_minutes), 1);
        RETURN jsonb_build_object('ok', true, 'locked', true);
    END IF;
    UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = v_staff.id;
    RETURN jsonb_build_object('ok', true, 'locked', false, 'failures', v_staff.failed_attempts + 1);
END $$;
REVOKE ALL ON FUNCTION record_sign_in(text, boolean, integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- staff logins: each staff account may have a login role of the same name,
-- member of the group of its staff role (boxoffice_clerk, _supervisor,
-- _manager; made by 0007_database_roles.sql; boxoffice_gate, door staff,
-- by 0023_gate.sql).

-- Which staff login roles the box office manages: members of one of the
-- groups. Anything else (the owner, postgres, another application's roles)
-- is never touched by set_staff_login.
CREATE OR REPLACE FUNCTION is_staff_login(p_role text)
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1
                     FROM pg_auth_members m
                     JOIN pg_roles g ON g.oid = m.roleid
                     JOIN pg_roles r ON r.oid = m.member
                    WHERE r.rolname = p_role
                      AND g.rolname IN ('boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager',
                                        'boxoffice_gate'))
$$;
REVOKE ALL ON FUNCTION is_staff_login(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION is_direct_member(p_role text, p_group text)
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m
                     JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                    WHERE g.rolname = p_group AND r.rolname = p_role)
$$;
REVOKE ALL ON FUNCTION is_direct_member(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Is the caller a plain clerk (not a supervisor)? The owner and superusers
-- are not restricted.
CREATE OR REPLACE FUNCTION caller_is_plain_clerk()
RETURNS boolean LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'boxoffice_clerk', 'MEMBER')
           AND NOT pg_has_role(session_user, 'boxoffice_supervisor', 'MEMBER')
$$;
REVOKE ALL ON FUNCTION caller_is_plain_clerk()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Gives a staff account its database login: a role of the same name, member
-- of the group of its staff role only, with the password as a SCRAM-SHA-256
-- verifier made by the client (libpq's PQencryptPasswordConn): the plain
-- password never reaches the server. An inactive account cannot log in.
CREATE OR REPLACE FUNCTION set_staff_login(p_username text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
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
    FOREACH v_other IN ARRAY ARRAY['boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager', 'boxoffice_gate'] LOOP
        IF v_other <> v_group AND is_direct_member(p_username, v_other) THEN
            EXECUTE format('REVOKE %I FROM %I', v_other, p_username);
        END IF;
    END LOOP;
    IF NOT is_direct_member(p_username, v_group) THEN
        EXECUTE format('GRANT %I TO %I', v_group, p_username);
    END IF;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'set_staff_login', 'password set',
            jsonb_build_object('username', p_username, 'role', v_staff.role), 1);
    RETURN jsonb_build_object('ok', true, 'username', p_username, 'group', v_group);
END $$;
REVOKE ALL ON FUNCTION set_staff_login(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_login(text, text) TO boxoffice_manager;

-- A staff password: the PBKDF2 hash the sign-in checks, and the login
-- role's SCRAM verifier, in one transaction.
CREATE OR REPLACE FUNCTION set_staff_password(p_username text, p_hash text, p_verifier text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
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
REVOKE ALL ON FUNCTION set_staff_password(text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_staff_password(text, text, text) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- venue settings (a manager's): the merchant's PromptPay id

-- The PromptPay id as stored: its digits, spaces and dashes dropped, "+66"
-- written as the leading 0; NULL when it is none of a Thai mobile number
-- (0 and 9 digits), a 13-digit national or tax id with a valid check digit,
-- or a 15-digit e-wallet id; '' for an empty one.
CREATE OR REPLACE FUNCTION normalized_promptpay_id(p_id text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_id  text := translate(coalesce(p_id, ''), ' -', '');
    v_sum integer := 0;
BEGIN
    IF v_id = '' THEN
        RETURN '';
    END IF;
    IF v_id ~ '^\+66[0-9]{9}$' THEN
        v_id := '0' || substr(v_id, 4);
    END IF;
    IF v_id ~ '^0[0-9]{9}$' OR v_id ~ '^[0-9]{15}$' THEN
        RETURN v_id;
    END IF;
    IF v_id !~ '^[0-9]{13}$' THEN
        RETURN NULL;
    END IF;
    -- The 13th digit: (11 - (sum of the first 12, weighted 13 down to 2) mod 11) mod 10.
    FOR i IN 1..12 LOOP
        v_sum := v_sum + substr(v_id, i, 1)::integer * (14 - i);
    END LOOP;
    IF (11 - v_sum % 11) % 10 <> substr(v_id, 13, 1)::integer THEN
        RETURN NULL;
    END IF;
    RETURN v_id;
END $$;
REVOKE ALL ON FUNCTION normalized_promptpay_id(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Sets (or with NULL or '' clears) the venue's PromptPay id, the account the
-- counters' PromptPay QR codes pay into. A manager's; audited with the id
-- before and after.
CREATE OR REPLACE FUNCTION set_venue_promptpay_id(p_venue integer, p_id text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old  text;
    v_new  text := normalized_promptpay_id(p_id);
    v_name text;
BEGIN
    IF v_new IS NULL THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_promptpay_id', 'venue', p_venue);
    END IF;
    v_new := nullif(v_new, '');
    SELECT promptpay_id, name INTO v_old, v_name FROM venue WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_venue', 'venue', p_venue);
    END IF;
    IF v_old IS NOT DISTINCT FROM v_new THEN
        RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'promptpay_id', v_new, 'changed', false);
    END IF;
    UPDATE venue SET promptpay_id = v_new WHERE id = p_venue;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'set_venue_promptpay_id',
            CASE WHEN v_new IS NULL THEN 'PromptPay id cleared' ELSE 'PromptPay id set' END,
            jsonb_build_object('venue', p_venue, 'venue_name', v_name, 'before', v_old, 'after', v_new), 1);
    RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'promptpay_id', v_new, 'changed', true);
END $$;
REVOKE ALL ON FUNCTION set_venue_promptpay_id(integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_venue_promptpay_id(integer, text) TO boxoffice_manager;
