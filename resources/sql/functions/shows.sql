-- Shows as a manager sets them up (issue 11): create, edit and cancel a show
-- (fight card), a weekly schedule, the price list of each show, and the
-- orders to refund when a show with sales is cancelled.
--
-- Every function takes one request document (jsonb) and answers one:
--   {"ok": true, ...} on success, {"ok": false, "code": ..., ...} on a
-- refusal, with nothing changed (fail() raises BX001, the function catches
-- it and the subtransaction rolls back). Bad values answer
-- {"code": "invalid_value", "field": ..., "problem": ...} (docs/SQL.md,
-- ServiceError::fromJson).
--
-- Times in requests and answers are the venue's wall-clock time, text
-- "YYYY-MM-DD HH:MI" in the venue's IANA time zone (venue.time_zone); the
-- database turns them into instants with AT TIME ZONE, so daylight saving
-- is PostgreSQL's to get right, never the PC's zone. Prices are text
-- "1234.50" (baht with satang), never floating point.
--
-- Each change writes one audit_log row in the same transaction with the
-- values before and after. Only boxoffice_manager may change; supervisors
-- may read the list of orders to refund.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- helpers

-- A venue-local wall time as an instant; NULL for a missing or blank one.
-- Refuses anything but "YYYY-MM-DD HH:MI[:SS]" (or a T between) as
-- invalid_value malformed naming p_field.
CREATE OR REPLACE FUNCTION show_local_time(p_text text, p_zone text, p_field text)
RETURNS timestamptz LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_local timestamp;
BEGIN
    IF p_text IS NULL OR btrim(p_text) = '' THEN
        RETURN NULL;
    END IF;
    IF p_text !~ '^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'malformed'));
    END IF;
    BEGIN
        v_local := btrim(p_text)::timestamp;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
        v_local := NULL;
    END;
    IF v_local IS NULL THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', p_field, 'problem', 'malformed'));
    END IF;
    RETURN v_local AT TIME ZONE p_zone;
