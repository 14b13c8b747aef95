-- The gate (issue 13): ticket codes and admission at the stadium's doors.
-- Tables: migrations/0023_gate.sql; design and threat model: docs/GATE.md;
-- C++: services/gate (Gate).
--
-- Answers are jsonb: {"ok": true, ...} or {"ok": false, "code": ...} (a
-- refusal changes nothing). A scan's verdict is an answer, not a refusal:
-- {"ok": true, "verdict": "VALID" | "ALREADY_ADMITTED" | "CANCELLED" |
-- "RETURNED" | "REPLACED" | "WRONG_SHOW" | "WRONG_DAY" | "NOT_YET_OPEN" |
-- "UNPAID" | "UNKNOWN", ...}, and every scan is logged (admission_scan).
--
-- A function file (docs/SQL.md): re-run whenever it changes, so every
-- statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- codes (internal)

-- A new code: 26 characters of Crockford's base 32 (no I, L, O, U), 5 random
-- bits each (130 bits), from two gen_random_uuid() (the server's strong
-- random source, 244 random bits) through SHA-256, so every bit of the
-- output is uniform whatever the UUID's fixed version bits.
CREATE OR REPLACE FUNCTION new_ticket_code()
RETURNS text LANGUAGE sql VOLATILE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(r.b, i) & 31) + 1, 1), '' ORDER BY i)
      FROM (SELECT sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())) AS b) r,
           generate_series(0, 25) i
$$;
REVOKE ALL ON FUNCTION new_ticket_code()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- What a gate typed or scanned, as a code: upper case, spaces and dashes
-- dropped, Crockford's look-alikes read as digits (O as 0, I and L as 1).
-- NULL when it cannot be a code (not 26 or 10 characters of the alphabet).
CREATE OR REPLACE FUNCTION normalized_ticket_code(p_input text)
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT CASE WHEN c ~ '^[0-9A-HJKMNP-TV-Z]{26}$' OR c ~ '^[0-9A-HJKMNP-TV-Z]{10}$' THEN c END
      FROM (SELECT translate(upper(regexp_replace(coalesce(left(p_input, 100), ''), '[\s-]', '', 'g')),
                             'OIL', '011') AS c) n
