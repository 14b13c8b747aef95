-- A supervisor's sales reports and the end-of-shift cash reconciliation of
-- each counter. Amounts in the answers are integers in satang (1/100 THB);
-- times are seconds since the epoch. Periods and shifts are half-open
-- [from, to): an order paid exactly at the end belongs to the next one.
--
-- The reports count net (issue 12): what was sold in the period less what
-- was given back in it, so that a ticket returned or cancelled never counts
-- as sold in the net figures.
--   * Orders: sold when paid in the period; returned when a paid order is
--     cancelled in the period (a return of all its seats, an exchange of all
--     of them, cancel_order). A partial return leaves the order sold.
--   * Tickets: a seat row of a paid order is sold when its order was paid,
--     or when an exchange added it later (its created_at); given back when
--     returned or exchanged away (returned_at) or when its paid order was
--     cancelled. A seat change moves a ticket: neither sold nor given back.
--   * Money: the payment table, the tenders taken (kind payment) and the
--     money given back (kind refund) in the period, by method; split
--     tenders count each in its method. An exchange to another show moves
--     money as a refund on the old order and a payment on the new one.
-- Orders and tickets belong to the counter and the clerk that sold the
-- order; payments to the counter and the clerk that took or gave them.
-- Pending, expired and unpaid cancelled orders never count.
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- sales report