END $$;
REVOKE ALL ON FUNCTION show_local_time(text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- An instant as the venue's wall time "YYYY-MM-DD HH:MI" (NULL stays NULL).
CREATE OR REPLACE FUNCTION show_local_text(p_at timestamptz, p_zone text)
RETURNS text LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT to_char(p_at AT TIME ZONE p_zone, 'YYYY-MM-DD HH24:MI')
$$;
REVOKE ALL ON FUNCTION show_local_text(timestamptz, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A show as the back office shows it: times as venue-local text and as epoch
-- seconds (starts_epoch), its state ('cancelled' or the sales state), whether
-- the gates allow pass-out (set_show_pass_out, gate.sql), seats sold, and its
-- prices {ticket_type: "2500.00"}.
CREATE OR REPLACE FUNCTION show_json(p_show integer)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
               'id', sh.id, 'venue_id', sh.venue_id, 'venue', v.name, 'time_zone', v.time_zone,
               'title', sh.title, 'subtitle', sh.subtitle,
               'starts_at', show_local_text(sh.starts_at, v.time_zone),
               'starts_epoch', extract(epoch FROM sh.starts_at)::bigint,
               'doors_at', show_local_text(sh.doors_at, v.time_zone),
               'sales_open_at', show_local_text(sh.sales_open_at, v.time_zone),
               'sales_close_at', show_local_text(sh.sales_close_at, v.time_zone),
               'state', CASE WHEN sh.cancelled_at IS NOT NULL THEN 'cancelled' ELSE sh.sales_state END,
               'cancel_reason', sh.cancel_reason, 'pass_out', sh.gate_pass_out,
               'sold', (SELECT count(*) FROM show_seat ss WHERE ss.show_id = sh.id AND ss.state = 'sold'),
               'prices', (SELECT coalesce(jsonb_object_agg(z.ticket_type, coalesce(sp.price, z.price)::text), '{}')
                            FROM zone z LEFT JOIN show_price sp ON sp.show_id = sh.id AND sp.zone_id = z.id
                             AND sp.price_type_id = standard_price_type()
                           WHERE z.venue_id = sh.venue_id))
      FROM show sh JOIN venue v ON v.id = sh.venue_id
     WHERE sh.id = p_show
$$;
REVOKE ALL ON FUNCTION show_json(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Checks a show's values (title, subtitle and the times as instants); the
-- start must be in the future only when p_check_start (a new show, or a
-- start that changes).
CREATE OR REPLACE FUNCTION check_show_values(p_title text, p_subtitle text, p_starts timestamptz,
                                             p_doors timestamptz, p_open timestamptz, p_close timestamptz,
                                             p_check_start boolean)
RETURNS void LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_title IS NULL OR p_title !~ '\S' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'title', 'problem', 'missing'));
    END IF;
    IF length(p_title) > 200 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'title', 'problem', 'too_long', 'max', 200));
    END IF;
    IF length(coalesce(p_subtitle, '')) > 2000 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'subtitle', 'problem', 'too_long', 'max', 2000));
    END IF;
    IF p_starts IS NULL THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'starts_at', 'problem', 'missing'));
    END IF;
    IF p_check_start AND p_starts <= now() THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'starts_at', 'problem', 'in_past'));
    END IF;
    -- A show years ahead is a Buddhist-era year typed as a Christian-era
    -- one (2569 for 2026): the lists show Thai users Buddhist years.
    IF p_starts > now() + interval '3 years' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'starts_at', 'problem', 'too_far', 'max', 3));
    END IF;
    IF p_doors IS NOT NULL AND p_doors > p_starts THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'doors_at', 'problem', 'after',
                                                         'other', 'starts_at'));
    END IF;
    IF p_open IS NOT NULL AND p_close IS NOT NULL AND p_close <= p_open THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'sales_close_at', 'problem', 'before',
                                                         'other', 'sales_open_at'));
    END IF;
    IF p_open IS NOT NULL AND p_close IS NULL AND p_open >= p_starts + interval '2 hours' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'sales_open_at', 'problem', 'after',
                                                         'other', 'starts_at'));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_show_values(text, text, timestamptz, timestamptz, timestamptz, timestamptz, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- create, edit, cancel

-- {"venue_id": int, "title": text, "subtitle": text, "starts_at": local,
--  "doors_at": local, "sales_open_at": local, "sales_close_at": local}
-- Answers {"ok": true, "show": show_json}. The show starts with the venue's
-- zone prices, on sale (inside its sales window).
CREATE OR REPLACE FUNCTION create_show(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_zone   text;
    v_venue  integer;
    v_show   integer;
    v_starts timestamptz;
    v_doors  timestamptz;
    v_open   timestamptz;
    v_close  timestamptz;
    v_after  jsonb;
BEGIN
    PERFORM check_request(p_request, '{"venue_id": "integer!", "title": "text", "subtitle": "text",
        "starts_at": "text", "doors_at": "text", "sales_open_at": "text", "sales_close_at": "text"}');
    v_venue := (p_request ->> 'venue_id')::integer;
    SELECT time_zone INTO v_zone FROM venue WHERE id = v_venue;
    IF NOT FOUND THEN
        PERFORM fail('unknown_venue', jsonb_build_object('venue', v_venue));
    END IF;
    v_starts := show_local_time(p_request ->> 'starts_at', v_zone, 'starts_at');
    v_doors := show_local_time(p_request ->> 'doors_at', v_zone, 'doors_at');
    v_open := show_local_time(p_request ->> 'sales_open_at', v_zone, 'sales_open_at');
    v_close := show_local_time(p_request ->> 'sales_close_at', v_zone, 'sales_close_at');
    PERFORM check_show_values(p_request ->> 'title', p_request ->> 'subtitle', v_starts, v_doors, v_open,
                              v_close, true);
    v_show := create_show(v_venue, btrim(p_request ->> 'title'), v_starts);
    UPDATE show
       SET subtitle = coalesce(p_request ->> 'subtitle', ''), doors_at = v_doors,
           sales_open_at = v_open, sales_close_at = v_close
     WHERE id = v_show;
    v_after := show_json(v_show);
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'create_show', 'show created',
            jsonb_build_object('show', v_show, 'before', NULL, 'after', v_after), 1);
    RETURN jsonb_build_object('ok', true, 'show', v_after);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION create_show(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION create_show(jsonb) TO boxoffice_manager;

-- {"show_id": int, and any of title, subtitle, starts_at, doors_at,
--  sales_open_at, sales_close_at}: a key left out stays as it is; null (or
-- "") clears doors_at and the sales window (the default window again).
-- A cancelled show cannot be edited (show_cancelled). Answers
-- {"ok": true, "show": show_json, "changed": bool}.
CREATE OR REPLACE FUNCTION edit_show(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old    show%ROWTYPE;
    v_zone   text;
    v_title  text;
    v_sub    text;
    v_starts timestamptz;
    v_doors  timestamptz;
    v_open   timestamptz;
    v_close  timestamptz;
    v_before jsonb;
    v_after  jsonb;
BEGIN
    PERFORM check_request(p_request, '{"show_id": "integer!", "title": "text", "subtitle": "text",
        "starts_at": "text", "doors_at": "text", "sales_open_at": "text", "sales_close_at": "text"}');
    SELECT * INTO v_old FROM show WHERE id = (p_request ->> 'show_id')::integer FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', (p_request ->> 'show_id')::integer));
    END IF;
    IF v_old.cancelled_at IS NOT NULL THEN
        PERFORM fail('show_cancelled', jsonb_build_object('show', v_old.id));
    END IF;
    SELECT time_zone INTO v_zone FROM venue WHERE id = v_old.venue_id;
    v_title := CASE WHEN p_request ? 'title' THEN p_request ->> 'title' ELSE v_old.title END;
    v_sub := CASE WHEN p_request ? 'subtitle' THEN coalesce(p_request ->> 'subtitle', '') ELSE v_old.subtitle END;
    v_starts := CASE WHEN p_request ? 'starts_at' THEN show_local_time(p_request ->> 'starts_at', v_zone, 'starts_at')
                     ELSE v_old.starts_at END;
    v_doors := CASE WHEN p_request ? 'doors_at' THEN show_local_time(p_request ->> 'doors_at', v_zone, 'doors_at')
                    ELSE v_old.doors_at END;
    v_open := CASE WHEN p_request ? 'sales_open_at'
                   THEN show_local_time(p_request ->> 'sales_open_at', v_zone, 'sales_open_at')
                   ELSE v_old.sales_open_at END;
    v_close := CASE WHEN p_request ? 'sales_close_at'
                    THEN show_local_time(p_request ->> 'sales_close_at', v_zone, 'sales_close_at')
                    ELSE v_old.sales_close_at END;
    PERFORM check_show_values(v_title, v_sub, v_starts, v_doors, v_open, v_close,
                              v_starts IS DISTINCT FROM v_old.starts_at);
    v_title := btrim(v_title);
    IF v_title = v_old.title AND v_sub = v_old.subtitle AND v_starts = v_old.starts_at
       AND v_doors IS NOT DISTINCT FROM v_old.doors_at AND v_open IS NOT DISTINCT FROM v_old.sales_open_at
       AND v_close IS NOT DISTINCT FROM v_old.sales_close_at THEN
        RETURN jsonb_build_object('ok', true, 'show', show_json(v_old.id), 'changed', false);
    END IF;
    v_before := show_json(v_old.id);
    UPDATE show
       SET title = v_title, subtitle = v_sub, starts_at = v_starts, doors_at = v_doors,
           sales_open_at = v_open, sales_close_at = v_close
     WHERE id = v_old.id;
    v_after := show_json(v_old.id);
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'edit_show', 'show edited',
            jsonb_build_object('show', v_old.id, 'before', v_before - 'prices' - 'sold',
                               'after', v_after - 'prices' - 'sold'), 1);
    RETURN jsonb_build_object('ok', true, 'show', v_after, 'changed', true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION edit_show(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION edit_show(jsonb) TO boxoffice_manager;

-- The active orders (pending or paid) of a show, the ones to refund when it
-- is cancelled: {"ok": true, "show": id, "orders": [{"order_id",
-- "customer_name", "customer_phone", "status", "seats": ["NA-1", ...],
-- "total": "2500.00"}]} in order number order. Supervisors and managers.
CREATE OR REPLACE FUNCTION show_refunds(p_show integer)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'orders', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'order_id', o.id, 'customer_name', o.customer_name, 'customer_phone', o.customer_phone,
                   'status', o.status, 'total', o.total::text,
                   'seats', (SELECT coalesce(jsonb_agg(s.label ORDER BY s.label), '[]')
                               FROM order_seat os JOIN seat s ON s.id = os.seat_id
                              WHERE os.order_id = o.id AND os.active)) ORDER BY o.id)
          FROM orders o
         WHERE o.show_id = p_show AND (o.status = 'paid' OR (o.status = 'pending' AND o.expires_at > now()))),
        '[]'));