$$;
REVOKE ALL ON FUNCTION normalized_ticket_code(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- The ticket a code (26 characters) or short code (its first 10) names;
-- NULL if none. One index lookup (code_hash or short_hash, each unique).
CREATE OR REPLACE FUNCTION ticket_by_code(p_input text)
RETURNS bigint LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_code   text := normalized_ticket_code(p_input);
    v_ticket bigint;
BEGIN
    IF v_code IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(v_code) = 26 THEN
        SELECT t.id INTO v_ticket FROM ticket t WHERE t.code_hash = sha256(convert_to(v_code, 'UTF8'));
    ELSE
        SELECT t.id INTO v_ticket FROM ticket t WHERE t.short_hash = sha256(convert_to(v_code, 'UTF8'));
    END IF;
    RETURN v_ticket;
END $$;
REVOKE ALL ON FUNCTION ticket_by_code(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- Makes the current ticket of one sold seat of an order: a new code, its
-- hashes in ticket, the code in ticket_secret. A short code that happens to
-- equal another ticket's (50 bits: rare) is drawn again.
CREATE OR REPLACE FUNCTION issue_ticket(p_order_seat bigint)
RETURNS bigint LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_code   text;
    v_ticket bigint;
    v_try    integer := 0;
BEGIN
    LOOP
        v_code := new_ticket_code();
        v_try := v_try + 1;
        BEGIN
            INSERT INTO ticket (order_seat_id, show_id, seat_id, code_hash, short_hash)
            SELECT os.id, os.show_id, os.seat_id, sha256(convert_to(v_code, 'UTF8')),
                   sha256(convert_to(left(v_code, 10), 'UTF8'))
              FROM order_seat os WHERE os.id = p_order_seat
            RETURNING id INTO v_ticket;
            EXIT;
        EXCEPTION WHEN unique_violation THEN
            IF v_try >= 5 THEN
                RAISE;
            END IF;
        END;
    END LOOP;
    INSERT INTO ticket_secret (ticket_id, code) VALUES (v_ticket, v_code);
    RETURN v_ticket;
END $$;
REVOKE ALL ON FUNCTION issue_ticket(bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- Every seat row an order gets (sell, change_seats, exchange_seats, or
-- anything later) gets its ticket in the same transaction. The seats it
-- replaces keep theirs, which then answer REPLACED or RETURNED at the gate:
-- validity is read from the order at the scan, never copied.
CREATE OR REPLACE FUNCTION order_seat_ticket()
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM issue_ticket(NEW.id);
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION order_seat_ticket()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

CREATE OR REPLACE TRIGGER order_seat_ticket
    AFTER INSERT ON order_seat
    FOR EACH ROW EXECUTE FUNCTION order_seat_ticket();

-------------------------------------------------------------------------------
-- printing and reprinting (the counter)

-- The codes to print for a paid order: one per seat it has now
-- {"ok": true, "order_id", "tickets": [{"seat_id", "label", "code"}]}.
-- A staff login needs an open counter session (no_counter_session; a gate
-- login has none). p_lost: the tickets printed before are lost or stolen:
-- each is replaced by a new code in this transaction and the old codes
-- answer REPLACED at the gate. Handing out codes already printed once (a
-- reprint) or replacing them is written to the audit log.
-- Refusals: unknown_order, order_not_paid.
CREATE OR REPLACE FUNCTION issue_ticket_codes(p_order bigint, p_lost boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_status  text;
    v_reprint boolean;
    v_count   integer;
    r         record;
BEGIN
    IF is_staff_login(session_user) THEN
        PERFORM acting_counter(NULL);
    END IF;
    SELECT status INTO v_status FROM orders WHERE id = p_order;
    IF NOT FOUND THEN
        PERFORM fail('unknown_order', jsonb_build_object('order_id', p_order));
    END IF;
    IF v_status <> 'paid' THEN
        PERFORM fail('order_not_paid', jsonb_build_object('order_id', p_order, 'status', v_status));
    END IF;
    -- The seats' rows first: a return or seat change of this order waits.
    PERFORM 1 FROM order_seat WHERE order_id = p_order AND active ORDER BY id FOR UPDATE;
    SELECT bool_or(t.printed > 0), count(*) INTO v_reprint, v_count
      FROM order_seat os JOIN ticket t ON t.order_seat_id = os.id AND t.replaced_at IS NULL
     WHERE os.order_id = p_order AND os.active;
    IF coalesce(p_lost, false) THEN
        FOR r IN SELECT t.id, t.order_seat_id FROM order_seat os
                   JOIN ticket t ON t.order_seat_id = os.id AND t.replaced_at IS NULL
                  WHERE os.order_id = p_order AND os.active ORDER BY os.id LOOP
            UPDATE ticket SET replaced_at = now() WHERE id = r.id;
            PERFORM issue_ticket(r.order_seat_id);
        END LOOP;
    END IF;
    UPDATE ticket t SET printed = t.printed + 1
      FROM order_seat os
     WHERE os.order_id = p_order AND os.active AND t.order_seat_id = os.id AND t.replaced_at IS NULL;
    IF coalesce(p_lost, false) OR coalesce(v_reprint, false) THEN
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(),
                CASE WHEN coalesce(p_lost, false) THEN 'replace_tickets' ELSE 'reprint_tickets' END,
                CASE WHEN coalesce(p_lost, false) THEN 'tickets lost' ELSE 'reprint' END,
                jsonb_build_object('order_id', p_order), v_count);
    END IF;
    RETURN jsonb_build_object('ok', true, 'order_id', p_order, 'replaced', coalesce(p_lost, false),
        'tickets', (SELECT coalesce(jsonb_agg(jsonb_build_object('seat_id', os.seat_id, 'label', s.label,
                                                                 'code', ts.code) ORDER BY s.label), '[]')
                      FROM order_seat os
                      JOIN seat s ON s.id = os.seat_id
                      JOIN ticket t ON t.order_seat_id = os.id AND t.replaced_at IS NULL
                      JOIN ticket_secret ts ON ts.ticket_id = t.id
                     WHERE os.order_id = p_order AND os.active));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION issue_ticket_codes(bigint, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION issue_ticket_codes(bigint, boolean) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- admission (the gate)

-- A gate's name as stored: trimmed, 1 to 40 characters, no control
-- characters (invalid_value naming the field gate).
CREATE OR REPLACE FUNCTION gate_checked_name(p_gate text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_gate text := btrim(coalesce(p_gate, ''));
BEGIN
    IF v_gate = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'gate', 'problem', 'missing'));
    END IF;
    IF length(v_gate) > 40 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'gate', 'problem', 'too_long', 'max', 40));
    END IF;
    IF v_gate ~ '[[:cntrl:]]' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'gate', 'problem', 'malformed'));
    END IF;
    RETURN v_gate;
