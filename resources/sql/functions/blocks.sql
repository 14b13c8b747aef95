-- Seat blocks (issue 11): a manager keeps seats of a show, or of every
-- future show of a venue, out of sale with a kind (house, press, broken,
-- camera, kill) and a reason, and releases them to sale again. A blocked
-- seat is show_seat.state 'blocked', which holds and sales refuse
-- (seat_conflicts in sale.sql) and best available never offers; seat_block
-- (0015_seat_blocks.sql) says why. Every change notifies the counters like
-- a hold does (notify_seats) and writes one audit row with the seats' blocks
-- before and after. Answers are jsonb documents as in sale.sql:
--   {"ok": true, ...}  or  {"ok": false, "code": "...", ...} (nothing changed).
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- checks

-- The kind as stored; invalid_value (kind missing or malformed) otherwise.
CREATE OR REPLACE FUNCTION check_block_kind(p_kind text)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF p_kind IS NULL OR btrim(p_kind) = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'kind', 'problem', 'missing'));
    END IF;
    IF lower(btrim(p_kind)) NOT IN ('house', 'press', 'broken', 'camera', 'kill') THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'kind', 'problem', 'malformed',
                                                         'value', p_kind));
    END IF;
    RETURN lower(btrim(p_kind));
END $$;
REVOKE ALL ON FUNCTION check_block_kind(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The reason as stored (trimmed, at most 200 characters); invalid_value
-- (reason missing or too_long) otherwise.
CREATE OR REPLACE FUNCTION check_block_reason(p_reason text)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'missing'));
    END IF;
    IF length(btrim(p_reason)) > 200 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'too_long', 'max', 200));
    END IF;
    RETURN btrim(p_reason);