-- One row per show, zone, price type, counter or clerk (p_group), and the
-- totals: {"ok": true, "rows": [{"key", "label", "detail", "venue",
--   "starts_at", "paid_orders" (orders sold), "refund_orders" (orders
--   returned), "orders_net", "tickets" (sold), "refund_tickets" (given
--   back), "tickets_net", "gross" (money taken), "refunds" (money given
--   back), "net", "by_method": {"cash": {"orders" (payments), "gross",
--   "refund_orders" (refunds), "refunds", "net"}, …}}], "totals": {…}}.
-- By zone and by price type the money of a row is its seats' prices (sold,
-- given back) and by_method is empty: a payment is the order's, not a
-- seat's; the totals are the payments' whatever the grouping (the nets
-- agree; the gross differs by what exchanges within a show swapped).
-- A method nobody paid with is left out of by_method.
CREATE OR REPLACE FUNCTION sales_report(p_from timestamptz, p_to timestamptz, p_group text)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_rows   jsonb;
    v_totals jsonb;
    v_seats  boolean := p_group IN ('zone', 'price_type');
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('show', 'zone', 'price_type', 'counter', 'clerk') THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'group');
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'period');
    END IF;
    WITH cand AS (
        SELECT o.id FROM orders o WHERE o.paid_at >= p_from AND o.paid_at < p_to
        UNION
        SELECT o.id FROM orders o
         WHERE o.cancelled_at >= p_from AND o.cancelled_at < p_to AND o.status = 'cancelled'
        UNION
        SELECT os.order_id FROM order_seat os WHERE os.created_at >= p_from AND os.created_at < p_to
        UNION
        SELECT os.order_id FROM order_seat os WHERE os.returned_at >= p_from AND os.returned_at < p_to),
    ord AS (
        -- A cancelled order without a cancel time (set behind the
        -- functions' back) is given back when it was sold: it never counts.
        SELECT o.*, coalesce(o.paid_at >= p_from AND o.paid_at < p_to, false) AS sold,
               coalesce(o.status = 'cancelled' AND coalesce(o.cancelled_at, o.paid_at) >= p_from
                        AND coalesce(o.cancelled_at, o.paid_at) < p_to, false) AS returned
          FROM orders o JOIN cand c ON c.id = o.id
         WHERE o.paid_at IS NOT NULL),
    seat_ev AS (
        SELECT os.order_id, os.show_id, os.price, os.price_type_id, s.zone_id, o.terminal_id, o.clerk_id,
               o.returned AS order_returned,
               -- A seat change of a paid order (change_seats) sells nothing
               -- and gives nothing back: the ticket moves to the row made in
               -- the same transaction, which is not sold again.
               CASE WHEN os.created_at > o.paid_at
                         AND EXISTS (SELECT 1 FROM order_seat m
                                      WHERE m.order_id = os.order_id AND m.moved_at = os.created_at) THEN NULL
                    ELSE greatest(os.created_at, o.paid_at) END AS sold_at,
               CASE WHEN os.returned_at IS NOT NULL THEN os.returned_at
                    WHEN os.moved_at IS NOT NULL THEN NULL
                    WHEN o.status = 'cancelled' THEN coalesce(o.cancelled_at, o.paid_at) END AS gone_at
          FROM ord o
          JOIN order_seat os ON os.order_id = o.id
          JOIN seat s ON s.id = os.seat_id
         -- A seat swapped away before the order was paid was never sold.
         WHERE os.moved_at IS NULL OR os.moved_at >= o.paid_at),
    facts AS (
        SELECT CASE p_group WHEN 'show' THEN o.show_id::bigint WHEN 'counter' THEN o.terminal_id::bigint
                            ELSE o.clerk_id::bigint END AS key,
               'order' AS what, o.id AS order_id, o.sold, o.returned, NULL::text AS method, 0::numeric AS amount
          FROM ord o
         WHERE NOT v_seats
        UNION ALL
        SELECT CASE p_group WHEN 'show' THEN e.show_id::bigint WHEN 'zone' THEN e.zone_id::bigint
                            WHEN 'price_type' THEN e.price_type_id::bigint
                            WHEN 'counter' THEN e.terminal_id::bigint ELSE e.clerk_id::bigint END,
               CASE WHEN e.order_returned THEN 'seat_of_returned' ELSE 'seat' END, e.order_id,
               coalesce(e.sold_at >= p_from AND e.sold_at < p_to, false),
               coalesce(e.gone_at >= p_from AND e.gone_at < p_to, false),
               NULL, e.price
          FROM seat_ev e
        UNION ALL
        SELECT CASE p_group WHEN 'show' THEN o.show_id::bigint WHEN 'counter' THEN p.terminal_id::bigint
                            ELSE p.clerk_id::bigint END,
               'payment', p.order_id, p.kind = 'payment', p.kind = 'refund', p.method, p.amount
          FROM payment p JOIN orders o ON o.id = p.order_id
         WHERE p.created_at >= p_from AND p.created_at < p_to AND NOT v_seats),
    f AS (SELECT f.* FROM facts f WHERE f.sold OR f.returned),
    meth AS (
        SELECT f.key, jsonb_object_agg(f.method, jsonb_build_object(
                   'orders', f.orders, 'gross', (f.gross * 100)::bigint,
                   'refund_orders', f.refund_orders, 'refunds', (f.refunds * 100)::bigint,
                   'net', ((f.gross - f.refunds) * 100)::bigint)) AS by_method
          FROM (SELECT f.key, f.method, count(*) FILTER (WHERE f.sold) AS orders,
                       coalesce(sum(f.amount) FILTER (WHERE f.sold), 0) AS gross,
                       count(*) FILTER (WHERE f.returned) AS refund_orders,
                       coalesce(sum(f.amount) FILTER (WHERE f.returned), 0) AS refunds
                  FROM f WHERE f.what = 'payment' GROUP BY f.key, f.method) f
         GROUP BY f.key),
    g AS (
        SELECT f.key,
               CASE WHEN v_seats THEN count(DISTINCT f.order_id) FILTER (WHERE f.sold)
                    ELSE count(*) FILTER (WHERE f.what = 'order' AND f.sold) END AS orders,
               CASE WHEN v_seats THEN count(DISTINCT f.order_id) FILTER (WHERE f.what = 'seat_of_returned'
                                                                          AND f.returned)
                    ELSE count(*) FILTER (WHERE f.what = 'order' AND f.returned) END AS refund_orders,
               count(*) FILTER (WHERE f.what LIKE 'seat%' AND f.sold) AS tickets,
               count(*) FILTER (WHERE f.what LIKE 'seat%' AND f.returned) AS refund_tickets,
               coalesce(sum(f.amount) FILTER (WHERE f.sold AND f.what = CASE WHEN v_seats THEN f.what
                                                                             ELSE 'payment' END), 0) AS gross,
               coalesce(sum(f.amount) FILTER (WHERE f.returned AND f.what = CASE WHEN v_seats THEN f.what
                                                                                 ELSE 'payment' END), 0) AS refunds
          FROM f GROUP BY f.key),
    labelled AS (
        SELECT jsonb_build_object(
                   'paid_orders', g.orders, 'refund_orders', g.refund_orders, 'orders_net', g.orders - g.refund_orders,
                   'tickets', g.tickets, 'refund_tickets', g.refund_tickets,
                   'tickets_net', g.tickets - g.refund_tickets,
                   'gross', (g.gross * 100)::bigint, 'refunds', (g.refunds * 100)::bigint,
                   'net', ((g.gross - g.refunds) * 100)::bigint,
                   'by_method', coalesce(m.by_method, '{}'::jsonb),
                   'key', g.key,
                   'label', CASE p_group WHEN 'show' THEN sh.title WHEN 'zone' THEN z.name
                                         WHEN 'price_type' THEN pt.name_en
                                         WHEN 'counter' THEN t.name ELSE st.display_name END,
                   'detail', CASE p_group WHEN 'zone' THEN z.ticket_type WHEN 'clerk' THEN st.username
                                          WHEN 'price_type' THEN pt.code END,
                   'label_th', pt.name_th,
                   'venue', coalesce(v.name, zv.name),
                   'starts_at', round(extract(epoch FROM sh.starts_at), 3),
                   'time_zone', coalesce(v.time_zone, zv.time_zone)) AS row,
               sh.starts_at, z.price, pt.sort_order,
               CASE p_group WHEN 'show' THEN sh.title WHEN 'zone' THEN z.name WHEN 'price_type' THEN pt.name_en
                            WHEN 'counter' THEN t.name ELSE st.display_name END AS label
          FROM g
          LEFT JOIN meth m ON m.key IS NOT DISTINCT FROM g.key
          LEFT JOIN show sh ON p_group = 'show' AND sh.id = g.key
          LEFT JOIN venue v ON v.id = sh.venue_id
          LEFT JOIN zone z ON p_group = 'zone' AND z.id = g.key
          LEFT JOIN venue zv ON zv.id = z.venue_id
          LEFT JOIN price_type pt ON p_group = 'price_type' AND pt.id = g.key
          LEFT JOIN terminal t ON p_group = 'counter' AND t.id = g.key
          LEFT JOIN staff st ON p_group = 'clerk' AND st.id = g.key)
    SELECT coalesce(jsonb_agg(l.row ORDER BY l.starts_at, l.price DESC, l.sort_order, l.label NULLS LAST,
                              l.row ->> 'key'), '[]')
      INTO v_rows FROM labelled l;
    -- The totals: the sum of the rows, but money always from the payments
    -- (by zone or price type the rows' money is the seats').
    SELECT jsonb_build_object(
               'paid_orders', coalesce(sum((r ->> 'paid_orders')::bigint), 0),
               'refund_orders', coalesce(sum((r ->> 'refund_orders')::bigint), 0),
               'orders_net', coalesce(sum((r ->> 'orders_net')::bigint), 0),
               'tickets', coalesce(sum((r ->> 'tickets')::bigint), 0),
               'refund_tickets', coalesce(sum((r ->> 'refund_tickets')::bigint), 0),
               'tickets_net', coalesce(sum((r ->> 'tickets_net')::bigint), 0),
               'gross', coalesce(sum((r ->> 'gross')::bigint), 0),
               'refunds', coalesce(sum((r ->> 'refunds')::bigint), 0),
               'net', coalesce(sum((r ->> 'net')::bigint), 0))
      INTO v_totals FROM jsonb_array_elements(v_rows) r;
    IF v_seats THEN
        -- Orders: each once (an order mixing zones is in several rows).
        v_totals := v_totals || (sales_report(p_from, p_to, 'show') -> 'totals')
                    - 'tickets' - 'refund_tickets' - 'tickets_net';
    ELSE
        SELECT v_totals || jsonb_build_object('by_method', coalesce(jsonb_object_agg(m.method, m.f), '{}'))
          INTO v_totals
          FROM (SELECT x.key AS method, jsonb_build_object(
                           'orders', sum((x.value ->> 'orders')::bigint),
                           'gross', sum((x.value ->> 'gross')::bigint),
                           'refund_orders', sum((x.value ->> 'refund_orders')::bigint),
                           'refunds', sum((x.value ->> 'refunds')::bigint),
                           'net', sum((x.value ->> 'net')::bigint)) AS f
                  FROM jsonb_array_elements(v_rows) r, jsonb_each(r -> 'by_method') x
                 GROUP BY x.key) m;
    END IF;
    RETURN jsonb_build_object(
        'ok', true, 'group', p_group,
        'from', round(extract(epoch FROM p_from), 3), 'to', round(extract(epoch FROM p_to), 3),
        'rows', v_rows, 'totals', v_totals);
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