END $$;
REVOKE ALL ON FUNCTION show_refunds(integer) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION show_refunds(integer) TO boxoffice_supervisor;

-- {"show_id": int, "reason": text}: cancels the show. Sales stop at once
-- (the show is closed, and validate_request refuses a cancelled show; every
-- counter hears it on boxoffice_control). The orders stay as they are, to
-- be refunded through cancel_order; the answer lists them (show_refunds).
-- Cancelling a cancelled show again answers ok with "already".
CREATE OR REPLACE FUNCTION cancel_show(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old    show%ROWTYPE;
    v_reason text;
    v_before jsonb;
    v_after  jsonb;
    v_orders jsonb;
BEGIN
    PERFORM check_request(p_request, '{"show_id": "integer!", "reason": "text"}');
    v_reason := btrim(p_request ->> 'reason');
    IF v_reason IS NULL OR v_reason !~ '\S' THEN
        PERFORM fail('reason_required');
    END IF;
    IF length(v_reason) > 500 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'too_long', 'max', 500));
    END IF;
    SELECT * INTO v_old FROM show WHERE id = (p_request ->> 'show_id')::integer FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', (p_request ->> 'show_id')::integer));
    END IF;
    IF v_old.cancelled_at IS NOT NULL THEN
        RETURN jsonb_build_object('ok', true, 'already', true, 'show', show_json(v_old.id))
            || jsonb_build_object('orders', show_refunds(v_old.id) -> 'orders');
    END IF;
    v_before := show_json(v_old.id);
    UPDATE show SET sales_state = 'closed', cancelled_at = now(), cancel_reason = v_reason WHERE id = v_old.id;
    v_after := show_json(v_old.id);
    v_orders := show_refunds(v_old.id) -> 'orders';
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'cancel_show', v_reason,
            jsonb_build_object('show', v_old.id, 'before', v_before ->> 'state', 'after', 'cancelled',
                               'orders_to_refund', jsonb_array_length(v_orders)), 1);
    PERFORM pg_notify('boxoffice_control',
                      jsonb_build_object('action', 'sales_state', 'show', v_old.id, 'state', 'closed')::text);
    RETURN jsonb_build_object('ok', true, 'already', false, 'show', v_after, 'orders', v_orders);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION cancel_show(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION cancel_show(jsonb) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- weekly schedule

-- The dates of a weekly schedule, checked: {"venue_id": int,
-- "weekdays": [1..7] (ISO: 1 Monday .. 7 Sunday), "time": "18:30",
-- "weeks": 1..52, "title": text, "subtitle": text, "first_date":
-- "YYYY-MM-DD" (venue-local; default today at the venue)}. The dates run
-- from first_date for weeks * 7 days; a time already past today is left
-- out. Each: {"date", "starts_at" (local), "starts_epoch", "status": "new" |
-- "skipped", "existing_show" (id, when a show not cancelled exists that day
-- at this venue)}.
CREATE OR REPLACE FUNCTION schedule_dates(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue    integer;
    v_zone     text;
    v_days     integer[];
    v_time     time;
    v_weeks    integer;
    v_first    date;
    v_dates    jsonb;
BEGIN
    PERFORM check_request(p_request, '{"venue_id": "integer!", "weekdays": "integers", "time": "text",
        "weeks": "integer", "title": "text", "subtitle": "text", "first_date": "text"}');
    v_venue := (p_request ->> 'venue_id')::integer;
    SELECT time_zone INTO v_zone FROM venue WHERE id = v_venue;
    IF NOT FOUND THEN
        PERFORM fail('unknown_venue', jsonb_build_object('venue', v_venue));
    END IF;
    v_days := request_ids(p_request, 'weekdays');
    IF coalesce(cardinality(v_days), 0) = 0 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'weekdays', 'problem', 'missing'));
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(v_days) d WHERE d IS NULL OR d NOT BETWEEN 1 AND 7) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'weekdays', 'problem', 'out_of_range',
                                                         'max', '1–7'));
    END IF;
    IF p_request ->> 'time' IS NULL OR btrim(p_request ->> 'time') = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'time', 'problem', 'missing'));
    END IF;
    IF p_request ->> 'time' !~ '^\s*([01]?[0-9]|2[0-3]):[0-5][0-9]\s*$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'time', 'problem', 'malformed'));
    END IF;
    v_time := btrim(p_request ->> 'time')::time;
    v_weeks := (p_request ->> 'weeks')::integer;
    IF v_weeks IS NULL THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'weeks', 'problem', 'missing'));
    END IF;
    IF v_weeks NOT BETWEEN 1 AND 52 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'weeks', 'problem', 'out_of_range',
                                                         'max', '1–52'));
    END IF;
    v_first := (now() AT TIME ZONE v_zone)::date;
    IF coalesce(btrim(p_request ->> 'first_date'), '') <> '' THEN
        IF p_request ->> 'first_date' !~ '^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*$' THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'starts_at', 'problem', 'malformed'));
        END IF;
        BEGIN
            v_first := btrim(p_request ->> 'first_date')::date;
        EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
            v_first := NULL;
        END;
        IF v_first IS NULL THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'starts_at', 'problem', 'malformed'));
        END IF;
    END IF;
    PERFORM check_show_values(p_request ->> 'title', p_request ->> 'subtitle', now() + interval '1 day',
                              NULL, NULL, NULL, false);
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'date', to_char(c.day, 'YYYY-MM-DD'),
               'starts_at', show_local_text(c.at, v_zone),
               'starts_epoch', extract(epoch FROM c.at)::bigint,
               'status', CASE WHEN c.existing IS NULL THEN 'new' ELSE 'skipped' END,
               'existing_show', c.existing) ORDER BY c.day), '[]')
      INTO v_dates
      FROM (SELECT d.day, (d.day + v_time) AT TIME ZONE v_zone AS at,
                   (SELECT min(sh.id) FROM show sh
                     WHERE sh.venue_id = v_venue AND sh.cancelled_at IS NULL
                       AND (sh.starts_at AT TIME ZONE v_zone)::date = d.day) AS existing
              FROM (SELECT (v_first + g)::date AS day FROM generate_series(0, v_weeks * 7 - 1) AS g) d
             WHERE extract(isodow FROM d.day)::integer = ANY (v_days)) c
     WHERE c.at > now();
    RETURN v_dates;