END $$;
REVOKE ALL ON FUNCTION gate_checked_name(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- A show as a verdict names it: id, title, start (epoch seconds), the
-- venue's time zone.
CREATE OR REPLACE FUNCTION gate_show_json(p_show integer)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    -- doors_at as the scan checks it: the show's doors, or an hour before its
    -- start (ticket_refusal); an offline gate refuses with it before doors.
    SELECT jsonb_build_object('id', sh.id, 'title', sh.title, 'starts_at', round(extract(epoch FROM sh.starts_at), 3),
                              'doors_at', round(extract(epoch FROM coalesce(sh.doors_at,
                                                                            sh.starts_at - interval '1 hour')), 3),
                              'time_zone', v.time_zone)
      FROM show sh JOIN venue v ON v.id = sh.venue_id WHERE sh.id = p_show
$$;
REVOKE ALL ON FUNCTION gate_show_json(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- Where a ticket's seat is: zone, section, row, seat number, label.
CREATE OR REPLACE FUNCTION gate_seat_json(p_seat integer)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('seat_id', s.id, 'zone', z.name, 'section', s.section, 'row', s.row_label,
                              'number', s.number, 'label', s.label)
      FROM seat s JOIN zone z ON z.id = s.zone_id WHERE s.id = p_seat
$$;
REVOKE ALL ON FUNCTION gate_seat_json(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- What a ticket is worth at p_show's doors now, before admission: NULL if it
-- may be admitted, else the refusal's verdict with its details. The seat row
-- is locked FOR SHARE, so a return, cancel or seat change of it waits for
-- the scan's transaction (or the scan for theirs) and never crosses it.
CREATE OR REPLACE FUNCTION ticket_refusal(p_ticket bigint, p_show integer, p_check_time boolean)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_t     ticket%ROWTYPE;
    v_os    order_seat%ROWTYPE;
    v_o     orders%ROWTYPE;
    v_own   show%ROWTYPE;
    v_gate  show%ROWTYPE;
    v_tz    text;
    v_doors timestamptz;
BEGIN
    SELECT * INTO v_t FROM ticket WHERE id = p_ticket;
    SELECT * INTO v_os FROM order_seat WHERE id = v_t.order_seat_id FOR SHARE;
    SELECT * INTO v_o FROM orders WHERE id = v_os.order_id;
    SELECT * INTO v_own FROM show WHERE id = v_t.show_id;
    IF v_t.replaced_at IS NOT NULL THEN
        RETURN jsonb_build_object('verdict', 'REPLACED', 'reason', 'lost');
    END IF;
    IF v_os.moved_at IS NOT NULL THEN
        RETURN jsonb_build_object('verdict', 'REPLACED', 'reason', 'seat_changed');
    END IF;
    IF v_os.returned_at IS NOT NULL THEN
        IF v_os.return_reason = 'exchange' THEN
            RETURN jsonb_build_object('verdict', 'REPLACED', 'reason', 'exchanged');
        END IF;
        RETURN jsonb_build_object('verdict', 'RETURNED');
    END IF;
    IF v_o.status IN ('cancelled', 'expired') OR v_own.cancelled_at IS NOT NULL OR NOT v_os.active THEN
        RETURN jsonb_build_object('verdict', 'CANCELLED');
    END IF;
    IF v_o.status <> 'paid' THEN
        RETURN jsonb_build_object('verdict', 'UNPAID');
    END IF;
    IF v_t.show_id <> p_show THEN
        SELECT * INTO v_gate FROM show WHERE id = p_show;
        SELECT time_zone INTO v_tz FROM venue WHERE id = v_own.venue_id;
        RETURN jsonb_build_object(
            'verdict', CASE WHEN v_own.venue_id = v_gate.venue_id
                             AND (v_own.starts_at AT TIME ZONE v_tz)::date = (v_gate.starts_at AT TIME ZONE v_tz)::date
                            THEN 'WRONG_SHOW' ELSE 'WRONG_DAY' END,
            'ticket_show', gate_show_json(v_t.show_id));
    END IF;
    -- Doors: the show's doors time, or an hour before the start if none.
    v_doors := coalesce(v_own.doors_at, v_own.starts_at - interval '1 hour');
    IF p_check_time AND now() < v_doors THEN
        RETURN jsonb_build_object('verdict', 'NOT_YET_OPEN', 'doors_at', round(extract(epoch FROM v_doors), 3));
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION ticket_refusal(bigint, integer, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;

-- Scans p_code at gate p_gate of show p_show, in one transaction: the first
-- scan of a valid ticket admits it (VALID, with zone, section, row, seat);
-- every later one answers ALREADY_ADMITTED (the latest entry's gate, time,
-- staff member and whether an offline gate made it; and the first's), also when
-- two gates scan it at the same instant: admission's primary key lets one
-- INSERT win and the other wait for it and find it. With pass-out allowed
-- for the show, a ticket that passed out is admitted again (VALID,
-- "reentry": true). Every scan is logged (admission_scan).
-- Answer: {"ok": true, "verdict", "show", "seat"?, "admitted"?, ...}.
-- Refusals (nothing logged): invalid_value (gate), unknown_show.
CREATE OR REPLACE FUNCTION admit_ticket(p_code text, p_show integer, p_gate text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_gate     text;
    v_ticket   bigint;
    v_t        ticket%ROWTYPE;
    v_answer   jsonb;
    v_verdict  text;
    v_staff    integer := caller_staff_id();
    v_a        admission%ROWTYPE;
    v_last     record;
    v_reentry  boolean := false;
BEGIN
    v_gate := gate_checked_name(p_gate);
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    v_ticket := ticket_by_code(p_code);
    IF v_ticket IS NULL THEN
        v_answer := jsonb_build_object('verdict', 'UNKNOWN');
    ELSE
        SELECT * INTO v_t FROM ticket WHERE id = v_ticket;
        v_answer := ticket_refusal(v_ticket, p_show, true);
        IF v_answer IS NULL THEN
            INSERT INTO admission (order_seat_id, ticket_id, show_id, gate, staff_id, admitted_at)
            VALUES (v_t.order_seat_id, v_ticket, p_show, v_gate, v_staff, now())
            ON CONFLICT (order_seat_id) DO NOTHING
            RETURNING * INTO v_a;
            IF FOUND THEN
                v_answer := jsonb_build_object('verdict', 'VALID');
            ELSE
                -- Re-entry after a pass-out, if the show allows it: one of
                -- two gates wins the row here too.
                UPDATE admission a SET inside = true, entries = a.entries + 1
                 WHERE a.order_seat_id = v_t.order_seat_id AND NOT a.inside
                   AND (SELECT sh.gate_pass_out FROM show sh WHERE sh.id = p_show)
                RETURNING * INTO v_a;
                IF FOUND THEN
                    v_reentry := true;
                    v_answer := jsonb_build_object('verdict', 'VALID', 'reentry', true);
                ELSE
                    -- The latest entry, not the first: after a re-entry the
                    -- door staff need where and when the holder last went in
                    -- (an offline gate's entry counts as of its scan time).
                    SELECT * INTO v_a FROM admission WHERE order_seat_id = v_t.order_seat_id;
                    -- A VALID scan after the first admission is a re-entry
                    -- (online, or an offline gate's, uploaded later).
                    SELECT sc.gate, sc.at, sc.offline, sc.staff_id, sc.login, sc.reported_by,
                           sc.verdict = 'VALID' AND sc.at > v_a.admitted_at AS reentry
                      INTO v_last
                      FROM admission_scan sc
                      JOIN ticket t2 ON t2.id = sc.ticket_id
                     WHERE t2.order_seat_id = v_t.order_seat_id AND sc.verdict IN ('VALID', 'DUPLICATE')
                     ORDER BY sc.at DESC, sc.id DESC
                     LIMIT 1;
                    IF NOT FOUND OR v_last.at < v_a.admitted_at THEN
                        SELECT v_a.gate AS gate, v_a.admitted_at AS at, v_a.offline AS offline,
                               v_a.staff_id AS staff_id, v_a.login AS login, v_a.reported_by AS reported_by,
                               false AS reentry
                          INTO v_last;
                    END IF;
                    -- "by": who the offline station said was signed in when
                    -- it scanned, if it said; "uploaded_by": the login that
                    -- uploaded it, when that is someone else.
                    v_answer := jsonb_build_object('verdict', 'ALREADY_ADMITTED', 'admitted', jsonb_build_object(
                        'gate', v_last.gate, 'at', round(extract(epoch FROM v_last.at), 3),
                        'by', coalesce((SELECT st.display_name FROM staff st WHERE st.username = v_last.reported_by),
                                       v_last.reported_by,
                                       (SELECT st.display_name FROM staff st WHERE st.id = v_last.staff_id),
                                       v_last.login),
                        'uploaded_by', CASE WHEN v_last.reported_by IS DISTINCT FROM v_last.login
                                             AND v_last.reported_by IS NOT NULL
                                            THEN coalesce((SELECT st.display_name FROM staff st
                                                            WHERE st.id = v_last.staff_id), v_last.login) END,
                        'offline', v_last.offline, 'reentry', v_last.reentry, 'entries', v_a.entries,
                        'inside', v_a.inside,
                        'first_gate', v_a.gate, 'first_at', round(extract(epoch FROM v_a.admitted_at), 3)));
                END IF;
            END IF;
        END IF;
        -- The ticket's code hash: a station admitting by short code notes
        -- the ticket for its offline list (which has the hashes anyway).
        v_answer := v_answer || jsonb_build_object('seat', gate_seat_json(v_t.seat_id),
                                                   'hash', encode(v_t.code_hash, 'hex'));
    END IF;
    v_verdict := v_answer ->> 'verdict';
    INSERT INTO admission_scan (show_id, gate, staff_id, ticket_id, verdict)
    VALUES (p_show, v_gate, v_staff, v_ticket, v_verdict);
    RETURN jsonb_build_object('ok', true, 'show', gate_show_json(p_show), 'gate', v_gate) || v_answer;
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION admit_ticket(text, integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION admit_ticket(text, integer, text) TO boxoffice_gate;

-- A holder going out, to come back in later: only for a show whose manager
-- allowed pass-out (pass_out_not_allowed), only for a ticket of this show
-- that is inside (not_inside). Logged as a PASSED_OUT scan.
-- Refusals: invalid_value (gate), unknown_show, pass_out_not_allowed,
-- unknown_ticket, not_inside.
CREATE OR REPLACE FUNCTION pass_out_ticket(p_code text, p_show integer, p_gate text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_gate    text;
    v_allowed boolean;
    v_ticket  bigint;
    v_t       ticket%ROWTYPE;
BEGIN
    v_gate := gate_checked_name(p_gate);
    SELECT gate_pass_out INTO v_allowed FROM show WHERE id = p_show;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    IF NOT v_allowed THEN
        PERFORM fail('pass_out_not_allowed', jsonb_build_object('show', p_show));
    END IF;
    v_ticket := ticket_by_code(p_code);
    SELECT * INTO v_t FROM ticket WHERE id = v_ticket AND show_id = p_show AND replaced_at IS NULL;
    IF NOT FOUND THEN
        PERFORM fail('unknown_ticket');
    END IF;
    UPDATE admission SET inside = false WHERE order_seat_id = v_t.order_seat_id AND inside;
    IF NOT FOUND THEN
        PERFORM fail('not_inside', jsonb_build_object('seat', gate_seat_json(v_t.seat_id)));
    END IF;
    INSERT INTO admission_scan (show_id, gate, staff_id, ticket_id, verdict)
    VALUES (p_show, v_gate, caller_staff_id(), v_ticket, 'PASSED_OUT');
    RETURN jsonb_build_object('ok', true, 'verdict', 'PASSED_OUT', 'gate', v_gate, 'show', gate_show_json(p_show),
                              'seat', gate_seat_json(v_t.seat_id), 'hash', encode(v_t.code_hash, 'hex'));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION pass_out_ticket(text, integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION pass_out_ticket(text, integer, text) TO boxoffice_gate;

-- A manager allows or forbids pass-out and re-entry for a show. Audited.
-- Refusals: unknown_show.
CREATE OR REPLACE FUNCTION set_show_pass_out(p_show integer, p_allowed boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old boolean;
BEGIN
    SELECT gate_pass_out INTO v_old FROM show WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    UPDATE show SET gate_pass_out = coalesce(p_allowed, false) WHERE id = p_show;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'set_show_pass_out', NULL,
            jsonb_build_object('show', p_show, 'before', v_old, 'after', coalesce(p_allowed, false)), 1);
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'pass_out', coalesce(p_allowed, false));
END $$;
REVOKE ALL ON FUNCTION set_show_pass_out(integer, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION set_show_pass_out(integer, boolean) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- gate stations

-- An open gate station says it is alive, every 30 seconds, for the show it
-- admits to; p_closing: it is being closed properly (not watched any more
-- until its next ping). Answers the show's pass-out setting, so that a
-- station learns of a manager's change within a ping. health_findings
-- reports a station that went silent without closing (gates_offline).
-- {"ok": true, "show", "gate", "pass_out", "at"}. Refusals: invalid_value
-- (gate), unknown_show.
CREATE OR REPLACE FUNCTION gate_station_ping(p_show integer, p_gate text, p_closing boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_gate text;
    v_pass boolean;
BEGIN
    v_gate := gate_checked_name(p_gate);
    SELECT gate_pass_out INTO v_pass FROM show WHERE id = p_show;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    -- A station's pings may cross (the app sends them from several worker
    -- threads): an "alive" that began before the closing committed must not
    -- open the station again, so it reopens only a station closed before
    -- its own transaction began.
    INSERT INTO gate_station AS st (show_id, gate, staff_id, closed_at)
    VALUES (p_show, v_gate, caller_staff_id(), CASE WHEN p_closing THEN now() END)
    ON CONFLICT (show_id, gate) DO UPDATE
       SET last_seen = greatest(st.last_seen, now()), login = session_user, staff_id = EXCLUDED.staff_id,
           closed_at = CASE WHEN EXCLUDED.closed_at IS NOT NULL THEN EXCLUDED.closed_at
                            WHEN st.closed_at > now() THEN st.closed_at
                            END;
    RETURN jsonb_build_object('ok', true, 'show', gate_show_json(p_show), 'gate', v_gate, 'pass_out', v_pass,
                              'at', round(extract(epoch FROM now()), 3));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION gate_station_ping(integer, text, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION gate_station_ping(integer, text, boolean) TO boxoffice_gate;

-------------------------------------------------------------------------------
-- offline gates

-- What an offline gate needs to admit on its own: for every ticket of the
-- show that admits now, the SHA-256 of its code (hex; never the code, never
-- the short code, whose 50 bits a stolen list would give up to a search),
-- where its seat is, whether it was admitted already and, if so, whether its
-- holder is inside (false: passed out, may come back); and whether the show
-- allows pass-out, so that an offline gate can let a holder out and back in.
-- {"ok": true, "show", "pass_out", "generated_at", "tickets": [{"hash",
-- "seat_id", "zone", "section", "row", "number", "label", "admitted",
-- "inside"}]}. Refusal: unknown_show.
CREATE OR REPLACE FUNCTION gate_admission_list(p_show integer)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', gate_show_json(p_show),
        'pass_out', (SELECT sh.gate_pass_out FROM show sh WHERE sh.id = p_show),
        'generated_at', round(extract(epoch FROM now()), 3),
        'tickets', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'hash', encode(t.code_hash, 'hex'), 'seat_id', s.id, 'zone', z.name,
                                'section', s.section, 'row', s.row_label, 'number', s.number, 'label', s.label,
                                'admitted', a.order_seat_id IS NOT NULL, 'inside', a.inside IS TRUE)
                                ORDER BY s.label), '[]')
                      FROM ticket t
                      JOIN order_seat os ON os.id = t.order_seat_id AND os.active
                      JOIN orders o ON o.id = os.order_id AND o.status = 'paid'
                      JOIN seat s ON s.id = t.seat_id
                      JOIN zone z ON z.id = s.zone_id
                      LEFT JOIN admission a ON a.order_seat_id = t.order_seat_id
                     WHERE t.show_id = p_show AND t.replaced_at IS NULL));
END $$;
REVOKE ALL ON FUNCTION gate_admission_list(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION gate_admission_list(integer) TO boxoffice_gate;

-- An offline gate's admissions, uploaded when it is back:
-- p_scans = [{"hash": hex sha256 of the code, "at": epoch seconds,
-- "kind": "in" (the default: the holder went in) or "out" (a pass-out),
-- "scanned_by": the login the station says was signed in (optional)}],
-- replayed in time order. Each ticket not admitted before is admitted now,
-- as of its scan time (offline); one whose holder had passed out before the
-- scan (online, or earlier in this or another upload) is a re-entry; any
-- other admitted at another gate, or at this one at another time, is a
-- duplicate entry (admission_duplicate: kept, shown to supervisors); of two
-- offline gates' admissions the earlier scan is the admission and the
-- later the duplicate, whichever was uploaded first. An "out" marks the
-- admitted holder as outside (a PASSED_OUT scan, as online); an "out" for a
-- ticket never admitted is refused (counted, not logged). The same upload
-- sent again changes nothing (its scans are in the log: already_uploaded).
-- A code no ticket has, or a ticket no longer valid, is counted as refused
-- (logged with its verdict).
-- The upload is the caller's: staff_id and login are the session's; the
-- station's "scanned_by" is kept beside them as reported text (reported_by).
-- All or nothing: a malformed entry refuses the upload (invalid_value naming
-- its index) and changes nothing.
-- {"ok": true, "admitted", "reentries", "passed_out", "duplicates",
-- "refused", "already_uploaded"}.
CREATE OR REPLACE FUNCTION upload_offline_admissions(p_show integer, p_gate text, p_scans jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_gate     text;
    v_staff    integer := caller_staff_id();
    v_item     jsonb;
    v_index    integer := 0;
    v_hash     bytea;
    v_at       timestamptz;
    v_kind     text;
    v_by       text;
    v_t        ticket%ROWTYPE;
    v_a        admission%ROWTYPE;
    v_refusal  jsonb;
    v_admitted integer := 0;
    v_back     integer := 0;
    v_out      integer := 0;
    v_dups     integer := 0;
    v_refused  integer := 0;
    v_again    integer := 0;
BEGIN
    v_gate := gate_checked_name(p_gate);
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    IF jsonb_typeof(p_scans) IS DISTINCT FROM 'array' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'scans', 'problem', 'malformed'));
    END IF;
    -- Checked as a whole first: nothing is written for a bad upload.
    FOR v_item IN SELECT e FROM jsonb_array_elements(p_scans) e LOOP
        IF jsonb_typeof(v_item) IS DISTINCT FROM 'object' OR coalesce(v_item ->> 'hash', '') !~ '^[0-9a-f]{64}$'
           OR jsonb_typeof(v_item -> 'at') IS DISTINCT FROM 'number'
           OR (v_item ->> 'at')::numeric NOT BETWEEN 0 AND extract(epoch FROM now()) + 300
           OR (v_item ? 'kind' AND v_item -> 'kind' NOT IN ('"in"'::jsonb, '"out"'::jsonb))
           OR (v_item ? 'scanned_by' AND (jsonb_typeof(v_item -> 'scanned_by') IS DISTINCT FROM 'string'
                                          OR length(v_item ->> 'scanned_by') NOT BETWEEN 1 AND 63)) THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'scans', 'problem', 'malformed',
                                                             'index', v_index));
        END IF;
        v_index := v_index + 1;
    END LOOP;
    FOR v_item IN SELECT e FROM jsonb_array_elements(p_scans) WITH ORDINALITY AS x(e, n)
                   ORDER BY (e ->> 'at')::numeric, n LOOP
        v_hash := decode(v_item ->> 'hash', 'hex');
        v_at := least(to_timestamp((v_item ->> 'at')::numeric), now());
        v_kind := coalesce(v_item ->> 'kind', 'in');
        v_by := v_item ->> 'scanned_by';
        SELECT * INTO v_t FROM ticket WHERE code_hash = v_hash;
        IF NOT FOUND THEN
            v_refused := v_refused + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, 'UNKNOWN', true, v_by);
            CONTINUE;
        END IF;
        -- Sent before (an upload whose answer was lost on the way): its
        -- scan is in the log (a replaced admission's is re-marked
        -- DUPLICATE). A pass-out and an entry may share their millisecond.
        IF EXISTS (SELECT 1 FROM admission_scan sc
                    WHERE sc.ticket_id = v_t.id AND sc.at = v_at AND sc.gate = v_gate AND sc.offline
                      AND (sc.verdict = 'PASSED_OUT') = (v_kind = 'out')) THEN
            v_again := v_again + 1;
            CONTINUE;
        END IF;
        -- Offline the doors were open by the gate's own judgement: no time check.
        v_refusal := ticket_refusal(v_t.id, p_show, false);
        IF v_refusal IS NOT NULL THEN
            v_refused := v_refused + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, v_refusal ->> 'verdict', true, v_by);
            CONTINUE;
        END IF;
        IF v_kind = 'out' THEN
            -- The gate let the holder out: outside from now on (already
            -- outside stays so), whatever the show's setting says now.
            UPDATE admission SET inside = false WHERE order_seat_id = v_t.order_seat_id;
            IF NOT FOUND THEN
                v_refused := v_refused + 1;
                CONTINUE;
            END IF;
            v_out := v_out + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, 'PASSED_OUT', true, v_by);
            CONTINUE;
        END IF;
        INSERT INTO admission (order_seat_id, ticket_id, show_id, gate, staff_id, admitted_at, offline, reported_by)
        VALUES (v_t.order_seat_id, v_t.id, p_show, v_gate, v_staff, v_at, true, v_by)
        ON CONFLICT (order_seat_id) DO NOTHING
        RETURNING * INTO v_a;
        IF FOUND THEN
            v_admitted := v_admitted + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, 'VALID', true, v_by);
            CONTINUE;
        END IF;
        SELECT * INTO v_a FROM admission WHERE order_seat_id = v_t.order_seat_id FOR UPDATE;
        -- A re-entry: the holder had passed out before this scan.
        IF NOT v_a.inside AND v_at >= (SELECT max(sc.at) FROM admission_scan sc
                                         JOIN ticket t2 ON t2.id = sc.ticket_id
                                        WHERE t2.order_seat_id = v_t.order_seat_id
                                          AND sc.verdict = 'PASSED_OUT') THEN
            UPDATE admission SET inside = true, entries = entries + 1 WHERE order_seat_id = v_a.order_seat_id;
            v_back := v_back + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, 'VALID', true, v_by);
            CONTINUE;
        END IF;
        IF v_a.offline AND v_at < v_a.admitted_at THEN
            -- Two offline gates admitted the ticket and this scan came
            -- first, though uploaded second: it is the admission, and the
            -- one uploaded before becomes the duplicate entry, with its
            -- own gate, time, login and reported scanner (its scan in the
            -- log says so too). Pass-out state and entries stay. An online
            -- admission stays the admission: its gate answered from the
            -- database.
            INSERT INTO admission_duplicate (order_seat_id, ticket_id, show_id, gate, scanned_at, login, reported_by)
            VALUES (v_a.order_seat_id, v_a.ticket_id, v_a.show_id, v_a.gate, v_a.admitted_at, v_a.login,
                    v_a.reported_by)
            ON CONFLICT (ticket_id, gate, scanned_at) DO NOTHING;
            UPDATE admission_scan SET verdict = 'DUPLICATE'
             WHERE id = (SELECT sc.id FROM admission_scan sc
                          WHERE sc.ticket_id = v_a.ticket_id AND sc.gate = v_a.gate AND sc.at = v_a.admitted_at
                            AND sc.verdict = 'VALID'
                          ORDER BY sc.id LIMIT 1);
            UPDATE admission SET ticket_id = v_t.id, gate = v_gate, staff_id = v_staff, login = session_user,
                                 admitted_at = v_at, offline = true, reported_by = v_by
             WHERE order_seat_id = v_a.order_seat_id;
            v_dups := v_dups + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, 'VALID', true, v_by);
            CONTINUE;
        END IF;
        INSERT INTO admission_duplicate (order_seat_id, ticket_id, show_id, gate, scanned_at, reported_by)
        VALUES (v_t.order_seat_id, v_t.id, p_show, v_gate, v_at, v_by)
        ON CONFLICT (ticket_id, gate, scanned_at) DO NOTHING;
        IF FOUND THEN
            v_dups := v_dups + 1;
            INSERT INTO admission_scan (at, show_id, gate, staff_id, ticket_id, verdict, offline, reported_by)
            VALUES (v_at, p_show, v_gate, v_staff, v_t.id, 'DUPLICATE', true, v_by);
        ELSE
            v_again := v_again + 1;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('ok', true, 'admitted', v_admitted, 'reentries', v_back, 'passed_out', v_out,
                              'duplicates', v_dups, 'refused', v_refused, 'already_uploaded', v_again);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION upload_offline_admissions(integer, text, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION upload_offline_admissions(integer, text, jsonb) TO boxoffice_gate;

-------------------------------------------------------------------------------
-- figures (gate staff and supervisors)

-- A show's admission figures: tickets that admit (sold), admitted, still to
-- come, per zone and in total; per gate: admitted, refused scans, duplicate
-- entries; refused scans by verdict; duplicate entries with their seats.
-- Refusal: unknown_show.
CREATE OR REPLACE FUNCTION gate_figures(p_show integer)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    RETURN (
        WITH valid AS (
            SELECT t.order_seat_id, z.name AS zone, a.order_seat_id IS NOT NULL AS admitted
              FROM ticket t
              JOIN order_seat os ON os.id = t.order_seat_id AND os.active
              JOIN orders o ON o.id = os.order_id AND o.status = 'paid'
              JOIN seat s ON s.id = t.seat_id
              JOIN zone z ON z.id = s.zone_id
              LEFT JOIN admission a ON a.order_seat_id = t.order_seat_id
             WHERE t.show_id = p_show AND t.replaced_at IS NULL),
        zones AS (
            SELECT zone, count(*) AS sold, count(*) FILTER (WHERE admitted) AS admitted FROM valid GROUP BY zone),
        gates AS (
            SELECT g.gate,
                   (SELECT count(*) FROM admission a WHERE a.show_id = p_show AND a.gate = g.gate) AS admitted,
                   (SELECT count(*) FROM admission_scan sc WHERE sc.show_id = p_show AND sc.gate = g.gate
                       AND sc.verdict NOT IN ('VALID', 'PASSED_OUT', 'DUPLICATE')) AS refused,
                   (SELECT count(*) FROM admission_duplicate d WHERE d.show_id = p_show AND d.gate = g.gate)
                       AS duplicates,
                   (SELECT max(sc.at) FROM admission_scan sc WHERE sc.show_id = p_show AND sc.gate = g.gate)
                       AS last_scan
              FROM (SELECT DISTINCT sc.gate FROM admission_scan sc WHERE sc.show_id = p_show
                    UNION SELECT a.gate FROM admission a WHERE a.show_id = p_show) g)
        SELECT jsonb_build_object('ok', true, 'show', gate_show_json(p_show),
            'sold', (SELECT count(*) FROM valid),
            'admitted', (SELECT count(*) FROM valid WHERE admitted),
            'to_come', (SELECT count(*) FROM valid WHERE NOT admitted),
            'zones', (SELECT coalesce(jsonb_agg(jsonb_build_object('zone', zone, 'sold', sold, 'admitted', admitted,
                                                                   'to_come', sold - admitted) ORDER BY zone), '[]')
                        FROM zones),
            'gates', (SELECT coalesce(jsonb_agg(jsonb_build_object('gate', gate, 'admitted', admitted,
                                                                   'refused', refused, 'duplicates', duplicates,
                                                                   'last_scan', round(extract(epoch FROM last_scan), 3))
                                                ORDER BY gate), '[]')
                        FROM gates),
            'refusals', (SELECT coalesce(jsonb_object_agg(verdict, n), '{}')
                           FROM (SELECT sc.verdict, count(*) AS n FROM admission_scan sc
                                  WHERE sc.show_id = p_show AND sc.verdict NOT IN ('VALID', 'PASSED_OUT', 'DUPLICATE')
                                  GROUP BY sc.verdict) r),
            'duplicates', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                      'label', s.label, 'gate', d.gate, 'at', round(extract(epoch FROM d.scanned_at), 3),
                                      'first_gate', a.gate, 'first_at', round(extract(epoch FROM a.admitted_at), 3))
                                      ORDER BY d.scanned_at), '[]')
                             FROM admission_duplicate d
                             JOIN ticket t ON t.id = d.ticket_id
                             JOIN seat s ON s.id = t.seat_id
                             JOIN admission a ON a.order_seat_id = d.order_seat_id
                            WHERE d.show_id = p_show)));
