-- Venues imported from a file (issue 11): a new venue from a layout, and a
-- changed layout of an existing venue. The file format is documented in
-- docs/VENUE-FORMAT.md; the client (services/admin/venueimport.cpp) parses
-- and checks the file, naming lines, and sends the whole layout as one jsonb
-- document. The checks here are the database's own: nothing is written
-- unless the whole layout is valid.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-- Reads a layout document into two temporary tables of this session,
-- pg_temp.venue_import_zone and pg_temp.venue_import_seat, checking every
-- value; raises BX001 (fail) on the first problem, in file order:
--   {"ring_half_size": 7,                       -- optional, default 7
--    "zones": [{"ticket_type": "RINGSIDE", "name": "Ringside",
--               "color": "#c62828", "price": "2500.00"}, …],
--    "seats": [{"s": section, "r": row, "n": number, "l": label,
--               "z": ticket type, "x": x, "y": y}, …]}
-- Positions are venue units (the ring is the square of half size
-- ring_half_size centred on 0,0); prices numeric baht.
CREATE OR REPLACE FUNCTION venue_layout_load(p_layout jsonb)
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_bad record;
    v_ring text := p_layout ->> 'ring_half_size';
BEGIN
    IF v_ring IS NOT NULL AND (v_ring !~ '^[0-9]+(\.[0-9]+)?$' OR v_ring::numeric <= 0 OR v_ring::numeric > 1000) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'ring', 'problem', 'malformed'));
    END IF;
    IF jsonb_typeof(p_layout -> 'zones') IS DISTINCT FROM 'array' OR jsonb_array_length(p_layout -> 'zones') = 0 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'zone', 'problem', 'missing'));
    END IF;
    IF jsonb_typeof(p_layout -> 'seats') IS DISTINCT FROM 'array' OR jsonb_array_length(p_layout -> 'seats') = 0 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'file', 'problem', 'missing'));
    END IF;

    IF to_regclass('pg_temp.venue_import_zone') IS NOT NULL THEN
        DROP TABLE pg_temp.venue_import_zone;
    END IF;
    CREATE TEMP TABLE venue_import_zone ON COMMIT DROP AS
    SELECT z.ord::integer AS ord, btrim(z.e ->> 'ticket_type') AS ticket_type, btrim(z.e ->> 'name') AS name,
           coalesce(nullif(btrim(z.e ->> 'color'), ''), '#808080') AS color, btrim(z.e ->> 'price') AS price
      FROM jsonb_array_elements(p_layout -> 'zones') WITH ORDINALITY AS z (e, ord);
    SELECT * INTO v_bad FROM pg_temp.venue_import_zone
     WHERE coalesce(ticket_type, '') !~ '^[A-Z][A-Z0-9_]{0,31}$' OR coalesce(name, '') = ''
        OR length(name) > 100 OR color !~ '^#[0-9a-fA-F]{6}$'
        OR coalesce(price, '') !~ '^-?[0-9]{1,8}(\.[0-9]{1,2})?$' OR price LIKE '-%'
     ORDER BY ord LIMIT 1;
    IF FOUND THEN
        PERFORM fail('invalid_value', jsonb_build_object('value', v_bad.ticket_type) || CASE
            WHEN coalesce(v_bad.ticket_type, '') = '' THEN '{"field": "ticket_type", "problem": "missing"}'
            WHEN v_bad.ticket_type !~ '^[A-Z][A-Z0-9_]{0,31}$' THEN '{"field": "ticket_type", "problem": "malformed"}'
            WHEN coalesce(v_bad.name, '') = '' THEN '{"field": "zone", "problem": "missing"}'
            WHEN length(v_bad.name) > 100 THEN '{"field": "zone", "problem": "too_long", "max": 100}'
            WHEN v_bad.color !~ '^#[0-9a-fA-F]{6}$' THEN '{"field": "zone", "problem": "malformed"}'
            WHEN coalesce(v_bad.price, '') = '' THEN '{"field": "price", "problem": "missing"}'
            WHEN v_bad.price LIKE '-%' THEN '{"field": "price", "problem": "negative"}'
            ELSE '{"field": "price", "problem": "malformed"}' END::jsonb);
    END IF;
    SELECT ticket_type INTO v_bad FROM pg_temp.venue_import_zone GROUP BY ticket_type HAVING count(*) > 1
     ORDER BY min(ord) LIMIT 1;
    IF FOUND THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'ticket_type', 'value', v_bad.ticket_type));
    END IF;

    IF to_regclass('pg_temp.venue_import_seat') IS NOT NULL THEN
        DROP TABLE pg_temp.venue_import_seat;
    END IF;
    CREATE TEMP TABLE venue_import_seat ON COMMIT DROP AS
    SELECT t.ord::integer AS ord, btrim(t.s) AS section, btrim(t.r) AS row_label, btrim(t.n) AS number,
           btrim(t.l) AS label, btrim(t.z) AS zone, btrim(t.x) AS x, btrim(t.y) AS y
      FROM ROWS FROM (jsonb_to_recordset(p_layout -> 'seats')
                      AS (s text, r text, n text, l text, z text, x text, y text)) WITH ORDINALITY
           AS t (s, r, n, l, z, x, y, ord);
    SELECT * INTO v_bad FROM pg_temp.venue_import_seat
     WHERE coalesce(section, '') = '' OR coalesce(row_label, '') = '' OR coalesce(label, '') = ''
        OR coalesce(zone, '') = '' OR coalesce(number, '') !~ '^[0-9]{1,9}$' OR number::integer < 1
        OR coalesce(x, '') !~ '^-?[0-9]{1,7}(\.[0-9]+)?$' OR coalesce(y, '') !~ '^-?[0-9]{1,7}(\.[0-9]+)?$'
        OR length(section) > 64 OR length(row_label) > 64 OR length(label) > 64
     ORDER BY ord LIMIT 1;
    IF FOUND THEN
        PERFORM fail('invalid_value', jsonb_build_object('label', v_bad.label, 'index', v_bad.ord) || CASE
            WHEN coalesce(v_bad.section, '') = '' THEN '{"field": "section", "problem": "missing"}'
            WHEN coalesce(v_bad.row_label, '') = '' THEN '{"field": "row", "problem": "missing"}'
            WHEN coalesce(v_bad.label, '') = '' THEN '{"field": "label", "problem": "missing"}'
            WHEN coalesce(v_bad.zone, '') = '' THEN '{"field": "zone", "problem": "missing"}'
            WHEN coalesce(v_bad.number, '') = '' THEN '{"field": "number", "problem": "missing"}'
            WHEN v_bad.number !~ '^[0-9]{1,9}$' THEN '{"field": "number", "problem": "malformed"}'
            WHEN v_bad.number::integer < 1 THEN '{"field": "number", "problem": "out_of_range", "min": 1}'
            WHEN coalesce(v_bad.x, '') = '' THEN '{"field": "x", "problem": "missing"}'
            WHEN v_bad.x !~ '^-?[0-9]{1,7}(\.[0-9]+)?$' THEN '{"field": "x", "problem": "malformed"}'
            WHEN coalesce(v_bad.y, '') = '' THEN '{"field": "y", "problem": "missing"}'
            WHEN v_bad.y !~ '^-?[0-9]{1,7}(\.[0-9]+)?$' THEN '{"field": "y", "problem": "malformed"}'
            ELSE '{"field": "label", "problem": "too_long", "max": 64}' END::jsonb);
    END IF;
    SELECT s.zone INTO v_bad FROM pg_temp.venue_import_seat s
     WHERE NOT EXISTS (SELECT 1 FROM pg_temp.venue_import_zone z WHERE z.ticket_type = s.zone)
     ORDER BY s.ord LIMIT 1;
    IF FOUND THEN
        PERFORM fail('unknown_zone', jsonb_build_object('value', v_bad.zone));
    END IF;
    SELECT label INTO v_bad FROM pg_temp.venue_import_seat GROUP BY label HAVING count(*) > 1
     ORDER BY min(ord) LIMIT 1;
    IF FOUND THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'label', 'value', v_bad.label));
    END IF;
