-- A supervisor's sales reports and the end-of-shift cash reconciliation of
-- each counter. Amounts in the answers are integers in satang (1/100 THB);
-- times are seconds since the epoch. Periods and shifts are half-open
-- [from, to): an order paid exactly at the end belongs to the next one.
--
-- A sale is an order paid in the period, whatever happened to it later; a
-- refund is a paid order cancelled in the period. Both belong to the counter
-- and the clerk that sold the order. Pending, expired and unpaid cancelled
-- orders never count.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- sales report

-- One row per show, zone, counter or clerk (p_group), and the totals:
-- {"ok": true, "rows": [{"key", "label", "detail", "venue", "starts_at",
--   "paid_orders", "tickets", "gross", "refund_orders", "refund_tickets",
--   "refunds", "net", "by_method": {"cash": {"orders", "gross",
--   "refund_orders", "refunds", "net"}, …}}], "totals": {…}}.
-- A method nobody paid with is left out of by_method.
CREATE OR REPLACE FUNCTION sales_report(p_from timestamptz, p_to timestamptz, p_group text)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_rows   jsonb;
    v_totals jsonb;
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('show', 'zone', 'counter', 'clerk') THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'group');
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'period');
    END IF;
    WITH event AS (
        SELECT o.*, false AS refund
          FROM orders o
         WHERE o.paid_at >= p_from AND o.paid_at < p_to
        UNION ALL
        SELECT o.*, true AS refund
          FROM orders o
         WHERE o.cancelled_at >= p_from AND o.cancelled_at < p_to
           AND o.status = 'cancelled' AND o.paid_at IS NOT NULL),
    e AS (
        SELECT ev.refund, ev.payment_method, ev.total,
               CASE p_group WHEN 'show' THEN ev.show_id::bigint
                            WHEN 'zone' THEN z.id::bigint
                            WHEN 'counter' THEN ev.terminal_id::bigint
                            ELSE ev.clerk_id::bigint END AS key,
               -- Tickets: the order's seats. Cancelling makes every seat row
               -- of the order inactive (and a seat change leaves inactive rows
               -- behind), but cancel_order writes how many seats it released
               -- to the audit log in the same transaction, at the same now().
               CASE WHEN ev.status = 'cancelled' THEN
                        coalesce((SELECT a.rows FROM audit_log a
                                   WHERE a.action = 'cancel_order' AND a.at = ev.cancelled_at
                                     AND a.detail ->> 'order_id' = ev.id::text
                                   LIMIT 1),
                                 (SELECT count(*) FROM order_seat os WHERE os.order_id = ev.id))
                    ELSE (SELECT count(*) FROM order_seat os WHERE os.order_id = ev.id AND os.active)
               END AS tickets
          FROM event ev
          JOIN show sh ON sh.id = ev.show_id
          LEFT JOIN zone z ON z.venue_id = sh.venue_id AND z.ticket_type = ev.ticket_type),
    -- Per group and payment method; the grouping set without the key gives
    -- the totals.
    gm AS (
        SELECT grouping(e.key) = 1 AS is_total, e.key, e.payment_method,
               count(*) FILTER (WHERE NOT e.refund) AS orders,
               coalesce(sum(e.tickets) FILTER (WHERE NOT e.refund), 0) AS tickets,
               coalesce(sum(e.total) FILTER (WHERE NOT e.refund), 0) AS gross,
               count(*) FILTER (WHERE e.refund) AS refund_orders,
               coalesce(sum(e.tickets) FILTER (WHERE e.refund), 0) AS refund_tickets,
               coalesce(sum(e.total) FILTER (WHERE e.refund), 0) AS refunds
          FROM e
         GROUP BY GROUPING SETS ((e.key, e.payment_method), (e.payment_method))),
    g AS (
        SELECT gm.is_total, gm.key,
               jsonb_build_object(
                   'paid_orders', sum(gm.orders), 'tickets', sum(gm.tickets),
                   'gross', (sum(gm.gross) * 100)::bigint,
                   'refund_orders', sum(gm.refund_orders), 'refund_tickets', sum(gm.refund_tickets),
                   'refunds', (sum(gm.refunds) * 100)::bigint,
                   'net', ((sum(gm.gross) - sum(gm.refunds)) * 100)::bigint,
                   'by_method', jsonb_object_agg(gm.payment_method, jsonb_build_object(
                       'orders', gm.orders, 'gross', (gm.gross * 100)::bigint,
                       'refund_orders', gm.refund_orders, 'refunds', (gm.refunds * 100)::bigint,
                       'net', ((gm.gross - gm.refunds) * 100)::bigint))) AS figures
          FROM gm
         GROUP BY gm.is_total, gm.key),
    labelled AS (
        SELECT g.figures || jsonb_build_object(
                   'key', g.key,
                   'label', CASE p_group WHEN 'show' THEN sh.title WHEN 'zone' THEN z.name
                                         WHEN 'counter' THEN t.name ELSE st.display_name END,
                   'detail', CASE p_group WHEN 'zone' THEN z.ticket_type WHEN 'clerk' THEN st.username END,
                   'venue', coalesce(v.name, zv.name),
                   'starts_at', round(extract(epoch FROM sh.starts_at), 3),
                   'time_zone', coalesce(v.time_zone, zv.time_zone)) AS row,
               sh.starts_at, z.price, CASE p_group WHEN 'show' THEN sh.title WHEN 'zone' THEN z.name
                                                   WHEN 'counter' THEN t.name ELSE st.display_name END AS label
          FROM g
          LEFT JOIN show sh ON p_group = 'show' AND sh.id = g.key
          LEFT JOIN venue v ON v.id = sh.venue_id
          LEFT JOIN zone z ON p_group = 'zone' AND z.id = g.key
          LEFT JOIN venue zv ON zv.id = z.venue_id
          LEFT JOIN terminal t ON p_group = 'counter' AND t.id = g.key
          LEFT JOIN staff st ON p_group = 'clerk' AND st.id = g.key
         WHERE NOT g.is_total)
    SELECT coalesce((SELECT jsonb_agg(l.row ORDER BY l.starts_at, l.price DESC, l.label NULLS LAST, l.row ->> 'key')
                       FROM labelled l), '[]'),
           (SELECT g.figures FROM g WHERE g.is_total)
      INTO v_rows, v_totals;
    RETURN jsonb_build_object(
        'ok', true, 'group', p_group,
        'from', round(extract(epoch FROM p_from), 3), 'to', round(extract(epoch FROM p_to), 3),
        'rows', v_rows,
        'totals', coalesce(v_totals, jsonb_build_object(
            'paid_orders', 0, 'tickets', 0, 'gross', 0, 'refund_orders', 0, 'refund_tickets', 0,
            'refunds', 0, 'net', 0, 'by_method', '{}'::jsonb)));
