-- The cash office (issue 12; tables in 0020_cashoffice.sql): shifts opened
-- with a float, cash paid in and out, the blind close, X and Z reports and a
-- supervisor's sign-off. Amounts in requests and answers are baht as text
-- ("500.00"); times in answers are seconds since the epoch.
--
-- Expected cash of a shift = float + cash payments − cash refunds + paid in −
-- paid out, where the payments and refunds are the payment rows of method
-- cash made at the shift's counter from its opening up to its close
-- (half-open: [opened_at, closed_at)), less the rows an exchange only moved
-- from one order to another (payment.moved: no cash changed hands). Card and
-- PromptPay are reported but never expected in the drawer.
--
-- A shift is its counter's AND its clerk's: cash at a counter whose open
-- shift is another clerk's is refused (shift_not_yours, naming whose), and a
-- plain clerk's X report is blind (no expected cash, no cash line: the count
-- at the close is theirs to make first). Supervisors see everything and may
-- close a clerk's shift on their behalf (docs/money/cashoffice.md).
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- helpers (the owner's)

-- A shift as the clerk may see it. The expected cash and difference only
-- once it is closed: a count is blind.
CREATE OR REPLACE FUNCTION shift_json(p_shift bigint)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'id', s.id, 'terminal_id', s.terminal_id, 'terminal', t.name,
        'clerk_id', s.clerk_id, 'clerk', coalesce(st.display_name, s.opened_by),
        'opened_by', s.opened_by, 'opened_at', round(extract(epoch FROM s.opened_at), 3),
        'float', s.float_amount::text, 'open', s.closed_at IS NULL,
        'closed_at', round(extract(epoch FROM s.closed_at), 3), 'closed_by', s.closed_by,
        'counted', s.counted::text, 'denominations', s.denominations,
        'expected', s.expected::text, 'difference', s.difference::text,
        'signed_off_at', round(extract(epoch FROM s.signed_off_at), 3),
        'signed_off_by', s.signed_off_by, 'sign_off_reason', s.sign_off_reason,
        'needs_sign_off', s.closed_at IS NOT NULL AND s.difference <> 0 AND s.signed_off_at IS NULL)
      FROM boxoffice.cash_shift s
      JOIN boxoffice.terminal t ON t.id = s.terminal_id
      LEFT JOIN boxoffice.staff st ON st.id = s.clerk_id
     WHERE s.id = p_shift