END $$;
REVOKE ALL ON FUNCTION gate_figures(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION gate_figures(integer) TO boxoffice_gate, boxoffice_supervisor;

-- The supervisor's dashboard: gate_figures of the shows of today (the
-- venue's day) and of any show scanned at in the last hour (a late show
-- still letting people in after midnight), by start; at most 10.
-- {"ok": true, "shows": [gate_figures(show), ...]}.
CREATE OR REPLACE FUNCTION gate_figures_today()
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    RETURN jsonb_build_object('ok', true, 'shows', (
        SELECT coalesce(jsonb_agg(gate_figures(sh.id) ORDER BY sh.starts_at, sh.id), '[]')
          FROM (SELECT sh.id, sh.starts_at
                  FROM show sh JOIN venue v ON v.id = sh.venue_id
                 WHERE sh.cancelled_at IS NULL
                   AND sh.starts_at BETWEEN now() - interval '2 days' AND now() + interval '2 days'
                   AND ((sh.starts_at AT TIME ZONE v.time_zone)::date = (now() AT TIME ZONE v.time_zone)::date
                        OR EXISTS (SELECT 1 FROM admission_scan sc
                                    WHERE sc.show_id = sh.id AND sc.at >= now() - interval '1 hour'))
                 ORDER BY sh.starts_at, sh.id LIMIT 10) sh));
END $$;
REVOKE ALL ON FUNCTION gate_figures_today()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager, boxoffice_gate;
GRANT EXECUTE ON FUNCTION gate_figures_today() TO boxoffice_supervisor;
