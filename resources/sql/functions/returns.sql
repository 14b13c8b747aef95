-- Returns and exchanges (issue 12): some seats of a paid order given back
-- with a reason, their price refunded to the order's tenders; seats
-- exchanged to another show or another price type, the old ones released
-- and the new ones sold in the same transaction. Answers like sale.sql's:
--   {"ok": true, ...} or {"ok": false, "code": "...", ...} (nothing changed).
-- The money rule of every order is checked again at commit (order_balance,
-- sale.sql): payments less refunds equal the total of the seats it still has.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- helpers (the owner's)

-- The seats of p_seats that p_order cannot give back: first those it never
-- had (seat_not_in_order), then those it gave back already and has no more
-- (seat_already_returned). Fails with the first kind found.
CREATE OR REPLACE FUNCTION check_order_has_seats(p_order bigint, p_seats integer[])
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_bad jsonb;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label) INTO v_bad
      FROM seat s
     WHERE s.id = ANY (p_seats)
       AND NOT EXISTS (SELECT 1 FROM order_seat os WHERE os.order_id = p_order AND os.seat_id = s.id
                          AND (os.active OR os.returned_at IS NOT NULL));
    IF v_bad IS NOT NULL THEN
        PERFORM fail('seat_not_in_order', jsonb_build_object('order_id', p_order, 'seats', v_bad));
    END IF;
    SELECT jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label) INTO v_bad
      FROM seat s
     WHERE s.id = ANY (p_seats)
       AND NOT EXISTS (SELECT 1 FROM order_seat os WHERE os.order_id = p_order AND os.seat_id = s.id AND os.active);
    IF v_bad IS NOT NULL THEN
        PERFORM fail('seat_already_returned', jsonb_build_object('order_id', p_order, 'seats', v_bad));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_order_has_seats(bigint, integer[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- What every return and exchange checks of the order first: it exists and is
-- paid (locked for the rest of the transaction), a plain clerk sold it
-- (p_plain_clerk: the caller is one), and once its show has started the
-- caller is a supervisor or manager, or a plain clerk with a supervisor's
-- approval for a return (p_approval: a price_approval token of purpose
-- 'return' for this counter, used up here, in the caller's transaction;
-- approval_invalid when it cannot be used). Without one: approval_required,
-- reason show_started. An approval sent when none is needed is left unused.
DROP FUNCTION IF EXISTS returnable_order(bigint, boolean);
CREATE OR REPLACE FUNCTION returnable_order(p_order bigint, p_plain_clerk boolean, p_approval uuid,
                                            p_terminal integer)
RETURNS orders LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order orders%ROWTYPE;
BEGIN
    SELECT * INTO v_order FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_order', jsonb_build_object('order_id', p_order));
    END IF;
    IF p_plain_clerk AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = v_order.clerk_id
                                                             AND s.username = session_user) THEN
        PERFORM fail('not_permitted', jsonb_build_object('order_id', p_order, 'reason', 'sold by another clerk'));
    END IF;
    IF v_order.status <> 'paid' THEN
        PERFORM fail('order_not_active', jsonb_build_object('order_id', p_order,
                     'status', CASE WHEN v_order.status = 'pending' AND v_order.expires_at <= now() THEN 'expired'
                                    ELSE v_order.status END));
    END IF;
    IF p_plain_clerk AND (SELECT starts_at FROM show WHERE id = v_order.show_id) <= now() THEN
        IF p_approval IS NULL THEN
            PERFORM fail('approval_required', jsonb_build_object('order_id', p_order, 'reason', 'show_started'));
        END IF;
        PERFORM use_approval(p_approval, 'return', p_terminal, p_order);
    END IF;
    RETURN v_order;
END $$;
REVOKE ALL ON FUNCTION returnable_order(bigint, boolean, uuid, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE FUNCTION checked_refund_method(p_method text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_method IS NOT NULL AND p_method NOT IN ('cash', 'card', 'promptpay') THEN
        PERFORM fail('invalid_payment_method', jsonb_build_object('method', p_method));
    END IF;
    RETURN p_method;
END $$;
REVOKE ALL ON FUNCTION checked_refund_method(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- return some seats of a paid order

-- Gives back p_seats of a paid order: each seat becomes inactive with
-- returned_at and the reason, and is free for sale again; the order's total
-- falls by their prices (what was paid for them, order_seat.price), which
-- go back to the order's payments (record_refund: cash first, or only
-- p_method). Returning every seat the order still has cancels it (status
-- cancelled with the reason, total unchanged and all of it refunded), as
-- cancel_order would. Audited as return_seats.
DROP FUNCTION IF EXISTS return_seats_impl(bigint, integer[], text, text, integer, integer, boolean);
CREATE OR REPLACE FUNCTION return_seats_impl(p_order bigint, p_seats integer[], p_reason text, p_method text,
                                             p_terminal integer, p_clerk integer, p_plain_clerk boolean,
                                             p_approval uuid)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order   orders%ROWTYPE;
    v_amount  numeric(12, 2);
    v_all     boolean;
    v_refunds jsonb;
    v_changes jsonb;
BEGIN
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        PERFORM fail('reason_required');
    END IF;
    IF length(p_reason) > 500 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'too_long', 'max', 500));
    END IF;
    PERFORM checked_refund_method(p_method);
    PERFORM check_terminal(p_terminal);
    v_order := returnable_order(p_order, p_plain_clerk, p_approval, p_terminal);
    PERFORM validate_request(v_order.show_id, p_seats, false);
    PERFORM check_order_has_seats(p_order, p_seats);
    PERFORM lock_order_seats(v_order.show_id, p_order);

    SELECT sum(price), count(*) = (SELECT count(*) FROM order_seat WHERE order_id = p_order AND active)
      INTO v_amount, v_all
      FROM order_seat WHERE order_id = p_order AND active AND seat_id = ANY (p_seats);
    UPDATE order_seat SET active = false, returned_at = now(), return_reason = p_reason
     WHERE order_id = p_order AND active AND seat_id = ANY (p_seats);
    IF v_all THEN
        UPDATE orders SET status = 'cancelled', cancelled_at = now(), cancel_reason = p_reason WHERE id = p_order;
    ELSE
        UPDATE orders SET total = total - v_amount WHERE id = p_order;
    END IF;
    v_refunds := record_refund(p_order, v_amount, p_method, p_terminal, p_clerk);

    WITH u AS (
        UPDATE show_seat
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = NULL, version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = v_order.show_id AND order_id = p_order AND seat_id = ANY (p_seats)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    SELECT t.name, 'return_seats', p_reason,
           jsonb_build_object('order_id', p_order, 'clerk_id', p_clerk, 'seats', seat_refs(p_seats),
                              'refund', v_amount::text, 'refunds', v_refunds, 'order_cancelled', v_all,
                              'show_started', (SELECT starts_at <= now() FROM show WHERE id = v_order.show_id),
                              'approval_id', (SELECT id FROM price_approval WHERE token = p_approval
                                                                              AND order_id = p_order)),
           cardinality(p_seats)
      FROM terminal t WHERE t.id = p_terminal;
    PERFORM notify_seats(v_order.show_id, v_changes);
    RETURN order_json(p_order) || jsonb_build_object('ok', true, 'refund', v_amount::text, 'refunds', v_refunds,
                                                     'changes', coalesce(v_changes, '[]'));
END $$;
REVOKE ALL ON FUNCTION return_seats_impl(bigint, integer[], text, text, integer, integer, boolean, uuid)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- {"order_id": bigint, "seat_ids": [int], "reason": text, "refund_method": "cash"|"card"|"promptpay"
--  (optional: the one method to refund to; without it cash first), "terminal_id", "clerk_id" (optional:
--  NULL or the caller's own), "approval": uuid (optional: a supervisor's approval of purpose "return",
--  approve_price, which lets a plain clerk return after the show's start)}
-- Answers the order (order_json) with "refund" (the amount given back) and
-- "refunds" ([{"method", "amount"}]). Refusals: reason_required,
-- seat_not_in_order, seat_already_returned, order_not_active (not paid),
-- not_permitted (a plain clerk, another clerk's order), approval_required
-- (reason show_started: a plain clerk after the show's start without an
-- approval), approval_invalid (unknown, used, expired, another counter's or
-- another purpose's approval),
-- refund_exceeds_paid (the chosen method took less), order_busy.
-- A retry after a lost reply is refused as seat_already_returned: the
-- return was made once.
CREATE OR REPLACE FUNCTION return_seats(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order bigint;
BEGIN
    PERFORM check_request(p_request, '{"order_id": "bigint!", "seat_ids": "integers!", "reason": "text",
        "refund_method": "text", "terminal_id": "integer", "clerk_id": "integer", "approval": "uuid"}');
    v_order := (p_request ->> 'order_id')::bigint;
    RETURN return_seats_impl(v_order, request_ids(p_request, 'seat_ids'), p_request ->> 'reason',
                             p_request ->> 'refund_method', acting_counter((p_request ->> 'terminal_id')::integer),
                             acting_clerk((p_request ->> 'clerk_id')::integer), caller_is_plain_clerk(),
                             (p_request ->> 'approval')::uuid);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'order_busy', 'order_id', v_order);
END $$;
REVOKE ALL ON FUNCTION return_seats(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION return_seats(jsonb) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- exchange seats to another show or another price type

-- Exchanges p_old seats of a paid order for p_new seats (as many; for the
-- same show they may be the same seats, to change the price type) of
-- p_show, each at p_price_type (a code; NULL: the old seat's price type),
-- at the show's price for it (show_price; STANDARD falls back to the
-- zone's price like a sale). In one transaction:
--   * the old seats are returned (reason "exchange"), freed if not taken again;
--   * same show: the new seats join the same order; another show: a new paid
--     order for the same customer (idempotency key p_key), paid by moving
--     the money: refund rows on the old order, payment rows of the same
--     method on the new one (reference "exchange from order N"), both
--     marked moved (no cash changes hands: no drawer counts them);
--   * the difference: more to pay is collected by p_payments (tenders as
--     record_payments takes them, summing to it exactly); less is refunded
--     from the old order (record_refund: cash first, or only p_method).
-- The old order with no seat left is cancelled (reason "exchange").
-- Audited as exchange_seats.
DROP FUNCTION IF EXISTS exchange_seats_impl(bigint, integer[], integer, integer[], text, jsonb, text, uuid, integer,
                                            integer, boolean);
CREATE OR REPLACE FUNCTION exchange_seats_impl(p_order bigint, p_old integer[], p_show integer, p_new integer[],
                                               p_price_type text, p_payments jsonb, p_method text, p_key uuid,
                                               p_terminal integer, p_clerk integer, p_plain_clerk boolean,
                                               p_approval uuid)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order     orders%ROWTYPE;
    v_same      boolean;
    v_pt        price_type%ROWTYPE;
    v_bad       jsonb;
    v_conflicts jsonb;
    v_old_amt   numeric(12, 2);
    v_new_amt   numeric(12, 2);
    v_diff      numeric(12, 2);
    v_all       boolean;
    v_target    bigint;
    v_refunds   jsonb := '[]';
    v_moved     jsonb := '[]';
    v_m         jsonb;
    v_ch_old    jsonb;
    v_ch_new    jsonb;
    v_ticket    text;
    v_existing  bigint;
    v_seats     jsonb;
    v_code      text;
BEGIN
    PERFORM checked_refund_method(p_method);
    PERFORM check_terminal(p_terminal);
    -- Sent again after a lost reply: the new order is made already.
    IF p_key IS NOT NULL THEN
        SELECT id INTO v_existing FROM orders WHERE idempotency_key = p_key;
        IF FOUND THEN
            IF (SELECT request_hash FROM orders WHERE id = v_existing) <> 'exchange:' || p_order THEN
                PERFORM fail('idempotency_mismatch', jsonb_build_object('order_id', v_existing));
            END IF;
            RETURN jsonb_build_object('ok', true, 'replayed', true, 'order', order_json(p_order),
                                      'new_order', order_json(v_existing));
        END IF;
    END IF;
    v_order := returnable_order(p_order, p_plain_clerk, p_approval, p_terminal);
    v_same := p_show = v_order.show_id;
    PERFORM validate_request(v_order.show_id, p_old, false);
    PERFORM check_order_has_seats(p_order, p_old);
    PERFORM validate_request(p_show, p_new, true);
    IF cardinality(p_old) <> cardinality(p_new) THEN
        PERFORM fail('seat_count_mismatch', jsonb_build_object('old', cardinality(p_old), 'new', cardinality(p_new)));
    END IF;
    IF p_price_type IS NOT NULL THEN
        SELECT * INTO v_pt FROM price_type WHERE code = p_price_type AND active;
        IF NOT FOUND THEN
            PERFORM fail('unknown_price_type', jsonb_build_object('value', p_price_type));
        END IF;
        IF v_pt.is_comp AND p_plain_clerk THEN
            PERFORM fail('approval_required', jsonb_build_object('reason', 'comp'));
        END IF;
    END IF;
    IF v_same AND p_old @> p_new AND p_new @> p_old
       AND (p_price_type IS NULL
            OR NOT EXISTS (SELECT 1 FROM order_seat WHERE order_id = p_order AND active AND seat_id = ANY (p_old)
                              AND price_type_id <> v_pt.id)) THEN
        PERFORM fail('invalid_request', jsonb_build_object('field', 'new_seat_ids', 'reason', 'nothing to exchange'));
    END IF;

    -- The new seats, each with its price type and price (the n-th new seat
    -- takes the n-th old seat's price type unless one is named).
    SELECT jsonb_agg(jsonb_build_object('n', x.n, 'seat_id', x.seat_id, 'ticket_type', x.ticket_type,
                                        'price_type_id', x.price_type_id, 'code', x.code,
                                        'price', coalesce(x.price, CASE WHEN x.price_type_id = standard_price_type()
                                                                        THEN x.zone_price END)) ORDER BY x.n)
      INTO v_seats
      FROM (SELECT u.n, u.new_seat AS seat_id, z.ticket_type, pt.id AS price_type_id, pt.code, z.price AS zone_price,
                   (SELECT sp.price FROM show_price sp
                     WHERE sp.show_id = p_show AND sp.zone_id = z.id AND sp.price_type_id = pt.id) AS price
              FROM unnest(p_old, p_new) WITH ORDINALITY AS u (old_seat, new_seat, n)
              JOIN order_seat os ON os.order_id = p_order AND os.seat_id = u.old_seat AND os.active
              JOIN price_type pt ON pt.id = coalesce(v_pt.id, os.price_type_id)
              JOIN seat s ON s.id = u.new_seat JOIN zone z ON z.id = s.zone_id) x;
    SELECT e ->> 'code' INTO v_code FROM jsonb_array_elements(v_seats) e
     WHERE jsonb_typeof(e -> 'price') = 'null' LIMIT 1;
    IF v_code IS NOT NULL THEN
        PERFORM fail('unknown_price_type', jsonb_build_object('value', v_code)
                                           || coalesce((SELECT jsonb_build_object('name_en', pt.name_en, 'name_th', pt.name_th)
                                                          FROM price_type pt WHERE pt.code = v_code), '{}'));
    END IF;

    -- Locks: the order's seats (its own, wait briefly), then the new ones
    -- (NOWAIT, as a sale); on the same show in one sorted pass.
    PERFORM lock_order_seats(v_order.show_id, p_order);
    PERFORM lock_seats(p_show, CASE WHEN v_same THEN p_old || p_new ELSE p_new END, p_terminal);
    v_conflicts := seat_conflicts(p_show, ARRAY(SELECT unnest(p_new) EXCEPT
                                                SELECT unnest(CASE WHEN v_same THEN p_old END)), p_terminal);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('seats', v_conflicts));
    END IF;
    PERFORM expire_lapsed_orders_on(p_show, p_new);

    SELECT sum(price), count(*) = (SELECT count(*) FROM order_seat WHERE order_id = p_order AND active)
      INTO v_old_amt, v_all
      FROM order_seat WHERE order_id = p_order AND active AND seat_id = ANY (p_old);
    SELECT sum((e ->> 'price')::numeric), min(e ->> 'ticket_type') INTO v_new_amt, v_ticket
      FROM jsonb_array_elements(v_seats) e;
    v_diff := v_new_amt - v_old_amt;
    IF v_diff <= 0 AND p_payments IS NOT NULL AND jsonb_typeof(p_payments) = 'array'
       AND jsonb_array_length(p_payments) > 0 THEN
        PERFORM fail('payments_mismatch', jsonb_build_object('total', '0.00', 'paid',
                     (SELECT coalesce(sum(checked_amount(e ->> 'amount', 'amount')), 0)::numeric(12, 2)::text
                        FROM jsonb_array_elements(p_payments) e)));
    END IF;

    UPDATE order_seat SET active = false, returned_at = now(), return_reason = 'exchange'
     WHERE order_id = p_order AND active AND seat_id = ANY (p_old);
    IF v_same THEN
        v_target := p_order;
        INSERT INTO order_seat (order_id, show_id, seat_id, price, ticket_type, price_type_id)
        SELECT p_order, p_show, (e ->> 'seat_id')::integer, (e ->> 'price')::numeric, e ->> 'ticket_type',
               (e ->> 'price_type_id')::integer
          FROM jsonb_array_elements(v_seats) WITH ORDINALITY AS a (e, n) ORDER BY n;
        UPDATE orders SET total = total + v_diff WHERE id = p_order;
        IF v_diff > 0 THEN
            PERFORM record_payments(p_order, v_diff, coalesce(p_payments, '[]'), NULL, NULL, p_terminal, p_clerk);
        ELSIF v_diff < 0 THEN
            v_refunds := record_refund(p_order, -v_diff, p_method, p_terminal, p_clerk);
        END IF;
    ELSE
        IF v_all THEN
            UPDATE orders SET status = 'cancelled', cancelled_at = now(), cancel_reason = 'exchange'
             WHERE id = p_order;
        ELSE
            UPDATE orders SET total = total - v_old_amt WHERE id = p_order;
        END IF;
        -- Less to pay: the difference goes back first (cash first, or the
        -- clerk's method); what is left of the old seats' money moves.
        IF v_diff < 0 THEN
            v_refunds := record_refund(p_order, -v_diff, p_method, p_terminal, p_clerk);
        END IF;
        INSERT INTO orders (idempotency_key, request_hash, show_id, terminal_id, clerk_id, ticket_type,
                            customer_name, customer_phone, status, payment_method, payment_ref, total, paid_at)
        VALUES (coalesce(p_key, gen_random_uuid()), 'exchange:' || p_order, p_show, p_terminal, p_clerk, v_ticket,
                v_order.customer_name, v_order.customer_phone, 'paid', v_order.payment_method,
                'exchange from order ' || p_order, v_new_amt, now())
        RETURNING id INTO v_target;
        INSERT INTO order_seat (order_id, show_id, seat_id, price, ticket_type, price_type_id)
        SELECT v_target, p_show, (e ->> 'seat_id')::integer, (e ->> 'price')::numeric, e ->> 'ticket_type',
               (e ->> 'price_type_id')::integer
          FROM jsonb_array_elements(v_seats) WITH ORDINALITY AS a (e, n) ORDER BY n;
        -- Moved, not handed over: both halves marked (payment.moved), so
        -- no drawer counts them and no shift is needed for them.
        v_moved := record_refund(p_order, least(v_old_amt, v_new_amt), NULL, p_terminal, p_clerk, true);
        FOR v_m IN SELECT e FROM jsonb_array_elements(v_moved) AS a (e) LOOP
            INSERT INTO payment (order_id, kind, method, amount, reference, terminal_id, clerk_id, moved)
            VALUES (v_target, 'payment', v_m ->> 'method', (v_m ->> 'amount')::numeric, 'exchange from order ' || p_order,
                    p_terminal, p_clerk, true);
        END LOOP;
        IF v_diff > 0 THEN
            PERFORM record_payments(v_target, v_diff, coalesce(p_payments, '[]'), NULL, NULL, p_terminal, p_clerk);
        END IF;
        UPDATE orders SET payment_method = coalesce(
                              (SELECT method FROM payment WHERE order_id = v_target ORDER BY id LIMIT 1), payment_method)
         WHERE id = v_target;
    END IF;

    -- Seats: old ones free (unless sold again right here), new ones sold.
    WITH u AS (
        UPDATE show_seat
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = NULL, version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = v_order.show_id AND order_id = p_order AND seat_id = ANY (p_old)
           AND NOT (v_same AND seat_id = ANY (p_new))
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_ch_old FROM u;
    WITH u AS (
        UPDATE show_seat
           SET state = 'sold', held_by = NULL, held_until = NULL, hold_token = NULL,
               order_id = v_target, version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (p_new)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_ch_new FROM u;

    INSERT INTO audit_log (terminal, action, reason, detail, rows)
    SELECT t.name, 'exchange_seats', 'exchange',
           jsonb_build_object('order_id', p_order, 'new_order_id', v_target, 'clerk_id', p_clerk,
                              'old_seats', seat_refs(p_old), 'show_id', p_show, 'new_seats', seat_refs(p_new),
                              'price_type', p_price_type, 'old_amount', v_old_amt::text,
                              'new_amount', v_new_amt::text, 'difference', v_diff::text,
                              'refunds', v_refunds, 'moved', v_moved,
                              'approval_id', (SELECT id FROM price_approval WHERE token = p_approval
                                                                              AND order_id = p_order)),
           cardinality(p_old)
      FROM terminal t WHERE t.id = p_terminal;
    IF v_same THEN
        PERFORM notify_seats(p_show, coalesce(v_ch_old, '[]') || coalesce(v_ch_new, '[]'));
    ELSE
        PERFORM notify_seats(v_order.show_id, v_ch_old);
        PERFORM notify_seats(p_show, v_ch_new);
    END IF;
    RETURN jsonb_build_object('ok', true, 'replayed', false, 'order', order_json(p_order),
                              'new_order', order_json(v_target), 'difference', v_diff::text,
                              'refunds', v_refunds, 'moved', v_moved,
                              'changes', coalesce(v_ch_old, '[]') || coalesce(v_ch_new, '[]'));
END $$;
REVOKE ALL ON FUNCTION exchange_seats_impl(bigint, integer[], integer, integer[], text, jsonb, text, uuid, integer,
                                           integer, boolean, uuid)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- {"order_id": bigint, "seat_ids": [int] (the order's seats to exchange), "show_id": int (the show to
--  exchange to: the order's own for another price type or other seats), "new_seat_ids": [int] (as many;
--  default: the same seats), "price_type": text (a code; default: each old seat's), "payments": [tender]
--  (the difference to collect, record_payments' shape), "refund_method": text (the difference to give
--  back: only to this method; default cash first), "idempotency_key": uuid (of the new order, another
--  show only: a retry answers it, "replayed"), "terminal_id", "clerk_id" (optional: NULL or the caller's),
--  "approval": uuid (optional: a supervisor's approval of purpose "return", as return_seats takes it)}
-- Answers {"ok", "order" (the old order), "new_order" (the order now holding the new seats: the same
-- one for the same show), "difference" (new less old: > 0 collected, < 0 refunded), "refunds",
-- "moved" ([{"method", "amount"}] moved to the new order), "changes"}.
-- Refusals as return_seats and sell: seat_not_in_order, seat_already_returned, show_paused,
-- show_cancelled, sales_window_closed (a past show), seat_conflict, unknown_price_type,
-- seat_count_mismatch, payments_mismatch, tendered_short, approval_required (show_started, comp),
-- approval_invalid, …
CREATE OR REPLACE FUNCTION exchange_seats(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_order bigint;
    v_new   integer[];
BEGIN
    PERFORM check_request(p_request, '{"order_id": "bigint!", "seat_ids": "integers!", "show_id": "integer!",
        "new_seat_ids": "integers", "price_type": "text", "payments": "array", "refund_method": "text",
        "idempotency_key": "uuid", "terminal_id": "integer", "clerk_id": "integer", "approval": "uuid"}');
    v_order := (p_request ->> 'order_id')::bigint;
    v_new := coalesce(request_ids(p_request, 'new_seat_ids'), request_ids(p_request, 'seat_ids'));
    RETURN exchange_seats_impl(v_order, request_ids(p_request, 'seat_ids'), (p_request ->> 'show_id')::integer,
                               v_new, p_request ->> 'price_type', p_request -> 'payments',
                               p_request ->> 'refund_method', (p_request ->> 'idempotency_key')::uuid,
                               acting_counter((p_request ->> 'terminal_id')::integer),
                               acting_clerk((p_request ->> 'clerk_id')::integer), caller_is_plain_clerk(),
                               (p_request ->> 'approval')::uuid);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_new));
END $$;
REVOKE ALL ON FUNCTION exchange_seats(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION exchange_seats(jsonb) TO boxoffice_clerk;