$$;
REVOKE ALL ON FUNCTION shift_json(bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The figures of a shift from its opening up to p_to (now for an X report,
-- the close for a Z): per method taken and refunded, paid in and out, the
-- expected cash, orders and tickets sold and returned at the counter.
-- Money counts only when it changed hands: an exchange's moved payments
-- (the old order's refund and the new order's payment, payment.moved) are
-- neither taken nor refunded.
-- Tickets sold: the seats of the orders the counter was paid for in the
-- period (a comp's too). Returned: seats given back (returned_at) or
-- cancelled with a paid order, whose refund the counter paid out then.
CREATE OR REPLACE FUNCTION shift_figures(p_shift bigint, p_to timestamptz)
RETURNS jsonb LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_s        cash_shift%ROWTYPE;
    v_methods  jsonb := '{}';
    v_m        text;
    v_taken    numeric(12, 2);
    v_refunded numeric(12, 2);
    v_cash_in  numeric(12, 2) := 0;
    v_cash_out numeric(12, 2) := 0;
    v_paid_in  numeric(12, 2);
    v_paid_out numeric(12, 2);
    v_orders   bigint;
    v_sold     bigint;
    v_returned bigint;
    v_ret_orders bigint;
BEGIN
    SELECT * INTO v_s FROM cash_shift WHERE id = p_shift;
    FOREACH v_m IN ARRAY ARRAY['cash', 'card', 'promptpay'] LOOP
        SELECT coalesce(sum(p.amount) FILTER (WHERE p.kind = 'payment'), 0),
               coalesce(sum(p.amount) FILTER (WHERE p.kind = 'refund'), 0)
          INTO v_taken, v_refunded
          FROM payment p
         WHERE p.terminal_id = v_s.terminal_id AND p.method = v_m AND NOT p.moved
           AND p.created_at >= v_s.opened_at AND p.created_at < p_to;
        v_methods := v_methods || jsonb_build_object(v_m, jsonb_build_object(
            'taken', v_taken::text, 'refunded', v_refunded::text, 'net', (v_taken - v_refunded)::text));
        IF v_m = 'cash' THEN
            v_cash_in := v_taken;
            v_cash_out := v_refunded;
        END IF;
    END LOOP;
    SELECT coalesce(sum(amount) FILTER (WHERE kind = 'paid_in'), 0),
           coalesce(sum(amount) FILTER (WHERE kind = 'paid_out'), 0)
      INTO v_paid_in, v_paid_out
      FROM cash_movement WHERE shift_id = p_shift AND created_at < p_to;
    SELECT count(DISTINCT o.id), count(os.id)
      INTO v_orders, v_sold
      FROM orders o LEFT JOIN order_seat os ON os.order_id = o.id AND os.moved_at IS NULL
     WHERE o.terminal_id = v_s.terminal_id AND o.paid_at >= v_s.opened_at AND o.paid_at < p_to;
    SELECT count(DISTINCT os.order_id), count(*)
      INTO v_ret_orders, v_returned
      FROM order_seat os JOIN orders o ON o.id = os.order_id
     WHERE os.moved_at IS NULL
       AND ((os.returned_at >= v_s.opened_at AND os.returned_at < p_to
             AND EXISTS (SELECT 1 FROM payment r WHERE r.order_id = o.id AND r.kind = 'refund'
                            AND r.terminal_id = v_s.terminal_id AND r.created_at = os.returned_at))
            OR (os.returned_at IS NULL AND o.status = 'cancelled' AND o.paid_at IS NOT NULL
                AND o.cancelled_at >= v_s.opened_at AND o.cancelled_at < p_to
                AND EXISTS (SELECT 1 FROM payment r WHERE r.order_id = o.id AND r.kind = 'refund'
                               AND r.terminal_id = v_s.terminal_id AND r.created_at = o.cancelled_at)));
    RETURN jsonb_build_object(
        'shift_id', p_shift, 'terminal_id', v_s.terminal_id,
        'clerk', coalesce((SELECT st.display_name FROM staff st WHERE st.id = v_s.clerk_id), v_s.opened_by),
        'from', round(extract(epoch FROM v_s.opened_at), 3), 'to', round(extract(epoch FROM p_to), 3),
        'float', v_s.float_amount::text, 'methods', v_methods,
        'paid_in', v_paid_in::text, 'paid_out', v_paid_out::text,
        'expected', (v_s.float_amount + v_cash_in - v_cash_out + v_paid_in - v_paid_out)::text,
        'orders_sold', v_orders, 'tickets_sold', v_sold,
        'orders_returned', v_ret_orders, 'tickets_returned', v_returned,
        'tickets_net', v_sold - v_returned);
END $$;
REVOKE ALL ON FUNCTION shift_figures(bigint, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The open shift of a counter, locked (NULL when none).
CREATE OR REPLACE FUNCTION open_shift_of(p_terminal integer)
RETURNS bigint LANGUAGE sql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT s.id FROM boxoffice.cash_shift s WHERE s.terminal_id = p_terminal AND s.closed_at IS NULL FOR UPDATE
$$;
REVOKE ALL ON FUNCTION open_shift_of(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Refuses with shift_not_yours (naming whose shift it is, since when) when
-- the open shift p_shift is another clerk's than p_clerk. A shift or a
-- caller without a clerk (the owner account's: jobs, tests, the bench) is
-- nobody's in particular.
CREATE OR REPLACE FUNCTION check_shift_clerk(p_shift bigint, p_clerk integer)
RETURNS void LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_clerk IS NOT NULL AND EXISTS (SELECT 1 FROM cash_shift s WHERE s.id = p_shift AND s.clerk_id <> p_clerk) THEN
        PERFORM fail('shift_not_yours', jsonb_build_object('shift', shift_json(p_shift)));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_shift_clerk(bigint, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The figures of an X report as a plain clerk may see them: their blind
-- count is still to come, so nothing from which the expected cash follows.
-- Gone: the expected cash, the whole cash line (cash taken less refunded
-- plus the float and paid in less paid out IS the expected cash) and the
-- orders and tickets sold and returned (at one price, all in cash, tickets
-- × price is the cash taken). Kept: the float (the clerk counted it), paid
-- in and out (the clerk's own, with reasons), card and PromptPay (never in
-- the drawer; checked against the terminal's slips). "blind": true says so.
CREATE OR REPLACE FUNCTION blind_figures(p_figures jsonb)
RETURNS jsonb LANGUAGE sql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT (p_figures - ARRAY['expected', 'orders_sold', 'tickets_sold', 'orders_returned', 'tickets_returned',
                              'tickets_net'])
           || jsonb_build_object('blind', true, 'methods', coalesce(p_figures -> 'methods', '{}') - 'cash')
$$;
REVOKE ALL ON FUNCTION blind_figures(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The open shift a report or close acts on: the one p_request's "shift_id"
-- names (a supervisor's, of any counter; a plain clerk is refused
-- not_permitted), else the caller's counter's (acting_counter), which a
-- plain clerk may only act on when it is their own (shift_not_yours).
-- Refused shift_not_open when there is none. Locked.
CREATE OR REPLACE FUNCTION shift_to_act_on(p_request jsonb)
RETURNS bigint LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_terminal integer;
    v_shift    bigint;
BEGIN
    IF p_request ->> 'shift_id' IS NOT NULL THEN
        IF caller_is_plain_clerk() THEN
            PERFORM fail('not_permitted', jsonb_build_object('reason', 'another counter''s shift'));
        END IF;
        SELECT s.id INTO v_shift FROM cash_shift s
         WHERE s.id = (p_request ->> 'shift_id')::bigint AND s.closed_at IS NULL FOR UPDATE;
        IF v_shift IS NULL THEN
            PERFORM fail('shift_not_open', jsonb_build_object('shift_id', (p_request ->> 'shift_id')::bigint));
        END IF;
        RETURN v_shift;
    END IF;
    v_terminal := acting_counter((p_request ->> 'terminal_id')::integer);
    v_shift := open_shift_of(v_terminal);
    IF v_shift IS NULL THEN
        PERFORM fail('shift_not_open', jsonb_build_object('terminal_id', v_terminal));
    END IF;
    IF caller_is_plain_clerk() THEN
        PERFORM check_shift_clerk(v_shift, caller_staff_id());
    END IF;
    RETURN v_shift;
END $$;
REVOKE ALL ON FUNCTION shift_to_act_on(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A reason given with a paid in/out or a sign-off: not blank, ≤ 500.
CREATE OR REPLACE FUNCTION checked_cash_reason(p_reason text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        PERFORM fail('reason_required');
    END IF;
    IF length(p_reason) > 500 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'too_long', 'max', 500));
    END IF;
    RETURN btrim(p_reason);
END $$;
REVOKE ALL ON FUNCTION checked_cash_reason(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The cash counted, from {"1000": n, "500": n, "100": n, "50": n, "20": n,
-- "coins": "12.50"} (every key optional, counts whole numbers 0..100000).
CREATE OR REPLACE FUNCTION counted_from_denominations(p_notes jsonb)
RETURNS numeric LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    r       record;
    v_total numeric(12, 2) := 0;
BEGIN
    IF jsonb_typeof(p_notes) IS DISTINCT FROM 'object' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'malformed'));
    END IF;
    FOR r IN SELECT key, value FROM jsonb_each(p_notes) ORDER BY key LOOP
        IF r.key = 'coins' THEN
            v_total := v_total + checked_amount(r.value #>> '{}', 'counted', true);
        ELSIF r.key IN ('1000', '500', '100', '50', '20') THEN
            IF jsonb_typeof(r.value) <> 'number' OR r.value #>> '{}' !~ '^-?[0-9]{1,9}$' THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'malformed'));
            END IF;
            IF (r.value #>> '{}')::integer < 0 THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'negative'));
            END IF;
            IF (r.value #>> '{}')::integer > 100000 THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'out_of_range',
                                                                 'max', 100000));
            END IF;
            v_total := v_total + r.key::integer * (r.value #>> '{}')::integer;
        ELSE
            PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'malformed'));
        END IF;
    END LOOP;
    RETURN v_total;
END $$;
REVOKE ALL ON FUNCTION counted_from_denominations(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION audit_cash(p_terminal integer, p_action text, p_reason text, p_detail jsonb)
RETURNS void LANGUAGE sql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    INSERT INTO boxoffice.audit_log (actor, terminal, action, reason, detail, rows)
    SELECT session_user, t.name, p_action, p_reason, p_detail, 1
      FROM boxoffice.terminal t WHERE t.id = p_terminal
$$;
REVOKE ALL ON FUNCTION audit_cash(integer, text, text, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- the counter's shift

-- {"terminal_id", "clerk_id" (both optional for a staff login: its own),
--  "float": "500.00"} → {"ok", "shift"}. Refused: the counter already has an
-- open shift (shift_already_open), a float that is negative or malformed.
CREATE OR REPLACE FUNCTION open_shift(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_terminal integer;
    v_clerk    integer;
    v_float    numeric(12, 2);
    v_id       bigint;
BEGIN
    PERFORM check_request(p_request, '{"terminal_id": "integer", "clerk_id": "integer", "float": "text!"}');
    v_terminal := acting_counter((p_request ->> 'terminal_id')::integer);
    v_clerk := acting_clerk((p_request ->> 'clerk_id')::integer);
    v_float := checked_amount(p_request ->> 'float', 'float', true);
    -- Two clients opening at once: one waits for the other, then sees it.
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.cash_shift'), v_terminal);
    v_id := open_shift_of(v_terminal);
    IF v_id IS NOT NULL THEN
        PERFORM fail('shift_already_open', jsonb_build_object('shift', shift_json(v_id)));
    END IF;
    INSERT INTO cash_shift (terminal_id, clerk_id, float_amount)
    VALUES (v_terminal, v_clerk, v_float) RETURNING id INTO v_id;
    PERFORM audit_cash(v_terminal, 'open_shift', NULL,
                       jsonb_build_object('shift_id', v_id, 'clerk_id', v_clerk, 'float', v_float::text));
    RETURN jsonb_build_object('ok', true, 'shift', shift_json(v_id));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION open_shift(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION open_shift(jsonb) TO boxoffice_clerk;

-- {"terminal_id", "kind": "paid_in"|"paid_out", "amount": "100.00",
--  "reason"} → {"ok", "movement", "shift"}. Refused: no open shift at the
-- counter (shift_not_open), another clerk's (shift_not_yours), an amount
-- not > 0, a blank reason.
CREATE OR REPLACE FUNCTION record_cash_movement(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_terminal integer;
    v_kind     text;
    v_amount   numeric(12, 2);
    v_reason   text;
    v_shift    bigint;
    v_id       bigint;
BEGIN
    PERFORM check_request(p_request, '{"terminal_id": "integer", "kind": "text!", "amount": "text!", "reason": "text"}');
    v_terminal := acting_counter((p_request ->> 'terminal_id')::integer);
    v_kind := p_request ->> 'kind';
    IF v_kind NOT IN ('paid_in', 'paid_out') THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'kind', 'problem', 'malformed'));
    END IF;
    v_amount := checked_amount(p_request ->> 'amount', 'amount');
    v_reason := checked_cash_reason(p_request ->> 'reason');
    v_shift := open_shift_of(v_terminal);
    IF v_shift IS NULL THEN
        PERFORM fail('shift_not_open', jsonb_build_object('terminal_id', v_terminal));
    END IF;
    PERFORM check_shift_clerk(v_shift, acting_clerk(NULL));
    INSERT INTO cash_movement (shift_id, kind, amount, reason)
    VALUES (v_shift, v_kind, v_amount, v_reason) RETURNING id INTO v_id;
    PERFORM audit_cash(v_terminal, v_kind, v_reason,
                       jsonb_build_object('shift_id', v_shift, 'movement_id', v_id, 'amount', v_amount::text));
    RETURN jsonb_build_object('ok', true, 'movement', jsonb_build_object(
               'id', v_id, 'kind', v_kind, 'amount', v_amount::text, 'reason', v_reason),
           'shift', shift_json(v_shift));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION record_cash_movement(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION record_cash_movement(jsonb) TO boxoffice_clerk;

-- {"terminal_id"} → {"ok", "shift": the counter's open shift or null}.
CREATE OR REPLACE FUNCTION current_shift(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_terminal integer;
BEGIN
    PERFORM check_request(p_request, '{"terminal_id": "integer"}');
    v_terminal := acting_counter((p_request ->> 'terminal_id')::integer);
    RETURN jsonb_build_object('ok', true, 'shift', (
        SELECT shift_json(s.id) FROM cash_shift s WHERE s.terminal_id = v_terminal AND s.closed_at IS NULL));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION current_shift(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION current_shift(jsonb) TO boxoffice_clerk;

-- {"terminal_id"} or {"shift_id"} (a supervisor's: any counter's open
-- shift) → {"ok", "report": {"kind": "X", …figures}, "shift"}: the open
-- shift's figures so far, nothing closed; kept in cash_report, whole. A
-- plain clerk gets their own shift's figures blind (blind_figures: no
-- expected cash, no cash line) and another clerk's not at all
-- (shift_not_yours); a supervisor or manager (or the owner) gets everything.
CREATE OR REPLACE FUNCTION x_report(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_shift    bigint;
    v_figures  jsonb;
BEGIN
    PERFORM check_request(p_request, '{"terminal_id": "integer", "shift_id": "bigint"}');
    v_shift := shift_to_act_on(p_request);
    v_figures := jsonb_build_object('kind', 'X') || shift_figures(v_shift, now());
    INSERT INTO cash_report (shift_id, kind, figures) VALUES (v_shift, 'X', v_figures);
    IF caller_is_plain_clerk() THEN
        v_figures := blind_figures(v_figures);
    END IF;
    RETURN jsonb_build_object('ok', true, 'report', v_figures, 'shift', shift_json(v_shift));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION x_report(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION x_report(jsonb) TO boxoffice_clerk;

-- The blind close. {"terminal_id", "counted": "800.00"} or
-- {"terminal_id", "denominations": {"1000": n, …, "coins": "12.50"}} (the
-- database sums them; with both, they must agree) → {"ok", "shift",
-- "report": the Z report}. Only now, with the count recorded, does the
-- answer hold the expected cash and the difference. A plain clerk closes
-- their own shift only; a supervisor closes any clerk's on their behalf:
-- the one at their counter, or any counter's with {"shift_id"} (the audit
-- row names whose it was). Refused: no open shift, another clerk's
-- (shift_not_yours), a count missing, negative or malformed.
CREATE OR REPLACE FUNCTION close_shift(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_shift    bigint;
    v_closer   integer;
    v_counted  numeric(12, 2);
    v_notes    jsonb := p_request -> 'denominations';
    v_figures  jsonb;
    v_s        cash_shift%ROWTYPE;
BEGIN
    PERFORM check_request(p_request - 'denominations',
                          '{"terminal_id": "integer", "shift_id": "bigint", "counted": "text"}');
    IF v_notes IS NOT NULL AND jsonb_typeof(v_notes) = 'null' THEN
        v_notes := NULL;
    END IF;
    IF v_notes IS NOT NULL THEN
        v_counted := counted_from_denominations(v_notes);
        IF p_request ->> 'counted' IS NOT NULL
           AND checked_amount(p_request ->> 'counted', 'counted', true) <> v_counted THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'counted', 'problem', 'malformed'));
        END IF;
    ELSE
        v_counted := checked_amount(p_request ->> 'counted', 'counted', true);
    END IF;
    v_shift := shift_to_act_on(p_request);
    v_figures := shift_figures(v_shift, now());
    UPDATE cash_shift
       SET closed_at = now(), closed_by = session_user, counted = v_counted, denominations = v_notes,
           expected = (v_figures ->> 'expected')::numeric
     WHERE id = v_shift
    RETURNING * INTO v_s;
    v_figures := jsonb_build_object('kind', 'Z', 'counted', v_s.counted::text, 'difference', v_s.difference::text,
                                    'denominations', v_notes) || v_figures;
    INSERT INTO cash_report (shift_id, kind, figures) VALUES (v_shift, 'Z', v_figures);
    v_closer := caller_staff_id();
    PERFORM audit_cash(v_s.terminal_id, 'close_shift', NULL,
                       jsonb_build_object('shift_id', v_shift, 'clerk_id', v_s.clerk_id, 'counted', v_s.counted::text,
                                          'expected', v_s.expected::text, 'difference', v_s.difference::text,
                                          'on_behalf', v_closer IS NOT NULL AND v_s.clerk_id IS NOT NULL
                                                       AND v_closer <> v_s.clerk_id));
    RETURN jsonb_build_object('ok', true, 'shift', shift_json(v_shift), 'report', v_figures);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION close_shift(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION close_shift(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- the supervisor's

-- {"shift_id", "reason"} → {"ok", "shift"}: a supervisor accepts a closed
-- shift's difference, with the reason. Refused: an unknown or open shift
-- (shift_not_open), a blank reason, the supervisor's own shift
-- (not_permitted: nobody signs off their own count). Signing off twice
-- answers the first sign-off ("already": true).
CREATE OR REPLACE FUNCTION sign_off_shift(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_s      cash_shift%ROWTYPE;
    v_reason text;
BEGIN
    PERFORM check_request(p_request, '{"shift_id": "bigint!", "reason": "text"}');
    v_reason := checked_cash_reason(p_request ->> 'reason');
    SELECT * INTO v_s FROM cash_shift WHERE id = (p_request ->> 'shift_id')::bigint FOR UPDATE;
    IF NOT FOUND OR v_s.closed_at IS NULL THEN
        PERFORM fail('shift_not_open', jsonb_build_object('shift_id', (p_request ->> 'shift_id')::bigint));
    END IF;
    IF v_s.clerk_id IS NOT NULL AND v_s.clerk_id IS NOT DISTINCT FROM caller_staff_id()
       OR (is_staff_login(session_user) AND v_s.opened_by = session_user) THEN
        PERFORM fail('not_permitted', jsonb_build_object('shift_id', v_s.id, 'reason', 'own shift'));
    END IF;
    IF v_s.signed_off_at IS NOT NULL THEN
        RETURN jsonb_build_object('ok', true, 'already', true, 'shift', shift_json(v_s.id));
    END IF;
    UPDATE cash_shift SET signed_off_at = now(), signed_off_by = session_user, sign_off_reason = v_reason
     WHERE id = v_s.id;
    PERFORM audit_cash(v_s.terminal_id, 'sign_off_shift', v_reason,
                       jsonb_build_object('shift_id', v_s.id, 'difference', v_s.difference::text));
    RETURN jsonb_build_object('ok', true, 'already', false, 'shift', shift_json(v_s.id));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION sign_off_shift(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION sign_off_shift(jsonb) TO boxoffice_supervisor;

-- {"needs_sign_off": true|false (default false), "limit" (default 200)} →
-- {"ok", "rows": [shift with its Z report as "report"]}: the latest shifts
-- first; with needs_sign_off only the closed ones with a difference not yet
-- signed off.
CREATE OR REPLACE FUNCTION cash_shifts(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_only  boolean;
    v_limit integer;
BEGIN
    PERFORM check_request(p_request, '{"needs_sign_off": "boolean", "limit": "integer"}');
    v_only := coalesce((p_request ->> 'needs_sign_off')::boolean, false);
    v_limit := least(greatest(coalesce((p_request ->> 'limit')::integer, 200), 1), 1000);
    RETURN jsonb_build_object('ok', true, 'rows', coalesce((
        SELECT jsonb_agg(x.row ORDER BY x.opened_at DESC, x.id DESC)
          FROM (SELECT s.id, s.opened_at,
                       shift_json(s.id) || jsonb_build_object('report',
                           (SELECT r.figures FROM cash_report r WHERE r.shift_id = s.id AND r.kind = 'Z')) AS row
                  FROM cash_shift s
                 WHERE NOT v_only OR (s.closed_at IS NOT NULL AND s.difference <> 0 AND s.signed_off_at IS NULL)
                 ORDER BY s.opened_at DESC, s.id DESC
                 LIMIT v_limit) x), '[]'));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION cash_shifts(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION cash_shifts(jsonb) TO boxoffice_supervisor;

-------------------------------------------------------------------------------
-- cash needs the counter's open shift, and the shift's clerk

-- BEFORE INSERT on payment: a cash payment or refund at a counter whose
-- open shift is another clerk's is refused (shift_not_yours, naming whose
-- shift it is: that clerk closes it, or a supervisor for them); at a counter
-- without an open shift it is refused while cash_office_setting's
-- cash_needs_shift is on, as it is by default (shift_not_open). Both
-- through the sale's own refusal path: nothing is written. Card and
-- PromptPay never need a shift; neither does money an exchange only moves
-- between two orders (payment.moved: no cash changes hands).
CREATE OR REPLACE FUNCTION payment_needs_shift() RETURNS trigger
LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_shift bigint;
BEGIN
    IF NEW.method <> 'cash' OR NEW.moved THEN
        RETURN NEW;
    END IF;
    SELECT id INTO v_shift FROM cash_shift WHERE terminal_id = NEW.terminal_id AND closed_at IS NULL;
    IF v_shift IS NULL THEN
        IF (SELECT cash_needs_shift FROM cash_office_setting) THEN
            PERFORM fail('shift_not_open', jsonb_build_object('terminal_id', NEW.terminal_id));
        END IF;
    ELSE
        PERFORM check_shift_clerk(v_shift, NEW.clerk_id);
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION payment_needs_shift()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
DROP TRIGGER IF EXISTS payment_needs_shift ON payment;
CREATE TRIGGER payment_needs_shift BEFORE INSERT ON payment
    FOR EACH ROW EXECUTE FUNCTION payment_needs_shift();