END $$;
REVOKE ALL ON FUNCTION check_block_reason(text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A list of seats to block or release: not empty, no nulls or repeats,
-- every seat known and of the venue (empty_seat_list, unknown_seat,
-- duplicate_seat, seat_not_in_show naming the seats).
CREATE OR REPLACE FUNCTION check_block_seats(p_venue integer, p_seats integer[], p_show integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_n       integer := coalesce(cardinality(p_seats), 0);
    v_unknown jsonb;
    v_foreign jsonb;
BEGIN
    IF v_n = 0 THEN
        PERFORM fail('empty_seat_list');
    END IF;
    IF array_position(p_seats, NULL) IS NOT NULL THEN
        PERFORM fail('unknown_seat', jsonb_build_object('seat_ids', '[null]'::jsonb));
    END IF;
    IF (SELECT count(DISTINCT u.sid) FROM unnest(p_seats) AS u (sid)) <> v_n THEN
        PERFORM fail('duplicate_seat');
    END IF;
    SELECT jsonb_agg(u.sid ORDER BY u.sid) FILTER (WHERE s.id IS NULL),
           jsonb_agg(jsonb_build_object('id', s.id, 'label', s.label) ORDER BY s.label)
               FILTER (WHERE s.id IS NOT NULL AND s.venue_id <> p_venue)
      INTO v_unknown, v_foreign
      FROM unnest(p_seats) AS u (sid) LEFT JOIN seat s ON s.id = u.sid;
    IF v_unknown IS NOT NULL THEN
        PERFORM fail('unknown_seat', jsonb_build_object('seat_ids', v_unknown));
    END IF;
    IF v_foreign IS NOT NULL THEN
        PERFORM fail('seat_not_in_show', jsonb_build_object('show', p_show, 'venue', p_venue, 'seats', v_foreign));
    END IF;
END $$;
REVOKE ALL ON FUNCTION check_block_seats(integer, integer[], integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Locks the show seats of these shows (each show's in seat id order),
-- waiting at most 2 s for a counter that has one this instant.
CREATE OR REPLACE FUNCTION lock_block_seats(p_shows integer[], p_seats integer[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_timeout text := current_setting('lock_timeout');
BEGIN
    PERFORM set_config('lock_timeout', '2s', true);
    PERFORM 1 FROM show_seat
      WHERE show_id = ANY (p_shows) AND (p_seats IS NULL OR seat_id = ANY (p_seats))
      ORDER BY show_id, seat_id
        FOR UPDATE;
    PERFORM set_config('lock_timeout', v_timeout, true);
END $$;
REVOKE ALL ON FUNCTION lock_block_seats(integer[], integer[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Seats of these shows that are held (a hold that has not lapsed) or sold:
-- they cannot be blocked. As seat_conflicts names them, each seat once.
CREATE OR REPLACE FUNCTION block_conflicts(p_shows integer[], p_seats integer[])
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(c.entry ORDER BY c.label)
      FROM (SELECT DISTINCT ON (ss.seat_id) s.label,
                   jsonb_build_object(
                       'id', ss.seat_id, 'label', s.label, 'state', ss.state, 'show', ss.show_id,
                       'holder_id', ss.held_by, 'holder', t.name,
                       'seconds_left', CASE WHEN ss.state = 'held'
                                            THEN ceil(extract(epoch FROM ss.held_until - now()))::integer END,
                       'order_id', ss.order_id) AS entry
              FROM boxoffice.show_seat ss
              JOIN boxoffice.seat s ON s.id = ss.seat_id
              LEFT JOIN boxoffice.terminal t ON t.id = ss.held_by
             WHERE ss.show_id = ANY (p_shows) AND ss.seat_id = ANY (p_seats)
               AND (ss.state = 'sold' OR (ss.state = 'held' AND ss.held_until > now()))
             ORDER BY ss.seat_id, ss.show_id) c
$$;
REVOKE ALL ON FUNCTION block_conflicts(integer[], integer[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The future shows of a venue (starting after now), in id order.
CREATE OR REPLACE FUNCTION future_venue_shows(p_venue integer)
RETURNS integer[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM boxoffice.show
     WHERE venue_id = p_venue AND starts_at > now()
$$;
REVOKE ALL ON FUNCTION future_venue_shows(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- the one writer of a show's blocks

-- Blocks seats of one show (the caller has locked and checked them): seat i
-- gets p_kinds[i] and p_reasons[i]. Seats held or sold are refused
-- (seat_conflict naming them); a lapsed hold counts free. A seat already
-- blocked the same way is left as it is. Notifies the counters. Answers
-- the seats changed: [{id, label, before: null | {kind, reason, venue_wide},
-- after: {kind, reason, venue_wide}}].
CREATE OR REPLACE FUNCTION apply_seat_blocks(p_show integer, p_seats integer[], p_kinds text[],
                                             p_reasons text[], p_venue_wide boolean)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_conflicts jsonb;
    v_changed   jsonb;
    v_ids       integer[];
    v_changes   jsonb;
BEGIN
    PERFORM lock_block_seats(ARRAY[p_show], p_seats);
    v_conflicts := block_conflicts(ARRAY[p_show], p_seats);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('show', p_show, 'seats', v_conflicts));
    END IF;
    PERFORM expire_lapsed_orders_on(p_show, p_seats);
    SELECT jsonb_agg(jsonb_build_object(
               'id', w.seat_id, 'label', s.label,
               'before', CASE WHEN b.seat_id IS NOT NULL AND ss.state = 'blocked' THEN
                             jsonb_build_object('kind', b.kind, 'reason', b.reason, 'venue_wide', b.venue_wide) END,
               'after', jsonb_build_object('kind', w.kind, 'reason', w.reason, 'venue_wide', p_venue_wide))
               ORDER BY s.label),
           array_agg(w.seat_id ORDER BY w.seat_id)
      INTO v_changed, v_ids
      FROM unnest(p_seats, p_kinds, p_reasons) AS w (seat_id, kind, reason)
      JOIN seat s ON s.id = w.seat_id
      JOIN show_seat ss ON ss.show_id = p_show AND ss.seat_id = w.seat_id
      LEFT JOIN seat_block b ON b.show_id = p_show AND b.seat_id = w.seat_id
     WHERE b.seat_id IS NULL OR ss.state <> 'blocked' OR b.kind <> w.kind OR b.reason <> w.reason
        OR b.venue_wide <> p_venue_wide;
    IF v_ids IS NULL THEN
        RETURN '[]'::jsonb;
    END IF;
    INSERT INTO seat_block AS b (show_id, seat_id, kind, reason, venue_wide)
    SELECT p_show, w.seat_id, w.kind, w.reason, p_venue_wide
      FROM unnest(p_seats, p_kinds, p_reasons) AS w (seat_id, kind, reason)
     WHERE w.seat_id = ANY (v_ids)
    ON CONFLICT (show_id, seat_id) DO UPDATE
       SET kind = EXCLUDED.kind, reason = EXCLUDED.reason, venue_wide = EXCLUDED.venue_wide,
           blocked_at = now(), blocked_by = session_user;
    -- Every seat touched gets a new version, a reason changed too: the
    -- counters reload the reasons when a notification names a blocked seat.
    WITH u AS (
        UPDATE show_seat
           SET state = 'blocked', held_by = NULL, hold_token = NULL, held_until = NULL, order_id = NULL,
               version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (v_ids)
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(p_show, v_changes);
    RETURN v_changed;
END $$;
REVOKE ALL ON FUNCTION apply_seat_blocks(integer, integer[], text[], text[], boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Releases blocked seats of one show to sale: those of p_seats (all if
-- NULL) of kind p_kind (any if NULL), and with p_venue_wide_only only those
-- that came from a venue block. Notifies the counters. Answers the seats
-- released: [{id, label, before: {kind, reason, venue_wide}, after: null}].
CREATE OR REPLACE FUNCTION remove_seat_blocks(p_show integer, p_seats integer[], p_kind text,
                                              p_venue_wide_only boolean)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_released jsonb;
    v_ids      integer[];
    v_changes  jsonb;
    v_timeout  text := current_setting('lock_timeout');
BEGIN
    -- Only the blocked seats: "release all" of a big arena locks no more.
    PERFORM set_config('lock_timeout', '2s', true);
    PERFORM 1 FROM show_seat
      WHERE show_id = p_show AND state = 'blocked' AND (p_seats IS NULL OR seat_id = ANY (p_seats))
      ORDER BY seat_id
        FOR UPDATE;
    PERFORM set_config('lock_timeout', v_timeout, true);
    WITH d AS (
        DELETE FROM seat_block b
         WHERE b.show_id = p_show AND (p_seats IS NULL OR b.seat_id = ANY (p_seats))
           AND (p_kind IS NULL OR b.kind = p_kind) AND (NOT p_venue_wide_only OR b.venue_wide)
        RETURNING b.seat_id, b.kind, b.reason, b.venue_wide)
    SELECT jsonb_agg(jsonb_build_object(
               'id', d.seat_id, 'label', s.label,
               'before', jsonb_build_object('kind', d.kind, 'reason', d.reason, 'venue_wide', d.venue_wide),
               'after', NULL) ORDER BY s.label),
           array_agg(d.seat_id ORDER BY d.seat_id)
      INTO v_released, v_ids
      FROM d JOIN seat s ON s.id = d.seat_id;
    IF v_ids IS NULL THEN
        RETURN '[]'::jsonb;
    END IF;
    WITH u AS (
        UPDATE show_seat
           SET state = 'available', version = nextval('boxoffice.seat_version_seq')
         WHERE show_id = p_show AND seat_id = ANY (v_ids) AND state = 'blocked'
        RETURNING seat_id, state, held_by, held_until, version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    PERFORM notify_seats(p_show, v_changes);
    RETURN v_released;
END $$;
REVOKE ALL ON FUNCTION remove_seat_blocks(integer, integer[], text, boolean)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- The audit row of one change of blocks (in the caller's transaction).
CREATE OR REPLACE FUNCTION audit_seat_blocks(p_action text, p_reason text, p_detail jsonb, p_rows integer)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO boxoffice.audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, boxoffice.caller_counter_name(), p_action, p_reason, p_detail, p_rows)
$$;
REVOKE ALL ON FUNCTION audit_seat_blocks(text, text, jsonb, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-------------------------------------------------------------------------------
-- a manager's functions

-- Blocks seats of one show with a kind and a reason. Answers
-- {"ok", "show", "kind", "reason", "blocked": n, "seats": [...]} (the seats
-- whose block changed; n = 0 when all were blocked so already). Refusals:
-- unknown_show, invalid_value (kind, reason), empty_seat_list,
-- unknown_seat, duplicate_seat, seat_not_in_show, seat_conflict (held or
-- sold seats, named), seats_busy.
CREATE OR REPLACE FUNCTION block_seats(p_show integer, p_seats integer[], p_kind text, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue   integer;
    v_title   text;
    v_kind    text;
    v_reason  text;
    v_changed jsonb;
    v_n       integer;
BEGIN
    SELECT venue_id, title INTO v_venue, v_title FROM show WHERE id = p_show;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    v_kind := check_block_kind(p_kind);
    v_reason := check_block_reason(p_reason);
    PERFORM check_block_seats(v_venue, p_seats, p_show);
    v_changed := apply_seat_blocks(p_show, p_seats, array_fill(v_kind, ARRAY[cardinality(p_seats)]),
                                   array_fill(v_reason, ARRAY[cardinality(p_seats)]), false);
    v_n := jsonb_array_length(v_changed);
    IF v_n > 0 THEN
        PERFORM audit_seat_blocks('block_seats', v_reason,
            jsonb_build_object('show', p_show, 'title', v_title, 'venue', v_venue, 'kind', v_kind,
                               'reason', v_reason, 'seats', v_changed), v_n);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'kind', v_kind, 'reason', v_reason,
                              'blocked', v_n, 'seats', v_changed);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(p_seats));
END $$;
REVOKE ALL ON FUNCTION block_seats(integer, integer[], text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION block_seats(integer, integer[], text, text) TO boxoffice_manager;

-- Blocks seats of every future show of a venue, and of every show made
-- later (the trigger below), replacing those seats' blocks in the future
-- shows. Refused as a whole if a seat is held or sold in any of them.
-- Answers {"ok", "venue", "kind", "reason", "blocked": seats whose venue
-- block changed, "shows": future shows, "show_seats": show seats changed}.
CREATE OR REPLACE FUNCTION block_venue_seats(p_venue integer, p_seats integer[], p_kind text, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_kind      text;
    v_reason    text;
    v_shows     integer[];
    v_show      integer;
    v_changed   jsonb;
    v_conflicts jsonb;
    v_n         integer := 0;
    v_kinds     text[];
    v_reasons   text[];
BEGIN
    PERFORM 1 FROM venue WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_venue', jsonb_build_object('venue', p_venue));
    END IF;
    v_kind := check_block_kind(p_kind);
    v_reason := check_block_reason(p_reason);
    PERFORM check_block_seats(p_venue, p_seats, NULL);
    v_shows := future_venue_shows(p_venue);
    PERFORM lock_block_seats(v_shows, p_seats);
    v_conflicts := block_conflicts(v_shows, p_seats);
    IF v_conflicts IS NOT NULL THEN
        PERFORM fail('seat_conflict', jsonb_build_object('venue', p_venue, 'seats', v_conflicts));
    END IF;
    SELECT jsonb_agg(jsonb_build_object(
               'id', u.sid, 'label', s.label,
               'before', CASE WHEN vb.seat_id IS NOT NULL THEN
                             jsonb_build_object('kind', vb.kind, 'reason', vb.reason) END,
               'after', jsonb_build_object('kind', v_kind, 'reason', v_reason)) ORDER BY s.label)
      INTO v_changed
      FROM unnest(p_seats) AS u (sid)
      JOIN seat s ON s.id = u.sid
      LEFT JOIN venue_seat_block vb ON vb.venue_id = p_venue AND vb.seat_id = u.sid
     WHERE vb.seat_id IS NULL OR vb.kind <> v_kind OR vb.reason <> v_reason;
    INSERT INTO venue_seat_block (venue_id, seat_id, kind, reason)
    SELECT p_venue, u.sid, v_kind, v_reason FROM unnest(p_seats) AS u (sid)
    ON CONFLICT (venue_id, seat_id) DO UPDATE
       SET kind = EXCLUDED.kind, reason = EXCLUDED.reason, blocked_at = now(), blocked_by = session_user
     WHERE venue_seat_block.kind <> EXCLUDED.kind OR venue_seat_block.reason <> EXCLUDED.reason;
    v_kinds := array_fill(v_kind, ARRAY[cardinality(p_seats)]);
    v_reasons := array_fill(v_reason, ARRAY[cardinality(p_seats)]);
    FOREACH v_show IN ARRAY v_shows LOOP
        v_n := v_n + jsonb_array_length(apply_seat_blocks(v_show, p_seats, v_kinds, v_reasons, true));
    END LOOP;
    IF v_changed IS NOT NULL OR v_n > 0 THEN
        PERFORM audit_seat_blocks('block_venue_seats', v_reason,
            jsonb_build_object('venue', p_venue, 'kind', v_kind, 'reason', v_reason,
                               'seats', coalesce(v_changed, '[]'), 'shows', to_jsonb(v_shows),
                               'show_seats', v_n), coalesce(jsonb_array_length(v_changed), 0));
    END IF;
    RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'kind', v_kind, 'reason', v_reason,
                              'blocked', coalesce(jsonb_array_length(v_changed), 0),
                              'shows', cardinality(v_shows), 'show_seats', v_n);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(p_seats));
END $$;
REVOKE ALL ON FUNCTION block_venue_seats(integer, integer[], text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION block_venue_seats(integer, integer[], text, text) TO boxoffice_manager;

-- Releases blocked seats of a show to sale: p_seats (NULL: every blocked
-- seat) of kind p_kind (NULL: any kind). Answers {"ok", "show",
-- "released": n, "seats": [...]}; n = 0 when none matched. Refusals:
-- unknown_show, invalid_value (kind), empty_seat_list, unknown_seat,
-- duplicate_seat, seat_not_in_show, seats_busy.
CREATE OR REPLACE FUNCTION release_seat_blocks(p_show integer, p_seats integer[], p_kind text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue    integer;
    v_title    text;
    v_kind     text;
    v_released jsonb;
    v_n        integer;
BEGIN
    SELECT venue_id, title INTO v_venue, v_title FROM show WHERE id = p_show;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_show));
    END IF;
    IF p_kind IS NOT NULL THEN
        v_kind := check_block_kind(p_kind);
    END IF;
    IF p_seats IS NOT NULL THEN
        PERFORM check_block_seats(v_venue, p_seats, p_show);
    END IF;
    v_released := remove_seat_blocks(p_show, p_seats, v_kind, false);
    v_n := jsonb_array_length(v_released);
    IF v_n > 0 THEN
        PERFORM audit_seat_blocks('release_seat_blocks', 'released to sale',
            jsonb_build_object('show', p_show, 'title', v_title, 'venue', v_venue, 'kind', v_kind,
                               'seats', v_released), v_n);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'released', v_n, 'seats', v_released);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(p_seats));
END $$;
REVOKE ALL ON FUNCTION release_seat_blocks(integer, integer[], text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION release_seat_blocks(integer, integer[], text) TO boxoffice_manager;

-- Releases venue blocks: p_seats (NULL: all) of kind p_kind (NULL: any).
-- The future shows' seats blocked by them are released to sale too (a
-- seat blocked for one show by itself stays blocked). Answers {"ok",
-- "venue", "released": venue blocks removed, "show_seats": show seats
-- released}.
CREATE OR REPLACE FUNCTION release_venue_seat_blocks(p_venue integer, p_seats integer[], p_kind text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_kind     text;
    v_shows    integer[];
    v_show     integer;
    v_released jsonb;
    v_ids      integer[];
    v_n        integer := 0;
BEGIN
    PERFORM 1 FROM venue WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM fail('unknown_venue', jsonb_build_object('venue', p_venue));
    END IF;
    IF p_kind IS NOT NULL THEN
        v_kind := check_block_kind(p_kind);
    END IF;
    IF p_seats IS NOT NULL THEN
        PERFORM check_block_seats(p_venue, p_seats, NULL);
    END IF;
    WITH d AS (
        DELETE FROM venue_seat_block vb
         WHERE vb.venue_id = p_venue AND (p_seats IS NULL OR vb.seat_id = ANY (p_seats))
           AND (v_kind IS NULL OR vb.kind = v_kind)
        RETURNING vb.seat_id, vb.kind, vb.reason)
    SELECT jsonb_agg(jsonb_build_object(
               'id', d.seat_id, 'label', s.label,
               'before', jsonb_build_object('kind', d.kind, 'reason', d.reason), 'after', NULL) ORDER BY s.label),
           array_agg(d.seat_id ORDER BY d.seat_id)
      INTO v_released, v_ids
      FROM d JOIN seat s ON s.id = d.seat_id;
    IF v_ids IS NULL THEN
        RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'released', 0, 'show_seats', 0);
    END IF;
    v_shows := future_venue_shows(p_venue);
    FOREACH v_show IN ARRAY v_shows LOOP
        v_n := v_n + jsonb_array_length(remove_seat_blocks(v_show, v_ids, NULL, true));
    END LOOP;
    PERFORM audit_seat_blocks('release_venue_seat_blocks', 'released to sale',
        jsonb_build_object('venue', p_venue, 'kind', v_kind, 'seats', v_released, 'shows', to_jsonb(v_shows),
                           'show_seats', v_n), jsonb_array_length(v_released));
    RETURN jsonb_build_object('ok', true, 'venue', p_venue, 'released', jsonb_array_length(v_released),
                              'show_seats', v_n);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(p_seats));
END $$;
REVOKE ALL ON FUNCTION release_venue_seat_blocks(integer, integer[], text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION release_venue_seat_blocks(integer, integer[], text) TO boxoffice_manager;

-- Copies a show's blocks to another show of the same venue: each seat
-- blocked in p_from is blocked in p_to with the same kind and reason (the
-- target's other blocks stay). Refused as a whole if one of them is held or
-- sold in p_to (seat_conflict). Shows of different venues: seat_not_in_show
-- with "other_venue": true. Answers {"ok", "from", "to", "blocked": n,
-- "seats": [...]}.
CREATE OR REPLACE FUNCTION copy_seat_blocks(p_from integer, p_to integer)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_from_venue integer;
    v_to_venue   integer;
    v_title      text;
    v_seats      integer[];
    v_kinds      text[];
    v_reasons    text[];
    v_changed    jsonb;
    v_n          integer;
BEGIN
    SELECT venue_id INTO v_from_venue FROM show WHERE id = p_from;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_from));
    END IF;
    SELECT venue_id, title INTO v_to_venue, v_title FROM show WHERE id = p_to;
    IF NOT FOUND THEN
        PERFORM fail('unknown_show', jsonb_build_object('show', p_to));
    END IF;
    SELECT array_agg(b.seat_id ORDER BY b.seat_id), array_agg(b.kind ORDER BY b.seat_id),
           array_agg(b.reason ORDER BY b.seat_id)
      INTO v_seats, v_kinds, v_reasons
      FROM seat_block b JOIN show_seat ss ON ss.show_id = b.show_id AND ss.seat_id = b.seat_id
     WHERE b.show_id = p_from AND ss.state = 'blocked';
    IF v_from_venue <> v_to_venue THEN
        PERFORM fail('seat_not_in_show', jsonb_build_object('show', p_to, 'other_venue', true,
                                                            'seats', seat_refs(coalesce(v_seats, '{}'))));
    END IF;
    IF v_seats IS NULL OR p_from = p_to THEN
        RETURN jsonb_build_object('ok', true, 'from', p_from, 'to', p_to, 'blocked', 0, 'seats', '[]'::jsonb);
    END IF;
    v_changed := apply_seat_blocks(p_to, v_seats, v_kinds, v_reasons, false);
    v_n := jsonb_array_length(v_changed);
    IF v_n > 0 THEN
        PERFORM audit_seat_blocks('copy_seat_blocks', 'copied from show ' || p_from,
            jsonb_build_object('from', p_from, 'show', p_to, 'title', v_title, 'venue', v_to_venue,
                               'seats', v_changed), v_n);
    END IF;
    RETURN jsonb_build_object('ok', true, 'from', p_from, 'to', p_to, 'blocked', v_n, 'seats', v_changed);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
    WHEN lock_not_available THEN
        RETURN jsonb_build_object('ok', false, 'code', 'seats_busy', 'seats', seat_refs(v_seats));
END $$;
REVOKE ALL ON FUNCTION copy_seat_blocks(integer, integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION copy_seat_blocks(integer, integer) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- a new show gets its venue's blocks

-- After show seats are inserted (a show is made): the seats its venue
-- blocks for every future show are blocked in it too, as venue blocks.
-- One statement for all the rows (a show of 100,000 seats is one join).
CREATE OR REPLACE FUNCTION apply_venue_blocks_to_new_seats()
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM venue_seat_block) THEN
        RETURN NULL;
    END IF;
    WITH b AS (
        INSERT INTO seat_block (show_id, seat_id, kind, reason, venue_wide, blocked_by)
        SELECT n.show_id, n.seat_id, vb.kind, vb.reason, true, vb.blocked_by
          FROM new_seats n
          JOIN show sh ON sh.id = n.show_id
          JOIN venue_seat_block vb ON vb.venue_id = sh.venue_id AND vb.seat_id = n.seat_id
         WHERE n.state = 'available'
        RETURNING show_id, seat_id)
    UPDATE show_seat ss
       SET state = 'blocked', version = nextval('boxoffice.seat_version_seq')
      FROM b
     WHERE ss.show_id = b.show_id AND ss.seat_id = b.seat_id;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION apply_venue_blocks_to_new_seats()
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE TRIGGER show_seat_venue_blocks
    AFTER INSERT ON show_seat
    REFERENCING NEW TABLE AS new_seats
    FOR EACH STATEMENT EXECUTE FUNCTION apply_venue_blocks_to_new_seats();