END $$;
REVOKE ALL ON FUNCTION venue_layout_load(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Checks a venue's name and IANA time zone (PostgreSQL's own zone database,
-- the one the clients use too); raises BX001.
CREATE OR REPLACE FUNCTION venue_check_name(p_name text, p_time_zone text)
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF coalesce(p_name, '') = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'name', 'problem', 'missing'));
    END IF;
    IF length(p_name) > 200 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'name', 'problem', 'too_long', 'max', 200));
    END IF;
    IF coalesce(p_time_zone, '') = '' OR NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_time_zone) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'time_zone', 'problem', 'malformed',
                                                         'value', p_time_zone));
    END IF;
END $$;
REVOKE ALL ON FUNCTION venue_check_name(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Imports a new venue: p_layout as for venue_layout_load plus "name" (unique)
-- and "time_zone" (an IANA name; default Asia/Bangkok), and "is_test" (a
-- test venue, default false). Answers {ok, venue, seats, zones}; refusals:
-- invalid_value {field, problem, …}, name_taken {field: "name", value},
-- unknown_zone {value}. One audit row (import_venue) with the counts.
-- (work_mem: the places are inserted in file order, and 200,000 of them
-- sort in memory rather than on disk.)
CREATE OR REPLACE FUNCTION import_venue(p_layout jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp
SET work_mem = '128MB' AS $$
DECLARE
    v_name  text := btrim(p_layout ->> 'name');
    v_tz    text := coalesce(nullif(btrim(p_layout ->> 'time_zone'), ''), 'Asia/Bangkok');
    v_venue integer;
    v_seats integer;
    v_zones integer;
    v_fast  boolean := false;
BEGIN
    PERFORM venue_check_name(v_name, v_tz);
    IF EXISTS (SELECT 1 FROM venue WHERE name = v_name) THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'name', 'value', v_name));
    END IF;
    PERFORM venue_layout_load(p_layout);
    INSERT INTO venue (name, ring_half_size, time_zone, is_test)
    VALUES (v_name, coalesce((p_layout ->> 'ring_half_size')::real, 7), v_tz,
            coalesce((p_layout ->> 'is_test')::boolean, false))
    RETURNING id INTO v_venue;
    INSERT INTO zone (venue_id, ticket_type, name, price, color)
    SELECT v_venue, ticket_type, name, price::numeric, color FROM pg_temp.venue_import_zone ORDER BY ord;
    GET DIAGNOSTICS v_zones = ROW_COUNT;
    -- Speed (docs/PERFORMANCE.md): the two foreign keys of seat (venue_id,
    -- zone_id) are checked by a trigger per row, about half of the import.
    -- Here they hold by construction (the venue was inserted above, each
    -- zone id comes from the join with this venue's zones), so the insert
    -- runs with session_replication_role = replica, which skips those
    -- triggers (and only triggers: NOT NULL, CHECK and the unique indexes are
    -- enforced as ever), for this insert only. Only a superuser owner may
    -- (the embedded cluster's is); any other owner imports the same way with
    -- the checks by trigger, just slower.
    BEGIN
        PERFORM set_config('session_replication_role', 'replica', true);
        v_fast := true;
    EXCEPTION WHEN insufficient_privilege THEN
        v_fast := false;
    END;
    INSERT INTO seat (venue_id, zone_id, section, row_label, number, label, x, y)
    SELECT v_venue, z.id, s.section, s.row_label, s.number::integer, s.label, s.x::real, s.y::real
      FROM pg_temp.venue_import_seat s JOIN zone z ON z.venue_id = v_venue AND z.ticket_type = s.zone
     ORDER BY s.ord;
    GET DIAGNOSTICS v_seats = ROW_COUNT;
    IF v_fast THEN
        PERFORM set_config('session_replication_role', 'origin', true);
    END IF;
    INSERT INTO audit_log (actor, terminal, action, detail, rows)
    VALUES (session_user, caller_counter_name(), 'import_venue',
            jsonb_build_object('venue', v_venue, 'venue_name', v_name, 'time_zone', v_tz,
                               'before', jsonb_build_object('seats', 0, 'zones', 0),
                               'after', jsonb_build_object('seats', v_seats, 'zones', v_zones)), v_seats);
    RETURN jsonb_build_object('ok', true, 'venue', v_venue, 'seats', v_seats, 'zones', v_zones);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN unique_violation THEN -- another import of the same name got there first
        RETURN jsonb_build_object('ok', false, 'code', 'name_taken', 'field', 'name', 'value', v_name);
END $$;
REVOKE ALL ON FUNCTION import_venue(jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION import_venue(jsonb) TO boxoffice_manager;

-- Applies a changed layout to an existing venue. Seats are matched by label:
-- a label not in the file is retired (seat.retired_at), a label new to the
-- venue is added, one whose ticket type differs is re-zoned, one whose
-- section, row, number or position differs is moved. Zones are matched by
-- ticket type (new ones added; name, colour and default price updated).
-- Refused with layout_in_use {seats: [{id, label, state}]} (at most 50 named,
-- "more": how many besides) when a seat to be retired or re-zoned is held or
-- sold in any show. Otherwise, in the venue's shows that have not started:
-- new seats get a show_seat row; a retired seat's row is deleted, or, if
-- past orders refer to it, set to 'blocked' so it is never sold again.
-- Started shows keep their seats as they were. "name" and "time_zone" in
-- p_layout, if given, rename the venue and change its zone.
-- Answers {ok, venue, seats, zones, added, retired, rezoned, moved,
-- restored}; one audit row (reimport_venue) with the counts before/after.
CREATE OR REPLACE FUNCTION reimport_venue(p_venue integer, p_layout jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp
SET work_mem = '128MB' AS $$
DECLARE
    v_old      venue%ROWTYPE;
    v_name     text;
    v_tz       text;
    v_bad      jsonb;
    v_more     integer;
    v_before   jsonb;
    v_after    jsonb;
    v_added    integer;
    v_retired  integer;
    v_rezoned  integer;
    v_moved    integer;
    v_restored integer;
BEGIN
    SELECT * INTO v_old FROM venue WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_venue', jsonb_build_object('venue', p_venue));
    END IF;
    v_name := coalesce(nullif(btrim(p_layout ->> 'name'), ''), v_old.name);
    v_tz := coalesce(nullif(btrim(p_layout ->> 'time_zone'), ''), v_old.time_zone);
    PERFORM venue_check_name(v_name, v_tz);
    IF v_name <> v_old.name AND EXISTS (SELECT 1 FROM venue WHERE name = v_name) THEN
        PERFORM fail('name_taken', jsonb_build_object('field', 'name', 'value', v_name));
    END IF;
    PERFORM venue_layout_load(p_layout);
    v_before := jsonb_build_object(
        'seats', (SELECT count(*) FROM seat WHERE venue_id = p_venue AND retired_at IS NULL),
        'zones', (SELECT count(*) FROM zone WHERE venue_id = p_venue),
        'name', v_old.name, 'time_zone', v_old.time_zone, 'ring_half_size', v_old.ring_half_size);

    -- The seats leaving the layout or changing ticket type, their show rows
    -- locked in every show (a hold or sale of them waits for this), then
    -- refused if any is held or sold.
    IF to_regclass('pg_temp.venue_import_affected') IS NOT NULL THEN
        DROP TABLE pg_temp.venue_import_affected;
    END IF;
    CREATE TEMP TABLE venue_import_affected ON COMMIT DROP AS
    SELECT s.id, s.label
      FROM seat s
      LEFT JOIN pg_temp.venue_import_seat f ON f.label = s.label
      LEFT JOIN zone z ON z.id = s.zone_id
     WHERE s.venue_id = p_venue AND s.retired_at IS NULL AND (f.label IS NULL OR f.zone <> z.ticket_type);
    PERFORM 1 FROM show_seat ss JOIN pg_temp.venue_import_affected a ON a.id = ss.seat_id
     ORDER BY ss.show_id, ss.seat_id FOR UPDATE OF ss;
    WITH busy AS (
        SELECT DISTINCT ON (a.id) a.id, a.label, ss.state
          FROM pg_temp.venue_import_affected a JOIN show_seat ss ON ss.seat_id = a.id
         WHERE ss.state IN ('held', 'sold')
         ORDER BY a.id, ss.state DESC) -- sold before held
    SELECT jsonb_agg(jsonb_build_object('id', id, 'label', label, 'state', state) ORDER BY label)
               FILTER (WHERE n <= 50),
           count(*) FILTER (WHERE n > 50)
      INTO v_bad, v_more
      FROM (SELECT busy.*, row_number() OVER (ORDER BY label) AS n FROM busy) b;
    IF v_bad IS NOT NULL THEN
        PERFORM fail('layout_in_use', jsonb_build_object('venue', p_venue, 'seats', v_bad, 'more', v_more));
    END IF;

    UPDATE venue SET name = v_name, time_zone = v_tz,
                     ring_half_size = coalesce((p_layout ->> 'ring_half_size')::real, ring_half_size)
     WHERE id = p_venue;
    INSERT INTO zone (venue_id, ticket_type, name, price, color)
    SELECT p_venue, ticket_type, name, price::numeric, color FROM pg_temp.venue_import_zone ORDER BY ord
    ON CONFLICT (venue_id, ticket_type) DO UPDATE
       SET name = excluded.name, price = excluded.price, color = excluded.color;

    WITH f AS (
        SELECT s.id, z.id AS zone_id, f.section, f.row_label, f.number::integer AS number, f.x::real AS x,
               f.y::real AS y, s.zone_id AS old_zone, s.retired_at IS NOT NULL AS was_retired,
               (s.section, s.row_label, s.number, s.x, s.y)
                   IS DISTINCT FROM (f.section, f.row_label, f.number::integer, f.x::real, f.y::real) AS moved
          FROM seat s
          JOIN pg_temp.venue_import_seat f ON f.label = s.label
          JOIN zone z ON z.venue_id = p_venue AND z.ticket_type = f.zone
         WHERE s.venue_id = p_venue),
    u AS (
        UPDATE seat s SET zone_id = f.zone_id, section = f.section, row_label = f.row_label, number = f.number,
                          x = f.x, y = f.y, retired_at = NULL
          FROM f
         WHERE s.id = f.id AND (f.moved OR f.was_retired OR f.zone_id <> f.old_zone)
        RETURNING f.id, f.moved, f.was_retired, f.zone_id <> f.old_zone AS rezoned)
    SELECT count(*) FILTER (WHERE rezoned AND NOT was_retired), count(*) FILTER (WHERE moved AND NOT was_retired),
           count(*) FILTER (WHERE was_retired)
      INTO v_rezoned, v_moved, v_restored
      FROM u;
    UPDATE seat SET retired_at = now()
     WHERE venue_id = p_venue AND retired_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_temp.venue_import_seat f WHERE f.label = seat.label);
    GET DIAGNOSTICS v_retired = ROW_COUNT;
    INSERT INTO seat (venue_id, zone_id, section, row_label, number, label, x, y)
    SELECT p_venue, z.id, f.section, f.row_label, f.number::integer, f.label, f.x::real, f.y::real
      FROM pg_temp.venue_import_seat f
      JOIN zone z ON z.venue_id = p_venue AND z.ticket_type = f.zone
     WHERE NOT EXISTS (SELECT 1 FROM seat s WHERE s.venue_id = p_venue AND s.label = f.label)
     ORDER BY f.ord;
    GET DIAGNOSTICS v_added = ROW_COUNT;

    -- The shows to come follow the new layout.
    DELETE FROM show_seat ss
     USING seat s, show sh
     WHERE ss.seat_id = s.id AND s.venue_id = p_venue AND s.retired_at IS NOT NULL
       AND sh.id = ss.show_id AND sh.starts_at > now() AND ss.state = 'available'
       AND NOT EXISTS (SELECT 1 FROM order_seat os WHERE os.show_id = ss.show_id AND os.seat_id = ss.seat_id);
    UPDATE show_seat ss SET state = 'blocked', version = nextval('seat_version_seq')
      FROM seat s, show sh
     WHERE ss.seat_id = s.id AND s.venue_id = p_venue AND s.retired_at IS NOT NULL
       AND sh.id = ss.show_id AND sh.starts_at > now() AND ss.state = 'available';
    IF v_restored > 0 THEN
        UPDATE show_seat ss SET state = 'available', version = nextval('seat_version_seq')
          FROM seat s, show sh
         WHERE ss.seat_id = s.id AND s.venue_id = p_venue AND s.retired_at IS NULL
           AND sh.id = ss.show_id AND sh.starts_at > now() AND ss.state = 'blocked' AND ss.order_id IS NULL
           AND s.id IN (SELECT s2.id FROM seat s2 JOIN pg_temp.venue_import_seat f ON f.label = s2.label
                         WHERE s2.venue_id = p_venue);
    END IF;
    INSERT INTO show_seat (show_id, seat_id)
    SELECT sh.id, s.id FROM show sh JOIN seat s ON s.venue_id = sh.venue_id
     WHERE sh.venue_id = p_venue AND sh.starts_at > now() AND s.retired_at IS NULL
    ON CONFLICT DO NOTHING;

    v_after := jsonb_build_object(
        'seats', (SELECT count(*) FROM seat WHERE venue_id = p_venue AND retired_at IS NULL),
        'zones', (SELECT count(*) FROM zone WHERE venue_id = p_venue),
        'name', v_name, 'time_zone', v_tz,
        'ring_half_size', (SELECT ring_half_size FROM venue WHERE id = p_venue));
    INSERT INTO audit_log (actor, terminal, action, detail, rows)
    VALUES (session_user, caller_counter_name(), 'reimport_venue',
            jsonb_build_object('venue', p_venue, 'venue_name', v_name, 'before', v_before, 'after', v_after,
                               'added', v_added, 'retired', v_retired, 'rezoned', v_rezoned,
                               'moved', v_moved, 'restored', v_restored),
            v_added + v_retired + v_rezoned + v_moved + v_restored);
    RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'seats', v_after -> 'seats', 'zones', v_after -> 'zones',
                              'added', v_added, 'retired', v_retired, 'rezoned', v_rezoned, 'moved', v_moved,
                              'restored', v_restored);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN unique_violation THEN
        RETURN jsonb_build_object('ok', false, 'code', 'name_taken', 'field', 'name', 'value', v_name);
END $$;
REVOKE ALL ON FUNCTION reimport_venue(integer, jsonb)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION reimport_venue(integer, jsonb) TO boxoffice_manager;
