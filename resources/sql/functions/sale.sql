-- The sale engine's functions: holds, sales, payment, cancel, change of
-- seats, expiry, and the helpers they share. Each public function is one
-- round trip and one transaction; it answers with a jsonb document:
--   {"ok": true, ...}                      on success
--   {"ok": false, "code": "...", ...}      on a refusal; nothing was changed
-- A refusal found after a write raises BX001 inside the body, which the
-- public wrapper catches: the subtransaction rolls back, so a refused call
-- never leaves anything half-written.
-- Every committed change of seats sends NOTIFY boxoffice_seats with the show,
-- and per seat: [seat id, state letter, holding terminal, held until (epoch s),
-- version]. NOTIFY is delivered at commit only.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

CREATE OR REPLACE FUNCTION fail(p_code text, p_detail jsonb DEFAULT '{}'::jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'BX001',
        MESSAGE = (jsonb_build_object('ok', false, 'code', p_code) || p_detail)::text;
END $$;
REVOKE ALL ON FUNCTION fail(text, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Seats as [{id, label}] in label order, for messages.
CREATE OR REPLACE FUNCTION seat_refs(p_seats integer[])
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label), '[]')
    FROM boxoffice.seat s WHERE s.id = ANY (p_seats)
$$;
REVOKE ALL ON FUNCTION seat_refs(integer[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A show's sales window, the one rule every caller reads (validate_request
-- for holds and sales, the show list): open from sales_open_at (or always,
-- if none) until sales_close_at (or, if none, 2 hours after the start).
-- status: 'open', 'not_yet_open' or 'ended' at now(); no row for an
-- unknown show. The show's state (paused, closed) is not part of it.
CREATE OR REPLACE FUNCTION show_sales_window(p_show integer,
    OUT opens_at timestamptz, OUT closes_at timestamptz, OUT status text)
RETURNS SETOF record LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT sh.sales_open_at, w.closes_at,
           CASE WHEN now() >= w.closes_at THEN 'ended'
                WHEN now() < sh.sales_open_at THEN 'not_yet_open'
                ELSE 'open' END
      FROM show sh
      CROSS JOIN LATERAL (SELECT coalesce(sh.sales_close_at, sh.starts_at + interval '2 hours') AS closes_at) w
     WHERE sh.id = p_show
$$;
REVOKE ALL ON FUNCTION show_sales_window(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION show_sales_window(integer) TO boxoffice_clerk;

-- Checks what every seat operation needs: a non-empty list of at most 50
-- distinct known seats, all of the show's venue, and (p_for_sale) a show on
-- sale inside its sales window.
CREATE OR REPLACE FUNCTION validate_request(p_show integer, p_seats integer[], p_for_sale boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_n       integer := coalesce(cardinality(p_seats), 0);
    v_venue   integer;
    v_state   text;
    v_open    timestamptz;
    v_close   timestamptz;
    v_window  text;
    v_cancelled boolean;
    v_unknown jsonb;
    v_foreign jsonb;
BEGIN
    IF v_n = 0 THEN
        PERFORM fail('empty_seat_list');
    END IF;
    IF v_n > 50 THEN
        PERFORM fail('too_many_seats', jsonb_build_object('count', v_n, 'max', 50));
    END IF;
    IF array_position(p_seats, NULL) IS NOT NULL THEN
        PERFORM fail('unknown_seat', jsonb_build_object('seat_ids', '[null]'::jsonb));
    END IF;
    IF (SELECT count(DISTINCT u.sid) FROM unnest(p_seats) AS u (sid)) <> v_n THEN
        PERFORM fail('duplicate_seat');
    END IF;
    SELECT sh.venue_id, sh.sales_state, w.opens_at, w.closes_at, w.status, sh.cancelled_at IS NOT NULL
      INTO v_venue, v_state, v_open, v_close, v_window, v_cancelled
      FROM show sh CROSS JOIN LATERAL show_sales_window(sh.id) w
     WHERE sh.id = p_show;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    IF p_for_sale AND v_cancelled THEN
        PERFORM fail('show_cancelled', jsonb_build_object('show', p_show));
    END IF;
    IF p_for_sale AND v_state = 'paused' THEN
        PERFORM fail('show_paused', jsonb_build_object('show', p_show));
    ELSIF p_for_sale AND v_state = 'closed' THEN
        PERFORM fail('show_closed', jsonb_build_object('show', p_show));
    END IF;
    IF p_for_sale AND v_window <> 'open' THEN
        PERFORM fail('sales_window_closed', jsonb_build_object('show', p_show,
                     'opens_at', round(extract(epoch FROM v_open), 3),
                     'closes_at', round(extract(epoch FROM v_close), 3)));
    END IF;
    SELECT jsonb_agg(u.sid ORDER BY u.sid) FILTER (WHERE s.id IS NULL),
           jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label)
               FILTER (WHERE s.id IS NOT NULL AND s.venue_id <> v_venue)
      INTO v_unknown, v_foreign
      FROM unnest(p_seats) AS u (sid) LEFT JOIN seat s ON s.id = u.sid;
    IF v_unknown IS NOT NULL THEN
        PERFORM fail('unknown_seat', jsonb_build_object('seat_ids', v_unknown));
    END IF;
    IF v_foreign IS NOT NULL THEN
        PERFORM fail('seat_not_in_show', jsonb_build_object('show', p_show, 'seats', v_foreign));
    END IF;
END $$;
REVOKE ALL ON FUNCTION validate_request(integer, integer[], boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION check_terminal(p_terminal integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_terminal IS NULL OR NOT EXISTS (SELECT 1 FROM terminal WHERE id = p_terminal) THEN
        PERFORM fail('unknown_terminal', jsonb_build_object('terminal', p_terminal));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_terminal(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION check_minutes(p_minutes integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_minutes IS NULL OR p_minutes < 1 OR p_minutes > 60 THEN
        PERFORM fail('invalid_duration', jsonb_build_object('minutes', p_minutes, 'max', 60));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_minutes(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Checks a request document against its fields, {"name": kind, ...} with
-- kind text, integer, bigint, integers (an array of integers), array (of anything), boolean or
-- uuid, and a trailing "!" for a field that must be given: it must be an
-- object, name no other key, give every required field, and each value
-- present must be of its kind (null counts as absent). Refusal:
-- invalid_request naming the field and the reason (unknown, missing,
-- "not <kind>").
CREATE OR REPLACE FUNCTION check_request(p_request jsonb, p_fields jsonb)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r     record;
    v_ok  boolean;
BEGIN
    IF jsonb_typeof(p_request) IS DISTINCT FROM 'object' THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'request', 'reason', 'not an object'));
    END IF;
    FOR r IN SELECT f.key FROM jsonb_each_text(p_fields) AS f
              WHERE right(f.value, 1) = '!' AND coalesce(jsonb_typeof(p_request -> f.key), 'null') = 'null'
              ORDER BY f.key LOOP
        PERFORM fail('invalid_request', jsonb_build_object('field', r.key, 'reason', 'missing'));
    END LOOP;
    FOR r IN SELECT key, value, rtrim(p_fields ->> key, '!') AS kind FROM jsonb_each(p_request) ORDER BY key LOOP
        IF r.kind IS NULL THEN
            PERFORM fail('invalid_request', jsonb_build_object('field', r.key, 'reason', 'unknown'));
        END IF;
        v_ok := CASE WHEN jsonb_typeof(r.value) = 'null' THEN true
                     WHEN r.kind = 'text' THEN jsonb_typeof(r.value) = 'string'
                     WHEN r.kind = 'boolean' THEN jsonb_typeof(r.value) = 'boolean'
                     WHEN r.kind = 'uuid' THEN
                         jsonb_typeof(r.value) = 'string'
                         AND r.value #>> '{}' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                     WHEN r.kind = 'integer' THEN
                         jsonb_typeof(r.value) = 'number' AND r.value #>> '{}' ~ '^-?[0-9]{1,9}$'
                     WHEN r.kind = 'bigint' THEN
                         jsonb_typeof(r.value) = 'number' AND r.value #>> '{}' ~ '^-?[0-9]{1,18}$'
                     WHEN r.kind = 'array' THEN jsonb_typeof(r.value) = 'array'
                     WHEN r.kind = 'integers' THEN
                         jsonb_typeof(r.value) = 'array'
                         AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(r.value) e
                                          WHERE jsonb_typeof(e) <> 'number' OR e #>> '{}' !~ '^-?[0-9]{1,9}$')
                     ELSE false END;
        IF NOT v_ok THEN
            PERFORM fail('invalid_request', jsonb_build_object('field', r.key, 'reason', 'not ' || r.kind));
        END IF;
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION check_request(jsonb, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A request document's array of ids, in its order (NULL when absent);
-- check_request has checked that it holds integers.
CREATE OR REPLACE FUNCTION request_ids(p_request jsonb, p_key text)
RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(p_request -> p_key) = 'array' THEN
               ARRAY(SELECT (a.e #>> '{}')::integer
                       FROM jsonb_array_elements(p_request -> p_key) WITH ORDINALITY AS a (e, n)
                      ORDER BY a.n)
           END
$$;
REVOKE ALL ON FUNCTION request_ids(jsonb, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Locks the show's seat rows, each group in seat id order. Seats that
-- p_terminal holds itself are waited for briefly (at most 2 s): another
-- counter trying to take them holds their rows only for an instant, and a
-- clerk's own holds are never "busy". The rest NOWAIT: a clerk picked these
-- seats, and if another transaction has them, say so at once. Either way a
-- lock not had in time is lock_not_available (seats_busy).
DROP FUNCTION IF EXISTS lock_seats(integer, integer[]);
CREATE OR REPLACE FUNCTION lock_seats(p_show integer, p_seats integer[], p_terminal integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_timeout text := current_setting('lock_timeout');
BEGIN
    IF p_terminal IS NOT NULL THEN
        PERFORM set_config('lock_timeout', '2s', true);
        PERFORM 1 FROM show_seat
          WHERE show_id = p_show AND seat_id = ANY (p_seats) AND state = 'held' AND held_by = p_terminal
          ORDER BY seat_id
            FOR UPDATE;
        PERFORM set_config('lock_timeout', v_timeout, true);
    END IF;
    PERFORM 1 FROM show_seat
      WHERE show_id = p_show AND seat_id = ANY (p_seats)
      ORDER BY seat_id
        FOR UPDATE NOWAIT;
END $$;
REVOKE ALL ON FUNCTION lock_seats(integer, integer[], integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Locks an order's seats: they are the order's, nobody else's to take, so
-- wait briefly (at most 2 s) for a counter that is trying them this instant.
CREATE OR REPLACE FUNCTION lock_order_seats(p_show integer, p_order bigint)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_timeout text := current_setting('lock_timeout');
BEGIN
    PERFORM set_config('lock_timeout', '2s', true);
    PERFORM 1 FROM show_seat WHERE show_id = p_show AND order_id = p_order ORDER BY seat_id FOR UPDATE;
    PERFORM set_config('lock_timeout', v_timeout, true);
END $$;
REVOKE ALL ON FUNCTION lock_order_seats(integer, bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Seats that p_terminal may not take: not available, not a lapsed hold and
-- not its own plain hold. Each with who has it and for how long.
CREATE OR REPLACE FUNCTION seat_conflicts(p_show integer, p_seats integer[], p_terminal integer)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(jsonb_build_object(
               'id', ss.seat_id, 'label', s.label, 'state', ss.state,
               'holder_id', ss.held_by, 'holder', t.name,
               'seconds_left', CASE WHEN ss.state = 'held'
                                    THEN ceil(extract(epoch FROM ss.held_until - now()))::integer END,
               'order_id', ss.order_id)
           ORDER BY s.label)
      FROM boxoffice.show_seat ss
      JOIN boxoffice.seat s ON s.id = ss.seat_id
      LEFT JOIN boxoffice.terminal t ON t.id = ss.held_by
     WHERE ss.show_id = p_show AND ss.seat_id = ANY (p_seats)
       AND NOT (ss.state = 'available'
                OR (ss.state = 'held' AND ss.held_until <= now())
                OR (ss.state = 'held' AND ss.held_by = p_terminal AND ss.order_id IS NULL))
$$;
REVOKE ALL ON FUNCTION seat_conflicts(integer, integer[], integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Lazy expiry of pending orders: a pending order past its time that still
-- owns one of these (locked) seats is expired here, so its seats can be sold.
CREATE OR REPLACE FUNCTION expire_lapsed_orders_on(p_show integer, p_seats integer[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_ids bigint[];
BEGIN
    SELECT array_agg(DISTINCT order_id) INTO v_ids
      FROM show_seat
     WHERE show_id = p_show AND seat_id = ANY (p_seats)
       AND state = 'held' AND order_id IS NOT NULL AND held_until <= now();
    IF v_ids IS NULL THEN
        RETURN;
    END IF;
    WITH e AS (
        UPDATE orders SET status = 'expired'
         WHERE id = ANY (v_ids) AND status = 'pending' AND expires_at <= now()
        RETURNING id)
    UPDATE order_seat SET active = false WHERE order_id IN (SELECT id FROM e) AND active;
END $$;
REVOKE ALL ON FUNCTION expire_lapsed_orders_on(integer, integer[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION notify_seats(p_show integer, p_changes jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_changes IS NULL OR jsonb_array_length(p_changes) = 0 THEN
        RETURN;
    END IF;
    -- A payload must stay under 8000 bytes; past a hundred seats send a
    -- reload request instead of the seats.
    IF jsonb_array_length(p_changes) > 100 THEN
        PERFORM pg_notify('boxoffice_seats', jsonb_build_object('s', p_show, 'reload', true)::text);
    ELSE
        PERFORM pg_notify('boxoffice_seats', jsonb_build_object('s', p_show, 'c', p_changes)::text);
    END IF;
END $$;
REVOKE ALL ON FUNCTION notify_seats(integer, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION change_entry(p_seat integer, p_state text, p_held_by integer,
                                        p_held_until timestamptz, p_version bigint)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_array(p_seat, left(p_state, 1), p_held_by,
                             round(extract(epoch FROM p_held_until), 3), p_version)
$$;
REVOKE ALL ON FUNCTION change_entry(integer, text, integer, timestamptz, bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- An order as every answer and every counter reads it. It names the clerk
-- who sold it, so a counter can tell a plain clerk which orders they may
-- cancel. Counters also call it per row from plain SELECTs: like every
-- function a staff group may call, it runs as its owner with a fixed
-- search_path, so that nothing a caller puts on its own path can stand in
-- for a table or function named here (it reads only what a clerk may read).
CREATE OR REPLACE FUNCTION order_json(p_order bigint)
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'order_id', o.id, 'status', o.status, 'show_id', o.show_id,
        'ticket_type', o.ticket_type, 'total', o.total::text,
        'terminal_id', o.terminal_id, 'clerk_id', o.clerk_id, 'customer_name', o.customer_name,
        'customer_phone', o.customer_phone, 'payment_method', o.payment_method,
        'payment_ref', o.payment_ref,
        'created_at', round(extract(epoch FROM o.created_at), 3),
        'expires_at', round(extract(epoch FROM o.expires_at), 3),
        'seats', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'id', os.seat_id, 'label', s.label, 'price', os.price::text,
                             'ticket_type', os.ticket_type, 'price_type', pt.code,
                             'returned', os.returned_at IS NOT NULL)
                             -- for the printed ticket
                             || jsonb_build_object('section', s.section, 'row', s.row_label,
                                                   'number', s.number, 'zone', z.name)
                         ORDER BY s.label), '[]')
                    FROM boxoffice.order_seat os JOIN boxoffice.seat s ON s.id = os.seat_id
                    JOIN boxoffice.zone z ON z.id = s.zone_id
                    JOIN boxoffice.price_type pt ON pt.id = os.price_type_id
                   -- The seats it has (and those returned, marked so); once
                   -- cancelled or expired, the seats it had then (not those
                   -- moved away before).
                   WHERE os.order_id = o.id
                     AND (os.active OR os.returned_at IS NOT NULL
                          OR (o.status IN ('cancelled', 'expired') AND os.moved_at IS NULL))),
        -- Every tender taken and every refund, oldest first (0018_money.sql).
        'payments', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'id', p.id, 'kind', p.kind, 'method', p.method, 'amount', p.amount::text,
                                'tendered', p.tendered::text, 'change', p.change::text,
                                'reference', p.reference, 'refund_of', p.refund_of,
                                'at', round(extract(epoch FROM p.created_at), 3))
                            ORDER BY p.id), '[]')
                       FROM boxoffice.payment p WHERE p.order_id = o.id))
        -- What the ticket and receipt print: the show and its venue's time
        -- zone, the counter and the clerk by name.
        || jsonb_build_object(
            'show_title', sh.title, 'starts_at', round(extract(epoch FROM sh.starts_at), 3),
            'venue_name', v.name, 'time_zone', v.time_zone, 'terminal_name', t.name,
            'clerk_name', st.display_name,
            -- The supervisor who approved its comps or discounts, by name,
            -- and why (price_approval, 0019): the receipt says so.
            'approved_by', (SELECT coalesce(ap.display_name, pa.approver) FROM boxoffice.price_approval pa
                              LEFT JOIN boxoffice.staff ap ON ap.id = pa.approved_by
                             WHERE pa.order_id = o.id ORDER BY pa.id LIMIT 1),
            'approval_reason', (SELECT pa.reason FROM boxoffice.price_approval pa
                                 WHERE pa.order_id = o.id ORDER BY pa.id LIMIT 1))
    FROM boxoffice.orders o
    JOIN boxoffice.show sh ON sh.id = o.show_id
    JOIN boxoffice.venue v ON v.id = sh.venue_id
    JOIN boxoffice.terminal t ON t.id = o.terminal_id
    LEFT JOIN boxoffice.staff st ON st.id = o.clerk_id
   WHERE o.id = p_order
$$;
REVOKE ALL ON FUNCTION order_json(bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION order_json(bigint) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- money rules kept by the database itself (tables of 0018_money.sql)

-- The price type every price and sold seat has unless it names another.
CREATE OR REPLACE FUNCTION standard_price_type() RETURNS integer
LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD'
$$;
REVOKE ALL ON FUNCTION standard_price_type() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A seat row made without a ticket type or price type takes its zone's
-- ticket type and STANDARD; a show price without a price type is STANDARD's.
CREATE OR REPLACE FUNCTION order_seat_defaults() RETURNS trigger
LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    -- (Nested: PL/pgSQL would read NEW.ticket_type of a show_price row too.)
    IF TG_TABLE_NAME = 'order_seat' THEN
        IF NEW.ticket_type IS NULL THEN
            SELECT z.ticket_type INTO NEW.ticket_type
              FROM seat s JOIN zone z ON z.id = s.zone_id WHERE s.id = NEW.seat_id;
        END IF;
    END IF;
    IF NEW.price_type_id IS NULL THEN
        NEW.price_type_id := standard_price_type();
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION order_seat_defaults() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
CREATE OR REPLACE TRIGGER order_seat_defaults BEFORE INSERT ON order_seat
    FOR EACH ROW EXECUTE FUNCTION order_seat_defaults();
CREATE OR REPLACE TRIGGER show_price_defaults BEFORE INSERT ON show_price
    FOR EACH ROW EXECUTE FUNCTION order_seat_defaults();

-- An order's money adds up: a paid order's payments less its refunds equal
-- its total, and its total is the price of the seats it still has; any other
-- order (pending, expired, cancelled) has nothing left paid (a pending one's
-- total is still its seats' price). Refunds never exceed the payment they go
-- back to. Raised as check_violation "order_balance: …" at commit (the
-- triggers are DEFERRABLE INITIALLY DEFERRED), so a function may write seats
-- and payments in any order; Database::execute reports it as OrderBalance.
CREATE OR REPLACE FUNCTION check_order_balance() RETURNS trigger
LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order   bigint;
    v_status  text;
    v_total   numeric;
    v_seats   numeric;
    v_net     numeric;
    v_over    bigint;
BEGIN
    -- NEW is a row of orders, payment or order_seat.
    IF TG_TABLE_NAME = 'orders' THEN
        v_order := NEW.id;
    ELSE
        v_order := NEW.order_id;
    END IF;
    SELECT status, total INTO v_status, v_total FROM orders WHERE id = v_order;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)
           - coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0)
      INTO v_net FROM payment WHERE order_id = v_order;
    IF v_status IN ('pending', 'paid') THEN
        SELECT coalesce(sum(price), 0) INTO v_seats FROM order_seat WHERE order_id = v_order AND active;
        IF v_seats <> v_total THEN
            RAISE EXCEPTION 'order_balance: order % total % is not the price of its seats %', v_order, v_total, v_seats
                USING ERRCODE = 'check_violation', CONSTRAINT = 'order_balance';
        END IF;
    END IF;
    IF v_net <> (CASE WHEN v_status = 'paid' THEN v_total ELSE 0 END) THEN
        RAISE EXCEPTION 'order_balance: order % (%) has % paid for a total of %', v_order, v_status, v_net, v_total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'order_balance';
    END IF;
    SELECT r.refund_of INTO v_over
      FROM payment r JOIN payment p ON p.id = r.refund_of
     WHERE r.order_id = v_order AND r.kind = 'refund'
     GROUP BY r.refund_of, p.amount, p.order_id
    HAVING sum(r.amount) > p.amount OR p.order_id <> v_order
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'order_balance: order % refunds more than payment % took', v_order, v_over
            USING ERRCODE = 'check_violation', CONSTRAINT = 'order_balance';
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION check_order_balance() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
-- (A constraint trigger cannot be CREATE OR REPLACEd: dropped and made again.)
DROP TRIGGER IF EXISTS order_balance ON orders;
CREATE CONSTRAINT TRIGGER order_balance AFTER INSERT OR UPDATE OF status, total ON orders
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_balance();
DROP TRIGGER IF EXISTS order_balance ON payment;
CREATE CONSTRAINT TRIGGER order_balance AFTER INSERT ON payment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_balance();
DROP TRIGGER IF EXISTS order_balance ON order_seat;
CREATE CONSTRAINT TRIGGER order_balance AFTER UPDATE OF active, price ON order_seat
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_balance();

-------------------------------------------------------------------------------
-- payments (table payment, 0018_money.sql)

-- An amount of money from a request: text "1234.50" (baht with at most two
-- decimals; a JSON number is taken as its text), > 0 unless p_zero_ok. Any
-- other value fails invalid_value naming p_field and the problem (missing,
-- negative, malformed, zero, out_of_range).
CREATE OR REPLACE FUNCTION checked_amount(p_text text, p_field text, p_zero_ok boolean DEFAULT false)
RETURNS numeric LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_text IS NULL OR btrim(p_text) = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'missing'));
    END IF;
    IF p_text ~ '^\s*-' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'negative'));
    END IF;
    IF p_text !~ '^\s*[0-9]{1,10}(\.[0-9]{1,2})?\s*$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'malformed'));
    END IF;
    IF btrim(p_text)::numeric > 9999999999.99 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'out_of_range',
                                                         'max', '9999999999.99'));
    END IF;
    IF btrim(p_text)::numeric = 0 AND NOT p_zero_ok THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'zero'));
    END IF;
    RETURN btrim(p_text)::numeric(12, 2);
END $$;
REVOKE ALL ON FUNCTION checked_amount(text, text, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Records how an order of p_total is paid. p_payments is the request's
-- "payments": [{"method": "cash"|"card"|"promptpay", "amount": "300.00",
-- "tendered": "500.00" (cash only, optional), "reference": text (optional)}],
-- 1 to 10 tenders whose amounts sum to p_total exactly (satang). NULL means
-- one tender of p_method (and p_ref) for the whole total. A total of 0 takes
-- no payment. Fails with invalid_payment_method, invalid_value (field
-- "payments", "amount", "tendered", "reference"), tendered_short (cash
-- handed over is less than its amount) or payments_mismatch ({"total",
-- "paid"}). Answers the first tender's method and reference (orders'
-- payment_method/payment_ref).
CREATE OR REPLACE FUNCTION record_payments(p_order bigint, p_total numeric, p_payments jsonb,
                                           p_method text, p_ref text, p_terminal integer, p_clerk integer,
                                           OUT first_method text, OUT first_ref text)
LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_tenders  jsonb := p_payments;
    v_t        jsonb;
    v_amount   numeric(12, 2);
    v_tendered numeric(12, 2);
    v_paid     numeric(12, 2) := 0;
    v_method   text;
    v_ref      text;
BEGIN
    IF v_tenders IS NULL OR jsonb_typeof(v_tenders) = 'null' THEN
        IF p_method IS NULL OR p_method NOT IN ('cash', 'card', 'promptpay') THEN
            PERFORM fail('invalid_payment_method', jsonb_build_object('method', p_method));
        END IF;
        first_method := p_method;
        first_ref := coalesce(p_ref, '');
        IF p_total > 0 THEN
            INSERT INTO payment (order_id, kind, method, amount, reference, terminal_id, clerk_id)
            VALUES (p_order, 'payment', p_method, p_total, coalesce(p_ref, ''), p_terminal, p_clerk);
        END IF;
        RETURN;
    END IF;
    IF jsonb_typeof(v_tenders) <> 'array' OR jsonb_array_length(v_tenders) > 10
       OR (jsonb_array_length(v_tenders) = 0 AND p_total > 0) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'payments', 'problem',
                     CASE WHEN jsonb_typeof(v_tenders) <> 'array' THEN 'malformed'
                          WHEN jsonb_array_length(v_tenders) > 10 THEN 'too_many' ELSE 'missing' END));
    END IF;
    FOR v_t IN SELECT e FROM jsonb_array_elements(v_tenders) WITH ORDINALITY AS a (e, n) ORDER BY n LOOP
        IF jsonb_typeof(v_t) <> 'object' THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'payments', 'problem', 'malformed'));
        END IF;
        v_method := v_t ->> 'method';
        IF v_method IS NULL OR v_method NOT IN ('cash', 'card', 'promptpay') THEN
            PERFORM fail('invalid_payment_method', jsonb_build_object('method', v_method));
        END IF;
        v_amount := checked_amount(v_t ->> 'amount', 'amount');
        v_tendered := NULL;
        IF v_t ? 'tendered' AND jsonb_typeof(v_t -> 'tendered') <> 'null' THEN
            IF v_method <> 'cash' THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', 'tendered', 'problem', 'not_cash'));
            END IF;
            v_tendered := checked_amount(v_t ->> 'tendered', 'tendered');
            IF v_tendered < v_amount THEN
                PERFORM fail('tendered_short', jsonb_build_object('amount', v_amount::text,
                                                                  'tendered', v_tendered::text));
            END IF;
        END IF;
        v_ref := coalesce(v_t ->> 'reference', '');
        IF length(v_ref) > 100 THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'reference', 'problem', 'too_long',
                                                             'max', 100));
        END IF;
        INSERT INTO payment (order_id, kind, method, amount, tendered, change, reference, terminal_id, clerk_id)
        VALUES (p_order, 'payment', v_method, v_amount, v_tendered, v_tendered - v_amount, v_ref,
                p_terminal, p_clerk);
        v_paid := v_paid + v_amount;
        IF first_method IS NULL THEN
            first_method := v_method;
            first_ref := v_ref;
        END IF;
    END LOOP;
    IF v_paid <> p_total THEN
        PERFORM fail('payments_mismatch', jsonb_build_object('total', p_total::text, 'paid', v_paid::text));
    END IF;
    first_method := coalesce(first_method, p_method, 'cash');
    first_ref := coalesce(first_ref, '');