END $$;
REVOKE ALL ON FUNCTION schedule_dates(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The preview: {"ok": true, "dates": [...]} (schedule_dates), nothing made.
CREATE OR REPLACE FUNCTION preview_schedule(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    RETURN jsonb_build_object('ok', true, 'dates', schedule_dates(p_request));
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION preview_schedule(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION preview_schedule(jsonb) TO boxoffice_manager;

-- Makes the "new" dates of the preview, all in one transaction with one
-- audit row (title required): {"ok": true, "created": n, "skipped": n,
-- "shows": [ids], "dates": [...]}.
CREATE OR REPLACE FUNCTION create_schedule(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_dates jsonb;
    v_venue integer;
    v_date  jsonb;
    v_show  integer;
    v_ids   integer[] := '{}';
BEGIN
    -- Serialises schedules of one venue: two at once would both see a day free.
    v_venue := (p_request ->> 'venue_id')::integer;
    IF jsonb_typeof(p_request -> 'venue_id') = 'number' THEN
        PERFORM 1 FROM venue WHERE id = v_venue FOR UPDATE;
    END IF;
    v_dates := schedule_dates(p_request);
    FOR v_date IN SELECT value FROM jsonb_array_elements(v_dates) WHERE value ->> 'status' = 'new' LOOP
        v_show := create_show(v_venue, btrim(p_request ->> 'title'), to_timestamp((v_date ->> 'starts_epoch')::bigint));
        UPDATE show SET subtitle = coalesce(p_request ->> 'subtitle', '') WHERE id = v_show;
        v_ids := v_ids || v_show;
    END LOOP;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'create_schedule', 'weekly schedule',
            jsonb_build_object('venue', v_venue, 'request', p_request, 'before', NULL,
                               'after', jsonb_build_object('shows', to_jsonb(v_ids),
                                   'dates', (SELECT coalesce(jsonb_agg(value ->> 'starts_at'), '[]')
                                               FROM jsonb_array_elements(v_dates) WHERE value ->> 'status' = 'new'))),
            cardinality(v_ids));
    RETURN jsonb_build_object('ok', true, 'created', cardinality(v_ids),
                              'skipped', jsonb_array_length(v_dates) - cardinality(v_ids),
                              'shows', to_jsonb(v_ids), 'dates', v_dates);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION create_schedule(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION create_schedule(jsonb) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- prices

-- A price as text "1234.50": baht with at most two decimals (satang),
-- 0 to 99,999,999.99. NULL refused as missing.
CREATE OR REPLACE FUNCTION checked_price(p_text text)
RETURNS numeric LANGUAGE plpgsql IMMUTABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF p_text IS NULL OR btrim(p_text) = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'missing'));
    END IF;
    IF p_text ~ '^\s*-' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'negative'));
    END IF;
    IF p_text !~ '^\s*[0-9]+(\.[0-9]{1,2})?\s*$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'malformed'));
    END IF;
    IF btrim(p_text)::numeric > 99999999.99 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'out_of_range',
                                                         'max', '99999999.99'));
    END IF;
    RETURN btrim(p_text)::numeric(10, 2);