END $$;
REVOKE ALL ON FUNCTION sales_report(timestamptz, timestamptz, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION sales_report(timestamptz, timestamptz, text) TO boxoffice_supervisor;

-------------------------------------------------------------------------------
-- cash reconciliation (table shift_reconciliation, 0009_reports.sql)

-- The cash a counter took in [p_from, p_to): its cash orders paid then, and
-- the refunds of its paid cash orders cancelled then (handed back).
CREATE OR REPLACE FUNCTION cash_figures(p_terminal integer, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (sale_orders bigint, sales numeric, refund_orders bigint, refunds numeric)
LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT count(*) FILTER (WHERE o.paid_at >= p_from AND o.paid_at < p_to),
           coalesce(sum(o.total) FILTER (WHERE o.paid_at >= p_from AND o.paid_at < p_to), 0),
           count(*) FILTER (WHERE o.status = 'cancelled' AND o.cancelled_at >= p_from AND o.cancelled_at < p_to),
           coalesce(sum(o.total) FILTER (WHERE o.status = 'cancelled'
                                           AND o.cancelled_at >= p_from AND o.cancelled_at < p_to), 0)
      FROM boxoffice.orders o
     WHERE o.terminal_id = p_terminal AND o.payment_method = 'cash' AND o.paid_at IS NOT NULL
       AND ((o.paid_at >= p_from AND o.paid_at < p_to)
            OR (o.cancelled_at >= p_from AND o.cancelled_at < p_to))
$$;
REVOKE ALL ON FUNCTION cash_figures(integer, timestamptz, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION expected_cash(p_terminal integer, p_from timestamptz, p_to timestamptz)
RETURNS numeric LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT (c.sales - c.refunds)::numeric(12, 2) FROM boxoffice.cash_figures(p_terminal, p_from, p_to) c
$$;
REVOKE ALL ON FUNCTION expected_cash(integer, timestamptz, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION expected_cash(integer, timestamptz, timestamptz) TO boxoffice_supervisor;

CREATE OR REPLACE FUNCTION reconciliation_json(p_id bigint)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'id', r.id, 'terminal_id', r.terminal_id, 'terminal', t.name,
        'clerk_id', r.clerk_id, 'clerk', s.display_name,
        'shift_start', round(extract(epoch FROM r.shift_start), 3),
        'shift_end', round(extract(epoch FROM r.shift_end), 3),
        'expected', (r.expected_cash * 100)::bigint, 'counted', (r.counted_cash * 100)::bigint,
        'difference', (r.difference * 100)::bigint, 'note', r.note,
        'recorded_by', r.recorded_by, 'actor', r.actor,
        'recorded_at', round(extract(epoch FROM r.recorded_at), 3))
      FROM boxoffice.shift_reconciliation r
      JOIN boxoffice.terminal t ON t.id = r.terminal_id
      LEFT JOIN boxoffice.staff s ON s.id = r.clerk_id
     WHERE r.id = p_id
$$;
REVOKE ALL ON FUNCTION reconciliation_json(bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The counters, with the end of each one's last reconciled shift.
CREATE OR REPLACE FUNCTION reconciliation_counters()
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('ok', true, 'rows', coalesce(jsonb_agg(jsonb_build_object(
               'id', t.id, 'name', t.name,
               'last_end', (SELECT round(extract(epoch FROM max(r.shift_end)), 3)
                              FROM boxoffice.shift_reconciliation r WHERE r.terminal_id = t.id))
           ORDER BY t.name), '[]'))
      FROM boxoffice.terminal t
$$;
REVOKE ALL ON FUNCTION reconciliation_counters()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION reconciliation_counters() TO boxoffice_supervisor;

-- The shift to reconcile now: from the end of the counter's last reconciled
-- shift (or from p_day_start, the start of the counter's day, when it has
-- none) to now, with the cash it should hold. Times are cut to milliseconds
-- so that the client can send them back exactly.
CREATE OR REPLACE FUNCTION reconciliation_proposal(p_terminal integer, p_day_start timestamptz)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name  text;
    v_last  timestamptz;
    v_start timestamptz;
    v_end   timestamptz := date_trunc('milliseconds', now());
    v_cash  record;
BEGIN
    SELECT name INTO v_name FROM terminal WHERE id = p_terminal;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'terminal', p_terminal);
    END IF;
    SELECT max(shift_end) INTO v_last FROM shift_reconciliation WHERE terminal_id = p_terminal;
    v_start := coalesce(v_last, date_trunc('milliseconds', p_day_start), date_trunc('day', now()));
    SELECT * INTO v_cash FROM cash_figures(p_terminal, v_start, v_end);
    RETURN jsonb_build_object(
        'ok', true, 'terminal_id', p_terminal, 'terminal', v_name,
        'shift_start', round(extract(epoch FROM v_start), 3),
        'shift_end', round(extract(epoch FROM v_end), 3),
        'last_end', round(extract(epoch FROM v_last), 3),
        'sale_orders', v_cash.sale_orders, 'sales', (v_cash.sales * 100)::bigint,
        'refund_orders', v_cash.refund_orders, 'refunds', (v_cash.refunds * 100)::bigint,
        'expected', ((v_cash.sales - v_cash.refunds) * 100)::bigint);
END $$;
REVOKE ALL ON FUNCTION reconciliation_proposal(integer, timestamptz)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION reconciliation_proposal(integer, timestamptz) TO boxoffice_supervisor;

-- Records a counted drawer. The expected cash is worked out here, in the
-- same transaction. Refused, with nothing written: an unknown counter or
-- clerk, a shift that does not end after it starts or ends in the future, a
-- counted amount below zero, past 99,999,999.99 or with fractions of a
-- satang, a note over 500 characters, a shift overlapping one of the
-- counter's reconciled shifts. Audited.
CREATE OR REPLACE FUNCTION record_reconciliation(p_terminal integer, p_clerk integer, p_from timestamptz,
                                                 p_to timestamptz, p_counted numeric, p_note text, p_actor text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_name     text;
    v_expected numeric(12, 2);
    v_other    shift_reconciliation%ROWTYPE;
    v_id       bigint;
    v_diff     numeric(12, 2);
    v_actor    text;
BEGIN
    -- The actor is the login (a staff login cannot name another); p_clerk is
    -- whose drawer was counted, not who acts.
    BEGIN
        v_actor := acting_actor(p_actor);
    EXCEPTION WHEN SQLSTATE 'BX001' THEN
        RETURN SQLERRM::jsonb;
    END;
    SELECT name INTO v_name FROM terminal WHERE id = p_terminal;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'terminal', p_terminal);
    END IF;
    IF p_clerk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff WHERE id = p_clerk) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_clerk', 'clerk', p_clerk);
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from >= p_to THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'shift', 'reason', 'order');
    END IF;
    IF p_to > now() THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'shift', 'reason', 'future');
    END IF;
    IF p_counted IS NULL OR p_counted < 0 OR p_counted > 99999999.99 OR p_counted <> round(p_counted, 2) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'counted',
                                  'max', 9999999999);
    END IF;
    IF length(coalesce(p_note, '')) > 500 THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'note', 'max', 500);
    END IF;
    -- Two supervisors reconciling the same counter at once: one at a time.
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.shift_reconciliation'), p_terminal);
    SELECT * INTO v_other FROM shift_reconciliation
     WHERE terminal_id = p_terminal AND shift_start < p_to AND shift_end > p_from
     ORDER BY shift_start LIMIT 1;
    IF FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'shift', 'reason', 'overlap',
                                  'other', reconciliation_json(v_other.id));
    END IF;
    v_expected := expected_cash(p_terminal, p_from, p_to);
    INSERT INTO shift_reconciliation (terminal_id, clerk_id, shift_start, shift_end, expected_cash,
                                      counted_cash, note, actor)
    VALUES (p_terminal, p_clerk, p_from, p_to, v_expected, p_counted, btrim(coalesce(p_note, '')),
            v_actor)
    RETURNING id, difference INTO v_id, v_diff;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (v_actor, v_name, 'shift_reconciliation',
            nullif(btrim(coalesce(p_note, '')), ''),
            jsonb_build_object('reconciliation_id', v_id, 'terminal_id', p_terminal, 'clerk_id', p_clerk,
                               'shift_start', p_from, 'shift_end', p_to, 'expected', v_expected::text,
                               'counted', p_counted::numeric(12, 2)::text, 'difference', v_diff::text),
            1);
    RETURN jsonb_build_object('ok', true, 'reconciliation', reconciliation_json(v_id));
END $$;
REVOKE ALL ON FUNCTION record_reconciliation(integer, integer, timestamptz, timestamptz, numeric, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION record_reconciliation(integer, integer, timestamptz, timestamptz, numeric, text, text) TO boxoffice_supervisor;

-- The reconciled shifts that overlap [p_from, p_to), latest first, of one
-- counter (or of every counter when p_terminal is NULL).
CREATE OR REPLACE FUNCTION reconciliations(p_from timestamptz, p_to timestamptz, p_terminal integer)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'period');
    END IF;
    RETURN jsonb_build_object('ok', true, 'rows', coalesce((
        SELECT jsonb_agg(reconciliation_json(r.id) ORDER BY r.shift_end DESC, r.id DESC)
          FROM shift_reconciliation r
         WHERE r.shift_start < p_to AND r.shift_end > p_from
           AND (p_terminal IS NULL OR r.terminal_id = p_terminal)), '[]'));
END $$;
REVOKE ALL ON FUNCTION reconciliations(timestamptz, timestamptz, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION reconciliations(timestamptz, timestamptz, integer) TO boxoffice_supervisor;