END $$;
REVOKE ALL ON FUNCTION record_payments(bigint, numeric, jsonb, text, text, integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Gives back p_amount of an order's payments as refund rows: cash payments
-- first (unless p_method names the one method to refund to), each refunded
-- at most what it took less its earlier refunds. Fails refund_exceeds_paid
-- ({"amount", "refundable"}) when the payments cannot cover it. Answers the
-- refund rows as [{"method", "amount"}]. p_moved: the money is not handed
-- back but moved to another order (an exchange; payment.moved), so no
-- drawer counts it.
-- (Until 0024 it had no p_moved.)
DROP FUNCTION IF EXISTS record_refund(bigint, numeric, text, integer, integer);
CREATE OR REPLACE FUNCTION record_refund(p_order bigint, p_amount numeric, p_method text,
                                         p_terminal integer, p_clerk integer, p_moved boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_left  numeric(12, 2) := p_amount;
    v_p     record;
    v_take  numeric(12, 2);
    v_rows  jsonb := '[]';
    v_room  numeric(12, 2);
BEGIN
    IF p_amount <= 0 THEN
        RETURN v_rows;
    END IF;
    SELECT coalesce(sum(p.amount - coalesce((SELECT sum(r.amount) FROM payment r WHERE r.refund_of = p.id), 0)), 0)
      INTO v_room
      FROM payment p
     WHERE p.order_id = p_order AND p.kind = 'payment' AND (p_method IS NULL OR p.method = p_method);
    IF v_room < p_amount THEN
        PERFORM fail('refund_exceeds_paid', jsonb_build_object('amount', p_amount::text, 'refundable', v_room::text,
                                                               'method', p_method));
    END IF;
    FOR v_p IN
        SELECT p.id, p.method,
               p.amount - coalesce((SELECT sum(r.amount) FROM payment r WHERE r.refund_of = p.id), 0) AS room
          FROM payment p
         WHERE p.order_id = p_order AND p.kind = 'payment' AND (p_method IS NULL OR p.method = p_method)
         ORDER BY (p.method = 'cash') DESC, p.id
    LOOP
        EXIT WHEN v_left <= 0;
        CONTINUE WHEN v_p.room <= 0;
        v_take := least(v_p.room, v_left);
        INSERT INTO payment (order_id, kind, method, amount, refund_of, terminal_id, clerk_id, moved)
        VALUES (p_order, 'refund', v_p.method, v_take, v_p.id, p_terminal, p_clerk, p_moved);
        v_rows := v_rows || jsonb_build_object('method', v_p.method, 'amount', v_take::text);
        v_left := v_left - v_take;
    END LOOP;
    RETURN v_rows;
END $$;
REVOKE ALL ON FUNCTION record_refund(bigint, numeric, text, integer, integer, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- hold

CREATE OR REPLACE FUNCTION hold_seats_impl(p_show integer, p_seats integer[], p_terminal integer,
                                           p_minutes integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_conflicts jsonb;
    v_until     timestamptz;
    v_token     uuid := gen_random_uuid();
    v_changes   jsonb;
BEGIN
    PERFORM validate_request(p_show, p_seats, true);
    PERFORM check_terminal(p_terminal);
    PERFORM check_minutes(p_minutes);
    PERFORM lock_seats(p_show, p_seats, p_terminal);
    v_conflicts := seat_conflicts(p_show, p_seats, p_terminal);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('seats', v_conflicts));
    END IF;
    PERFORM expire_lapsed_orders_on(p_show, p_seats);
    v_until := now() + make_interval(mins => p_minutes);
    WITH u AS (
        UPDATE show_seat
           SET state = 'held', held_by = p_terminal, hold_token = v_token,
               held_until = v_until, order_id = NULL,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (p_seats)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(p_show, v_changes);
    RETURN jsonb_build_object('ok', true, 'token', v_token,
                              'held_until', round(extract(epoch FROM v_until), 3),
                              'changes', v_changes);
END $$;
REVOKE ALL ON FUNCTION hold_seats_impl(integer, integer[], integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- (Until the request document, hold_seats took positional parameters.)
DROP FUNCTION IF EXISTS hold_seats(integer, integer[], integer, integer);
-- {"show_id", "seat_ids", "minutes", "terminal_id" (optional: NULL or the caller's own)}
CREATE OR REPLACE FUNCTION hold_seats(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_seats integer[];
BEGIN
    PERFORM check_request(p_request, '{"show_id": "integer!", "seat_ids": "integers!", "terminal_id": "integer", "minutes": "integer!"}');
    v_seats := request_ids(p_request, 'seat_ids');
    RETURN hold_seats_impl((p_request ->> 'show_id')::integer, v_seats,
                           acting_counter((p_request ->> 'terminal_id')::integer), (p_request ->> 'minutes')::integer);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION hold_seats(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION hold_seats(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- release: lets go of the seats this terminal holds; seats it does not hold
-- (any more) are reported, not an error: the goal is reached either way.

CREATE OR REPLACE FUNCTION release_seats_impl(p_show integer, p_seats integer[], p_terminal integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_changes  jsonb;
    v_not_held jsonb;
BEGIN
    PERFORM validate_request(p_show, p_seats, false);
    PERFORM check_terminal(p_terminal);
    PERFORM lock_seats(p_show, p_seats, p_terminal);
    WITH u AS (
        UPDATE show_seat
           SET state = 'available', held_by = NULL, hold_token = NULL, held_until = NULL,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (p_seats)
           AND state = 'held' AND held_by = p_terminal AND order_id IS NULL
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label)
      INTO v_not_held
      FROM seat s
     WHERE s.id = ANY (p_seats)
       AND s.id NOT IN (SELECT (c ->> 0)::integer FROM jsonb_array_elements(coalesce(v_changes, '[]')) c);
    PERFORM notify_seats(p_show, v_changes);
    RETURN jsonb_build_object('ok', true, 'changes', coalesce(v_changes, '[]'),
                              'not_held', coalesce(v_not_held, '[]'));
END $$;
REVOKE ALL ON FUNCTION release_seats_impl(integer, integer[], integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- (Until the request document, release_seats took positional parameters.)
DROP FUNCTION IF EXISTS release_seats(integer, integer[], integer);
-- {"show_id", "seat_ids", "terminal_id" (optional: NULL or the caller's own)}
CREATE OR REPLACE FUNCTION release_seats(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_seats integer[];
BEGIN
    PERFORM check_request(p_request, '{"show_id": "integer!", "seat_ids": "integers!", "terminal_id": "integer"}');
    v_seats := request_ids(p_request, 'seat_ids');
    RETURN release_seats_impl((p_request ->> 'show_id')::integer, v_seats,
                              acting_counter((p_request ->> 'terminal_id')::integer));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION release_seats(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION release_seats(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- extend: every seat must still be held by this terminal (a lapsed hold that
-- nobody took yet still counts as its own).

CREATE OR REPLACE FUNCTION extend_hold_impl(p_show integer, p_seats integer[], p_terminal integer,
                                            p_minutes integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_bad     jsonb;
    v_until   timestamptz;
    v_changes jsonb;
BEGIN
    PERFORM validate_request(p_show, p_seats, true);
    PERFORM check_terminal(p_terminal);
    PERFORM check_minutes(p_minutes);
    PERFORM lock_seats(p_show, p_seats, p_terminal);
    SELECT jsonb_agg(jsonb_build_object(
               'id', ss.seat_id, 'label', s.label, 'state', ss.state,
               'holder_id', ss.held_by, 'holder', t.name,
               'seconds_left', CASE WHEN ss.state = 'held'
                                    THEN ceil(extract(epoch FROM ss.held_until - now()))::integer END)
           ORDER BY s.label)
      INTO v_bad
      FROM show_seat ss
      JOIN seat s ON s.id = ss.seat_id
      LEFT JOIN terminal t ON t.id = ss.held_by
     WHERE ss.show_id = p_show AND ss.seat_id = ANY (p_seats)
       AND NOT (ss.state = 'held' AND ss.held_by = p_terminal AND ss.order_id IS NULL);
    IF v_bad IS NOT NULL THEN
        PERFORM fail('not_held', jsonb_build_object('seats', v_bad));
    END IF;
    v_until := now() + make_interval(mins => p_minutes);
    WITH u AS (
        UPDATE show_seat
           SET held_until = v_until, version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (p_seats)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(p_show, v_changes);
    RETURN jsonb_build_object('ok', true, 'held_until', round(extract(epoch FROM v_until), 3),
                              'changes', v_changes);
END $$;
REVOKE ALL ON FUNCTION extend_hold_impl(integer, integer[], integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- (Until the request document, extend_hold took positional parameters.)
DROP FUNCTION IF EXISTS extend_hold(integer, integer[], integer, integer);
-- {"show_id", "seat_ids", "minutes", "terminal_id" (optional: NULL or the caller's own)}
CREATE OR REPLACE FUNCTION extend_hold(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_seats integer[];
BEGIN
    PERFORM check_request(p_request, '{"show_id": "integer!", "seat_ids": "integers!", "terminal_id": "integer", "minutes": "integer!"}');
    v_seats := request_ids(p_request, 'seat_ids');
    RETURN extend_hold_impl((p_request ->> 'show_id')::integer, v_seats,
                            acting_counter((p_request ->> 'terminal_id')::integer), (p_request ->> 'minutes')::integer);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION extend_hold(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION extend_hold(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- sell

-- (Until payments (0018_money.sql), sell_impl had no p_payments.)
DROP FUNCTION IF EXISTS sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text,
                                  integer, boolean);
-- (Until price types per seat (issue 12), sell_impl had no p_types or p_approval.)
DROP FUNCTION IF EXISTS sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text,
                                  integer, boolean, jsonb);
-- p_types: each seat's price type code (aligned with p_seats; NULL: all
-- STANDARD). With p_types the seats may be of several ticket types unless
-- p_ticket_type names one; the order's ticket_type is then its first seat's.
-- A seat at a comp or a discount below pricing_rule needs p_approval (a
-- supervisor's, approve_price in functions/pricing.sql), used up here.
CREATE OR REPLACE FUNCTION sell_impl(p_key uuid, p_request_hash text, p_show integer, p_seats integer[],
                                     p_ticket_type text, p_terminal integer, p_clerk integer,
                                     p_customer_name text, p_customer_phone text,
                                     p_payment_method text, p_payment_ref text,
                                     p_pending_minutes integer, p_confirm_similar boolean,
                                     p_payments jsonb DEFAULT NULL, p_types text[] DEFAULT NULL,
                                     p_approval uuid DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_existing  orders%ROWTYPE;
    v_order_id  bigint;
    v_similar   jsonb;
    v_bad       jsonb;
    v_conflicts jsonb;
    v_total     numeric(12, 2);
    v_pending   boolean := coalesce(p_pending_minutes, 0) > 0;
    v_expires   timestamptz;
    v_changes   jsonb;
    v_first     record;
    v_type      text := nullif(p_ticket_type, '');
    v_types     text[];
    v_lines     jsonb;
    v_approval  text;
BEGIN
    IF p_key IS NULL OR coalesce(p_request_hash, '') = '' THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'idempotency_key'));
    END IF;
    -- Level 3: the key is the attempt. A retry after a lost reply returns the
    -- order made the first time; the same key with another payload is refused.
    SELECT * INTO v_existing FROM orders WHERE idempotency_key = p_key;
    IF FOUND THEN
        IF v_existing.request_hash <> p_request_hash THEN
            PERFORM fail('idempotency_mismatch', jsonb_build_object('order_id', v_existing.id));
        END IF;
        RETURN order_json(v_existing.id) || jsonb_build_object('ok', true, 'replayed', true);
    END IF;

    PERFORM validate_request(p_show, p_seats, true);
    PERFORM check_terminal(p_terminal);
    IF p_clerk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff WHERE id = p_clerk AND active) THEN
        PERFORM fail('unknown_clerk', jsonb_build_object('clerk', p_clerk));
    END IF;
    IF p_payments IS NULL AND (p_payment_method IS NULL OR p_payment_method NOT IN ('cash', 'card', 'promptpay')) THEN
        PERFORM fail('invalid_payment_method', jsonb_build_object('method', p_payment_method));
    END IF;
    IF p_payments IS NOT NULL AND v_pending THEN
        -- A pending order is paid when it is confirmed (confirm_payment).
        PERFORM fail('invalid_value', jsonb_build_object('field', 'payments', 'problem', 'pending'));
    END IF;
    IF p_pending_minutes IS NOT NULL AND (p_pending_minutes < 0 OR p_pending_minutes > 1440) THEN
        PERFORM fail('invalid_duration', jsonb_build_object('minutes', p_pending_minutes, 'max', 1440));
    END IF;
    IF length(coalesce(p_customer_name, '')) > 200 OR length(coalesce(p_customer_phone, '')) > 32
       OR length(coalesce(p_payment_ref, '')) > 100 THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'customer'));
    END IF;
    IF v_type IS NULL AND p_types IS NOT NULL THEN
        -- A mixed order: it is named by its first seat's ticket type.
        SELECT z.ticket_type INTO v_type FROM seat s JOIN zone z ON z.id = s.zone_id WHERE s.id = p_seats[1];
    ELSE
        IF NOT EXISTS (SELECT 1 FROM zone z JOIN show sh ON sh.venue_id = z.venue_id
                        WHERE sh.id = p_show AND z.ticket_type = v_type) THEN
            PERFORM fail('unknown_ticket_type', jsonb_build_object('ticket_type', p_ticket_type));
        END IF;
        SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label, 'ticket_type', z.ticket_type)
                         ORDER BY s.label)
          INTO v_bad
          FROM seat s JOIN zone z ON z.id = s.zone_id
         WHERE s.id = ANY (p_seats) AND z.ticket_type <> v_type;
        IF v_bad IS NOT NULL THEN
            PERFORM fail('wrong_ticket_type', jsonb_build_object('ticket_type', p_ticket_type, 'seats', v_bad));
        END IF;
    END IF;
    v_types := coalesce(p_types, array_fill(NULL::text, ARRAY[cardinality(p_seats)]));
    -- Each seat's price at its price type (functions/pricing.sql), and
    -- whether a supervisor must approve: asked before anything is locked.
    SELECT jsonb_agg(to_jsonb(l)), max(l.approval) INTO v_lines, v_approval
      FROM priced_lines(p_show, p_seats, v_types) l;
    IF v_approval IS NOT NULL AND p_approval IS NULL THEN
        PERFORM fail('approval_required', jsonb_build_object('reason', v_approval));
    END IF;

    -- Level 4: the same customer bought this ticket type for this show a
    -- moment ago; the clerk must confirm before we sell again.
    IF coalesce(p_customer_phone, '') <> '' AND NOT coalesce(p_confirm_similar, false) THEN
        SELECT order_json(o.id) INTO v_similar
          FROM orders o
         WHERE o.customer_phone = p_customer_phone AND o.show_id = p_show
           AND o.status IN ('pending', 'paid')
           AND EXISTS (SELECT 1 FROM order_seat os
                        WHERE os.order_id = o.id
                          AND os.ticket_type IN (SELECT l ->> 'ticket_type' FROM jsonb_array_elements(v_lines) l))
           AND o.created_at > now() - interval '5 minutes'
         ORDER BY o.created_at DESC LIMIT 1;
        IF v_similar IS NOT NULL THEN
            PERFORM fail('possible_duplicate', jsonb_build_object('similar', v_similar));
        END IF;
    END IF;

    PERFORM lock_seats(p_show, p_seats, p_terminal);
    v_conflicts := seat_conflicts(p_show, p_seats, p_terminal);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('seats', v_conflicts));
    END IF;
    PERFORM expire_lapsed_orders_on(p_show, p_seats);

    SELECT sum((l ->> 'price')::numeric) INTO v_total FROM jsonb_array_elements(v_lines) l;
    IF v_pending THEN
        v_expires := now() + make_interval(mins => p_pending_minutes);
    END IF;
    INSERT INTO orders (idempotency_key, request_hash, show_id, terminal_id, clerk_id, ticket_type,
                        customer_name, customer_phone, status, payment_method, payment_ref,
                        total, paid_at, expires_at)
    VALUES (p_key, p_request_hash, p_show, p_terminal, p_clerk, v_type,
            coalesce(p_customer_name, ''), coalesce(p_customer_phone, ''),
            CASE WHEN v_pending THEN 'pending' ELSE 'paid' END,
            coalesce(p_payment_method, p_payments #>> '{0,method}', 'cash'),
            coalesce(p_payment_ref, ''), v_total,
            CASE WHEN v_pending THEN NULL ELSE now() END, v_expires)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_order_id;
    IF v_order_id IS NULL THEN
        -- The same attempt committed on another connection meanwhile.
        SELECT * INTO v_existing FROM orders WHERE idempotency_key = p_key;
        IF v_existing.request_hash <> p_request_hash THEN
            PERFORM fail('idempotency_mismatch', jsonb_build_object('order_id', v_existing.id));
        END IF;
        PERFORM fail('replay', jsonb_build_object('order_id', v_existing.id));
    END IF;

    INSERT INTO order_seat (order_id, show_id, seat_id, price, ticket_type, price_type_id)
    SELECT v_order_id, p_show, (l ->> 'seat_id')::integer, (l ->> 'price')::numeric, l ->> 'ticket_type',
           (l ->> 'price_type_id')::integer
      FROM jsonb_array_elements(v_lines) l;
    IF v_approval IS NOT NULL THEN
        PERFORM use_price_approval(p_approval, p_terminal, v_order_id);
    END IF;
    IF NOT v_pending THEN
        v_first := record_payments(v_order_id, v_total, p_payments, p_payment_method, p_payment_ref,
                                   p_terminal, p_clerk);
        UPDATE orders SET payment_method = v_first.first_method, payment_ref = v_first.first_ref
         WHERE id = v_order_id AND (payment_method, payment_ref) IS DISTINCT FROM (v_first.first_method, v_first.first_ref);
    END IF;

    WITH u AS (
        UPDATE show_seat
           SET state = CASE WHEN v_pending THEN 'held' ELSE 'sold' END,
               held_by = CASE WHEN v_pending THEN p_terminal END,
               held_until = v_expires, hold_token = NULL, order_id = v_order_id,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (p_seats)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(p_show, v_changes);
    RETURN order_json(v_order_id) || jsonb_build_object('ok', true, 'replayed', false, 'changes', v_changes);
END $$;
REVOKE ALL ON FUNCTION sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text, integer, boolean,
                                  jsonb, text[], uuid)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The request document of a sale, made in one place on the client
-- (SellRequest::toJson). Every key is optional here; what a missing one means
-- is sell_impl's to say (e.g. no payment_method: invalid_payment_method):
--   {"idempotency_key": uuid, "request_hash": text, "show_id": int,
--    "seat_ids": [int], "ticket_type": text, "terminal_id": int,
--    "clerk_id": int, "customer_name": text, "customer_phone": text,
--    "payment_method": text, "payment_ref": text, "pending_minutes": int,
--    "confirm_similar": bool, "payments": [tender]}
-- "payments" (record_payments says the shape) splits a paid sale over
-- several tenders; without it the whole total is one payment_method tender.
-- A key not in the list, or a value of the wrong type, is refused as
-- invalid_request naming the field.
-- (Until the document, sell took these as 13 positional parameters.)
DROP FUNCTION IF EXISTS sell(uuid, text, integer, integer[], text, integer, integer, text, text, text, text,
                             integer, boolean);
CREATE OR REPLACE FUNCTION sell(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_seats integer[];
    v_types text[];
    v_err   jsonb;
BEGIN
    PERFORM check_request(p_request, '{"idempotency_key": "uuid", "request_hash": "text", "show_id": "integer",
        "seat_ids": "integers", "ticket_type": "text", "terminal_id": "integer", "clerk_id": "integer",
        "customer_name": "text", "customer_phone": "text", "payment_method": "text", "payment_ref": "text",
        "pending_minutes": "integer", "confirm_similar": "boolean", "payments": "array", "lines": "array",
        "approval": "uuid"}');
    IF jsonb_typeof(p_request -> 'lines') = 'array' THEN
        -- [{"seat_id": int, "price_type": code (optional: STANDARD)}], instead of seat_ids.
        IF jsonb_typeof(p_request -> 'seat_ids') = 'array' THEN
            PERFORM fail('invalid_request', jsonb_build_object('field', 'seat_ids', 'reason', 'with lines'));
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_request -> 'lines') e
                    WHERE jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'seat_id') IS DISTINCT FROM 'number'
                       OR e ->> 'seat_id' !~ '^[0-9]{1,9}$'
                       OR coalesce(jsonb_typeof(e -> 'price_type'), 'null') NOT IN ('null', 'string')
                       OR EXISTS (SELECT 1 FROM jsonb_object_keys(e) k WHERE k NOT IN ('seat_id', 'price_type'))) THEN
            PERFORM fail('invalid_request', jsonb_build_object('field', 'lines', 'reason', 'not lines'));
        END IF;
        SELECT array_agg((a.e ->> 'seat_id')::integer ORDER BY a.n),
               array_agg(coalesce(upper(btrim(a.e ->> 'price_type')), 'STANDARD') ORDER BY a.n)
          INTO v_seats, v_types
          FROM jsonb_array_elements(p_request -> 'lines') WITH ORDINALITY AS a (e, n);
    ELSIF jsonb_typeof(p_request -> 'seat_ids') = 'array' THEN
        v_seats := ARRAY(SELECT (a.e #>> '{}')::integer
                           FROM jsonb_array_elements(p_request -> 'seat_ids') WITH ORDINALITY AS a (e, n)
                          ORDER BY a.n);
    END IF;
    RETURN sell_impl((p_request ->> 'idempotency_key')::uuid, p_request ->> 'request_hash',
                     (p_request ->> 'show_id')::integer, v_seats, p_request ->> 'ticket_type',
                     acting_counter((p_request ->> 'terminal_id')::integer),
                     acting_clerk((p_request ->> 'clerk_id')::integer),
                     p_request ->> 'customer_name', p_request ->> 'customer_phone',
                     p_request ->> 'payment_method', p_request ->> 'payment_ref',
                     (p_request ->> 'pending_minutes')::integer, (p_request ->> 'confirm_similar')::boolean,
                     p_request -> 'payments', v_types, (p_request ->> 'approval')::uuid);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN
        v_err := SQLERRM::jsonb;
        IF v_err ->> 'code' = 'replay' THEN
            RETURN order_json((v_err ->> 'order_id')::bigint) || jsonb_build_object('ok', true, 'replayed', true);
        END IF;
        RETURN v_err;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION sell(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION sell(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- confirm payment of a pending order

-- (Until payments (0018_money.sql), confirm_payment_impl had no clerk or payments.)
DROP FUNCTION IF EXISTS confirm_payment_impl(bigint, integer, text, text);
CREATE OR REPLACE FUNCTION confirm_payment_impl(p_order bigint, p_terminal integer, p_payment_method text,
                                                p_payment_ref text, p_clerk integer DEFAULT NULL,
                                                p_payments jsonb DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_order   orders%ROWTYPE;
    v_changes jsonb;
    v_first   record;
BEGIN
    PERFORM check_terminal(p_terminal);
    SELECT * INTO v_order FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_order', jsonb_build_object('order_id', p_order));
    END IF;
    IF v_order.status = 'paid' THEN
        RETURN order_json(p_order) || jsonb_build_object('ok', true, 'already', true);
    END IF;
    IF v_order.status <> 'pending' OR v_order.expires_at <= now() THEN
        PERFORM fail('order_not_active', jsonb_build_object('order_id', p_order,
                     'status', CASE WHEN v_order.status = 'pending' THEN 'expired' ELSE v_order.status END));
    END IF;
    IF p_payments IS NULL AND (p_payment_method IS NULL OR p_payment_method NOT IN ('cash', 'card', 'promptpay')) THEN
        PERFORM fail('invalid_payment_method', jsonb_build_object('method', p_payment_method));
    END IF;
    PERFORM lock_order_seats(v_order.show_id, p_order);
    v_first := record_payments(p_order, v_order.total, p_payments, p_payment_method, p_payment_ref,
                               p_terminal, coalesce(p_clerk, v_order.clerk_id));
    UPDATE orders SET status = 'paid', paid_at = now(), expires_at = NULL,
                      payment_method = v_first.first_method, payment_ref = v_first.first_ref
     WHERE id = p_order;
    WITH u AS (
        UPDATE show_seat
           SET state = 'sold', held_by = NULL, held_until = NULL, hold_token = NULL,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = v_order.show_id AND order_id = p_order
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(v_order.show_id, v_changes);
    RETURN order_json(p_order) || jsonb_build_object('ok', true);
END $$;
REVOKE ALL ON FUNCTION confirm_payment_impl(bigint, integer, text, text, integer, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- (Until the request document, confirm_payment took positional parameters.)
DROP FUNCTION IF EXISTS confirm_payment(bigint, integer, text, text);
-- {"order_id", "payment_method", "payment_ref", "terminal_id" (optional: NULL or the caller's own),
--  "clerk_id" (optional: NULL or the caller's own), "payments": [tender] (record_payments; instead
--  of payment_method/payment_ref)}
CREATE OR REPLACE FUNCTION confirm_payment(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order bigint;
BEGIN
    PERFORM check_request(p_request, '{"order_id": "bigint!", "terminal_id": "integer", "clerk_id": "integer",
        "payment_method": "text", "payment_ref": "text", "payments": "array"}');
    v_order := (p_request ->> 'order_id')::bigint;
    RETURN confirm_payment_impl(v_order, acting_counter((p_request ->> 'terminal_id')::integer),
                                p_request ->> 'payment_method', p_request ->> 'payment_ref',
                                acting_clerk((p_request ->> 'clerk_id')::integer), p_request -> 'payments');
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'order_busy', 'order_id', v_order);
END $$;
REVOKE ALL ON FUNCTION confirm_payment(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION confirm_payment(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- cancel: releases the seats, records the reason. Cancelling a cancelled
-- order again answers ok (already), so a retry after a lost reply is safe.

CREATE OR REPLACE FUNCTION cancel_order_impl(p_order bigint, p_terminal integer, p_clerk integer, p_reason text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_order   orders%ROWTYPE;
    v_changes jsonb;
BEGIN
    IF p_reason IS NULL OR p_reason !~ '\S' THEN -- blank, whatever the white space
        PERFORM fail('reason_required');
    END IF;
    IF length(p_reason) > 500 THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'reason'));
    END IF;
    PERFORM check_terminal(p_terminal);
    SELECT * INTO v_order FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_order', jsonb_build_object('order_id', p_order));
    END IF;
    IF v_order.status = 'cancelled' THEN
        RETURN order_json(p_order) || jsonb_build_object('ok', true, 'already', true);
    END IF;
    IF v_order.status = 'expired' OR (v_order.status = 'pending' AND v_order.expires_at <= now()) THEN
        PERFORM fail('order_not_active', jsonb_build_object('order_id', p_order, 'status', 'expired'));
    END IF;
    PERFORM lock_order_seats(v_order.show_id, p_order);
    UPDATE orders SET status = 'cancelled', cancelled_at = now(), cancel_reason = p_reason
     WHERE id = p_order;
    -- Everything still paid goes back, cash first (record_refund).
    IF v_order.status = 'paid' THEN
        PERFORM record_refund(p_order, v_order.total, NULL, p_terminal, p_clerk);
    END IF;
    UPDATE order_seat SET active = false WHERE order_id = p_order AND active;
    WITH u AS (
        UPDATE show_seat
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = NULL, version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = v_order.show_id AND order_id = p_order
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    SELECT t.name, 'cancel_order', p_reason,
           jsonb_build_object('order_id', p_order, 'clerk_id', p_clerk, 'refund', v_order.total::text,
                              'previous_status', v_order.status),
           coalesce(jsonb_array_length(v_changes), 0)
      FROM terminal t WHERE t.id = p_terminal;
    PERFORM notify_seats(v_order.show_id, v_changes);
    RETURN order_json(p_order) || jsonb_build_object('ok', true, 'already', false,
                                                     'refund', v_order.total::text, 'changes', v_changes);
END $$;
REVOKE ALL ON FUNCTION cancel_order_impl(bigint, integer, integer, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A plain clerk may cancel only the orders they sold; supervisors and
-- managers may cancel any.
-- (Until the request document, cancel_order took positional parameters.)
DROP FUNCTION IF EXISTS cancel_order(bigint, integer, integer, text);
-- {"order_id", "reason", "terminal_id", "clerk_id" (optional: NULL or the caller's own)}
CREATE OR REPLACE FUNCTION cancel_order(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order bigint;
BEGIN
    PERFORM check_request(p_request, '{"order_id": "bigint!", "terminal_id": "integer", "clerk_id": "integer", "reason": "text"}');
    v_order := (p_request ->> 'order_id')::bigint;
    IF caller_is_plain_clerk() AND EXISTS (SELECT 1 FROM orders WHERE id = v_order)
       AND NOT EXISTS (SELECT 1 FROM orders o JOIN staff s ON s.id = o.clerk_id
                        WHERE o.id = v_order AND s.username = session_user) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'not_permitted', 'order_id', v_order,
                                  'reason', 'sold by another clerk');
    END IF;
    RETURN cancel_order_impl(v_order, acting_counter((p_request ->> 'terminal_id')::integer),
                             acting_clerk((p_request ->> 'clerk_id')::integer), p_request ->> 'reason');
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'order_busy', 'order_id', v_order);
END $$;
REVOKE ALL ON FUNCTION cancel_order(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION cancel_order(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- change seats: old and new seats are locked in one sorted order, then
-- swapped in the same transaction.

CREATE OR REPLACE FUNCTION change_seats_impl(p_order bigint, p_old integer[], p_new integer[],
                                             p_terminal integer, p_clerk integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_order     orders%ROWTYPE;
    v_bad       jsonb;
    v_conflicts jsonb;
    v_pending   boolean;
    v_changes   jsonb;
    v_new       jsonb;
BEGIN
    PERFORM check_terminal(p_terminal);
    SELECT * INTO v_order FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_order', jsonb_build_object('order_id', p_order));
    END IF;
    IF v_order.status NOT IN ('pending', 'paid')
       OR (v_order.status = 'pending' AND v_order.expires_at <= now()) THEN
        PERFORM fail('order_not_active', jsonb_build_object('order_id', p_order,
                     'status', CASE WHEN v_order.status = 'pending' THEN 'expired' ELSE v_order.status END));
    END IF;
    v_pending := v_order.status = 'pending';
    -- Sent again after a lost reply: the swap is already done.
    IF coalesce(cardinality(p_new), 0) > 0 AND coalesce(cardinality(p_old), 0) > 0
       AND (SELECT count(*) FROM order_seat WHERE order_id = p_order AND active AND seat_id = ANY (p_new))
           = cardinality(p_new)
       AND NOT EXISTS (SELECT 1 FROM order_seat WHERE order_id = p_order AND active AND seat_id = ANY (p_old)) THEN
        RETURN order_json(p_order) || jsonb_build_object('ok', true, 'already', true);
    END IF;
    PERFORM validate_request(v_order.show_id, p_old, false);
    PERFORM validate_request(v_order.show_id, p_new, true);
    IF cardinality(p_old) <> cardinality(p_new) THEN
        PERFORM fail('seat_count_mismatch', jsonb_build_object('old', cardinality(p_old), 'new', cardinality(p_new)));
    END IF;
    IF p_old && p_new THEN
        PERFORM fail('duplicate_seat');
    END IF;
    SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label) INTO v_bad
      FROM seat s
     WHERE s.id = ANY (p_old)
       AND NOT EXISTS (SELECT 1 FROM order_seat os WHERE os.order_id = p_order AND os.seat_id = s.id AND os.active);
    IF v_bad IS NOT NULL THEN
        PERFORM fail('seat_not_in_order', jsonb_build_object('order_id', p_order, 'seats', v_bad));
    END IF;
    SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label, 'ticket_type', z.ticket_type)
                     ORDER BY s.label)
      INTO v_bad
      FROM seat s JOIN zone z ON z.id = s.zone_id
     WHERE s.id = ANY (p_new) AND z.ticket_type <> v_order.ticket_type;
    IF v_bad IS NOT NULL THEN
        PERFORM fail('wrong_ticket_type', jsonb_build_object('ticket_type', v_order.ticket_type, 'seats', v_bad));
    END IF;

    PERFORM lock_seats(v_order.show_id, p_old || p_new, p_terminal);
    v_conflicts := seat_conflicts(v_order.show_id, p_new, p_terminal);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('seats', v_conflicts));
    END IF;
    PERFORM expire_lapsed_orders_on(v_order.show_id, p_new);

    UPDATE order_seat SET active = false, moved_at = now()
     WHERE order_id = p_order AND seat_id = ANY (p_old) AND active;
    -- The n-th new seat takes the n-th old seat's price and price type: the
    -- customer keeps what was agreed (and paid), whatever the price list
    -- says now, so the order's total and payments do not change.
    INSERT INTO order_seat (order_id, show_id, seat_id, price, ticket_type, price_type_id)
    SELECT p_order, v_order.show_id, n.seat_id, os.price, os.ticket_type, os.price_type_id
      FROM unnest(p_old, p_new) AS n (old_seat, seat_id)
      JOIN LATERAL (SELECT o2.price, o2.ticket_type, o2.price_type_id FROM order_seat o2
                     WHERE o2.order_id = p_order AND o2.seat_id = n.old_seat AND o2.moved_at IS NOT NULL
                     ORDER BY o2.id DESC LIMIT 1) os ON true;

    WITH u AS (
        UPDATE show_seat
           SET state = CASE WHEN seat_id = ANY (p_old) THEN 'available'
                            WHEN v_pending THEN 'held' ELSE 'sold' END,
               held_by = CASE WHEN seat_id = ANY (p_new) AND v_pending THEN v_order.terminal_id END,
               held_until = CASE WHEN seat_id = ANY (p_new) AND v_pending THEN v_order.expires_at END,
               hold_token = NULL,
               order_id = CASE WHEN seat_id = ANY (p_new) THEN p_order END,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = v_order.show_id AND seat_id = ANY (p_old || p_new)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(v_order.show_id, v_changes);
    RETURN order_json(p_order) || jsonb_build_object('ok', true, 'changes', v_changes);
END $$;
REVOKE ALL ON FUNCTION change_seats_impl(bigint, integer[], integer[], integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- (Until the request document, change_seats took positional parameters.)
DROP FUNCTION IF EXISTS change_seats(bigint, integer[], integer[], integer, integer);
-- {"order_id", "old_seat_ids", "new_seat_ids", "terminal_id", "clerk_id" (optional: NULL or the caller's own)}
CREATE OR REPLACE FUNCTION change_seats(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_seats integer[];
BEGIN
    PERFORM check_request(p_request, '{"order_id": "bigint!", "old_seat_ids": "integers!", "new_seat_ids": "integers!", "terminal_id": "integer", "clerk_id": "integer"}');
    v_seats := request_ids(p_request, 'old_seat_ids') || request_ids(p_request, 'new_seat_ids');
    RETURN change_seats_impl((p_request ->> 'order_id')::bigint, request_ids(p_request, 'old_seat_ids'),
                             request_ids(p_request, 'new_seat_ids'),
                             acting_counter((p_request ->> 'terminal_id')::integer),
                             acting_clerk((p_request ->> 'clerk_id')::integer));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION change_seats(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION change_seats(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- expiry (run by the background jobs; correctness never waits for them).
-- SKIP LOCKED: a row some sale is working on right now is left for next time.

CREATE OR REPLACE FUNCTION expire_holds(p_limit integer DEFAULT 10000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_by_show jsonb;
    v_total   integer := 0;
    r         record;
BEGIN
    WITH c AS (
        SELECT ss.show_id, ss.seat_id
          FROM show_seat ss
         WHERE ss.state = 'held' AND ss.held_until <= now()
           AND (ss.order_id IS NULL
                OR NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = ss.order_id AND o.status = 'pending'))
         ORDER BY ss.held_until
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED),
    u AS (
        UPDATE show_seat ss
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = NULL, version = nextval('boxoffice.seat_version_seq')
          FROM c
         WHERE ss.show_id = c.show_id AND ss.seat_id = c.seat_id
        RETURNING ss.show_id, ss.seat_id, ss.state, ss.held_by, ss.held_until, ss.version)
    SELECT jsonb_object_agg(show_id, changes) INTO v_by_show
      FROM (SELECT show_id, jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) AS changes
              FROM u GROUP BY show_id) g;
    FOR r IN SELECT key, value FROM jsonb_each(coalesce(v_by_show, '{}')) LOOP
        PERFORM notify_seats(r.key::integer, r.value);
        v_total := v_total + jsonb_array_length(r.value);
    END LOOP;
    RETURN jsonb_build_object('ok', true, 'released', v_total);
END $$;
REVOKE ALL ON FUNCTION expire_holds(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION expire_holds(integer) TO boxoffice_clerk;

CREATE OR REPLACE FUNCTION expire_orders(p_limit integer DEFAULT 1000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_ids     bigint[];
    v_by_show jsonb;
    v_seats   integer := 0;
    r         record;
BEGIN
    WITH o AS (
        SELECT id FROM orders
         WHERE status = 'pending' AND expires_at <= now()
         ORDER BY expires_at LIMIT p_limit
           FOR UPDATE SKIP LOCKED)
    SELECT array_agg(id) INTO v_ids FROM o;
    IF v_ids IS NULL THEN
        RETURN jsonb_build_object('ok', true, 'expired', 0, 'released', 0);
    END IF;
    UPDATE orders SET status = 'expired' WHERE id = ANY (v_ids);
    UPDATE order_seat SET active = false WHERE order_id = ANY (v_ids) AND active;
    -- Seats a sale has locked right now are skipped: they are free already by
    -- lazy expiry, and expire_holds tidies them later.
    WITH l AS (
        SELECT show_id, seat_id FROM show_seat
         WHERE order_id = ANY (v_ids) AND state = 'held'
           FOR UPDATE SKIP LOCKED),
    u AS (
        UPDATE show_seat ss
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = NULL, version = nextval('boxoffice.seat_version_seq')
          FROM l
         WHERE ss.show_id = l.show_id AND ss.seat_id = l.seat_id
        RETURNING ss.show_id, ss.seat_id, ss.state, ss.held_by, ss.held_until, ss.version)
    SELECT jsonb_object_agg(show_id, changes) INTO v_by_show
      FROM (SELECT show_id, jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) AS changes
              FROM u GROUP BY show_id) g;
    FOR r IN SELECT key, value FROM jsonb_each(coalesce(v_by_show, '{}')) LOOP
        PERFORM notify_seats(r.key::integer, r.value);
        v_seats := v_seats + jsonb_array_length(r.value);
    END LOOP;
    RETURN jsonb_build_object('ok', true, 'expired', cardinality(v_ids), 'released', v_seats);
END $$;
REVOKE ALL ON FUNCTION expire_orders(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION expire_orders(integer) TO boxoffice_clerk;