END $$;
REVOKE ALL ON FUNCTION checked_price(text) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A show's prices of the price types other than STANDARD, as the audit and
-- copy_show_prices name them: {"CHILD": {"RINGSIDE": "1000.00"}, ...}.
CREATE OR REPLACE FUNCTION show_type_prices(p_show integer)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(t.code, t.prices), '{}')
      FROM (SELECT pt.code, jsonb_object_agg(z.ticket_type, sp.price::text) AS prices
              FROM show_price sp JOIN price_type pt ON pt.id = sp.price_type_id JOIN zone z ON z.id = sp.zone_id
             WHERE sp.show_id = p_show AND sp.price_type_id <> standard_price_type()
             GROUP BY pt.code) t
$$;
REVOKE ALL ON FUNCTION show_type_prices(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- {"show_id": int, "ticket_type": text, "price_type": code (default
-- STANDARD), "price": "2000.00"}: the price of one ticket type at one price
-- type for the show's sales from now on (orders keep theirs). A comp's
-- price is always 0 (any other is refused). "price": null removes a price
-- type other than STANDARD from that ticket type of the show: the counter
-- stops offering it (show_price_list, priced_lines). Answers {"ok": true,
-- "show", "ticket_type", "price_type", "before", "after", "changed"}
-- (before/after null where the show has no price of that type). Audited.
CREATE OR REPLACE FUNCTION set_show_price(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_show   show%ROWTYPE;
    v_zone   zone%ROWTYPE;
    v_pt     price_type%ROWTYPE;
    v_type   text;
    v_price  numeric(10, 2);
    v_before numeric(10, 2);
    v_std    boolean;
BEGIN
    PERFORM check_request(p_request,
        '{"show_id": "integer!", "ticket_type": "text", "price_type": "text", "price": "text"}');
    SELECT * INTO v_show FROM show WHERE id = (p_request ->> 'show_id')::integer FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', (p_request ->> 'show_id')::integer));
    END IF;
    IF v_show.cancelled_at IS NOT NULL THEN
        PERFORM fail('show_cancelled', jsonb_build_object('show', v_show.id));
    END IF;
    v_type := upper(btrim(p_request ->> 'ticket_type'));
    IF coalesce(v_type, '') = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'ticket_type', 'problem', 'missing'));
    END IF;
    SELECT * INTO v_zone FROM zone WHERE venue_id = v_show.venue_id AND ticket_type = v_type;
    IF NOT FOUND THEN
        PERFORM fail('unknown_zone', jsonb_build_object('value', left(p_request ->> 'ticket_type', 64)));
    END IF;
    SELECT * INTO v_pt FROM price_type
     WHERE code = upper(btrim(coalesce(nullif(btrim(p_request ->> 'price_type'), ''), 'STANDARD')));
    IF NOT FOUND THEN
        PERFORM fail('unknown_price_type', jsonb_build_object('value', left(p_request ->> 'price_type', 64),
                                                              'ticket_type', v_type));
    END IF;
    v_std := v_pt.id = standard_price_type();
    IF p_request ? 'price' AND jsonb_typeof(p_request -> 'price') = 'null' THEN
        IF v_std THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'standard'));
        END IF;
        DELETE FROM show_price WHERE show_id = v_show.id AND zone_id = v_zone.id AND price_type_id = v_pt.id
        RETURNING price INTO v_before;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('ok', true, 'show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                                      'before', NULL, 'after', NULL, 'changed', false);
        END IF;
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(), 'set_show_price', 'price removed',
                jsonb_build_object('show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                                   'before', v_before::text, 'after', NULL), 1);
        RETURN jsonb_build_object('ok', true, 'show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                                  'before', v_before::text, 'after', NULL, 'changed', true);
    END IF;
    v_price := checked_price(p_request ->> 'price');
    IF v_pt.is_comp AND v_price <> 0 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'price', 'problem', 'comp'));
    END IF;
    SELECT CASE WHEN v_std THEN coalesce(sp.price, v_zone.price) ELSE sp.price END INTO v_before
      FROM (SELECT 1) one LEFT JOIN show_price sp ON sp.show_id = v_show.id AND sp.zone_id = v_zone.id
                             AND sp.price_type_id = v_pt.id;
    IF v_before = v_price THEN
        RETURN jsonb_build_object('ok', true, 'show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                                  'before', v_before::text, 'after', v_price::text, 'changed', false);
    END IF;
    INSERT INTO show_price (show_id, zone_id, price_type_id, price) VALUES (v_show.id, v_zone.id, v_pt.id, v_price)
    ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = excluded.price;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, caller_counter_name(), 'set_show_price',
            CASE WHEN v_before IS NULL THEN 'price added' ELSE 'price changed' END,
            jsonb_build_object('show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                               'before', v_before::text, 'after', v_price::text), 1);
    RETURN jsonb_build_object('ok', true, 'show', v_show.id, 'ticket_type', v_type, 'price_type', v_pt.code,
                              'before', v_before::text, 'after', v_price::text, 'changed', true);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION set_show_price(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_show_price(jsonb) TO boxoffice_manager;

-- {"from_show_id": int, "to_show_id": int}: every price of the first show
-- to the second, by ticket type and price type: STANDARD's, and the other
-- price types' rows (the target's rows of the other price types for the
-- ticket types both venues have are replaced: a price type the source does
-- not sell is no longer sold there either). A ticket type the target's
-- venue lacks is left out and listed in "missing". One audit row with both
-- price lists. Answers {"ok": true, "show", "before": {...}, "after":
-- {...} (STANDARD), "type_prices_before", "type_prices_after" (the other
-- price types, show_type_prices), "changed": bool, "missing": [ticket
-- types]}.
CREATE OR REPLACE FUNCTION copy_show_prices(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_from        show%ROWTYPE;
    v_to          show%ROWTYPE;
    v_before      jsonb;
    v_after       jsonb;
    v_type_before jsonb;
    v_type_after  jsonb;
    v_missing     jsonb;
    v_changed     integer;
    v_others      integer;
BEGIN
    PERFORM check_request(p_request, '{"from_show_id": "integer!", "to_show_id": "integer!"}');
    SELECT * INTO v_from FROM show WHERE id = (p_request ->> 'from_show_id')::integer;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', (p_request ->> 'from_show_id')::integer));
    END IF;
    SELECT * INTO v_to FROM show WHERE id = (p_request ->> 'to_show_id')::integer FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', (p_request ->> 'to_show_id')::integer));
    END IF;
    IF v_to.cancelled_at IS NOT NULL THEN
        PERFORM fail('show_cancelled', jsonb_build_object('show', v_to.id));
    END IF;
    v_before := show_json(v_to.id) -> 'prices';
    v_type_before := show_type_prices(v_to.id);
    WITH src AS (
        SELECT z.ticket_type, coalesce(sp.price, z.price) AS price
          FROM zone z
          LEFT JOIN show_price sp ON sp.show_id = v_from.id AND sp.zone_id = z.id
                             AND sp.price_type_id = standard_price_type()
         WHERE z.venue_id = v_from.venue_id),
    up AS (
        INSERT INTO show_price (show_id, zone_id, price)
        SELECT v_to.id, z.id, src.price FROM src JOIN zone z ON z.venue_id = v_to.venue_id AND z.ticket_type = src.ticket_type
        ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = excluded.price
        RETURNING 1)
    SELECT (SELECT count(*) FROM up),
           (SELECT coalesce(jsonb_agg(src.ticket_type ORDER BY src.ticket_type), '[]') FROM src
             WHERE NOT EXISTS (SELECT 1 FROM zone z WHERE z.venue_id = v_to.venue_id AND z.ticket_type = src.ticket_type))
      INTO v_changed, v_missing;
    -- The other price types: the target's rows of the shared ticket types
    -- become the source's.
    DELETE FROM show_price sp
     USING zone tz
     WHERE sp.show_id = v_to.id AND sp.price_type_id <> standard_price_type() AND tz.id = sp.zone_id
       AND EXISTS (SELECT 1 FROM zone fz WHERE fz.venue_id = v_from.venue_id AND fz.ticket_type = tz.ticket_type);
    INSERT INTO show_price (show_id, zone_id, price_type_id, price)
    SELECT v_to.id, tz.id, sp.price_type_id, sp.price
      FROM show_price sp JOIN zone fz ON fz.id = sp.zone_id
      JOIN zone tz ON tz.venue_id = v_to.venue_id AND tz.ticket_type = fz.ticket_type
     WHERE sp.show_id = v_from.id AND sp.price_type_id <> standard_price_type();
    GET DIAGNOSTICS v_others = ROW_COUNT;
    v_after := show_json(v_to.id) -> 'prices';
    v_type_after := show_type_prices(v_to.id);
    IF v_after <> v_before OR v_type_after <> v_type_before THEN
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(), 'copy_show_prices', 'prices copied',
                jsonb_build_object('show', v_to.id, 'from_show', v_from.id, 'before', v_before, 'after', v_after,
                                   'type_prices_before', v_type_before, 'type_prices_after', v_type_after),
                v_changed + v_others);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', v_to.id, 'before', v_before, 'after', v_after,
                              'type_prices_before', v_type_before, 'type_prices_after', v_type_after,
                              'changed', v_after <> v_before OR v_type_after <> v_type_before, 'missing', v_missing);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION copy_show_prices(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION copy_show_prices(jsonb) TO boxoffice_manager;

-- The back office's list of shows (supervisors read it too): {"ok": true,
-- "shows": [show_json, ...]} by start, of one venue (venue_id) or all, from
-- p_from (default: 1 day ago) on.
CREATE OR REPLACE FUNCTION list_shows(p_venue integer DEFAULT NULL, p_from timestamptz DEFAULT NULL)
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('ok', true, 'shows', coalesce(jsonb_agg(show_json(sh.id) ORDER BY sh.starts_at, sh.id), '[]'))
      FROM show sh
     WHERE (p_venue IS NULL OR sh.venue_id = p_venue)
       AND sh.starts_at >= coalesce(p_from, now() - interval '1 day')
$$;
REVOKE ALL ON FUNCTION list_shows(integer, timestamptz) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION list_shows(integer, timestamptz) TO boxoffice_supervisor;
