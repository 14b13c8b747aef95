-- A manager's emergency controls. Each needs a reason, can be previewed
-- (what it will touch), writes the audit log in the same transaction, and
-- is broadcast so every counter reacts at once.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-- The plain holds a force-unlock would release: of a show, optionally only
-- some seats, optionally only one counter's.
CREATE OR REPLACE FUNCTION force_unlock_targets(p_show integer, p_seats integer[], p_terminal integer)
RETURNS TABLE (seat_id integer, label text, holder text, held_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT ss.seat_id, s.label, t.name, ss.held_until
      FROM show_seat ss
      JOIN seat s ON s.id = ss.seat_id
      LEFT JOIN terminal t ON t.id = ss.held_by
     WHERE ss.show_id = p_show AND ss.state = 'held' AND ss.order_id IS NULL
       AND (p_seats IS NULL OR ss.seat_id = ANY (p_seats))
       AND (p_terminal IS NULL OR ss.held_by = p_terminal)
     ORDER BY s.label
$$;
REVOKE ALL ON FUNCTION force_unlock_targets(integer, integer[], integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION force_unlock_targets(integer, integer[], integer) TO boxoffice_manager;

CREATE OR REPLACE FUNCTION force_unlock(p_show integer, p_seats integer[], p_terminal integer,
                                        p_actor text, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_changes jsonb;
    v_n       integer;
    v_actor   text;
BEGIN
    -- A staff login is the actor itself; only the owner may name one.
    BEGIN
        v_actor := acting_actor(p_actor);
    EXCEPTION WHEN SQLSTATE 'BX001' THEN
        RETURN SQLERRM::jsonb;
    END;
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'reason_required');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM show WHERE id = p_show) THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    WITH u AS (
        UPDATE show_seat ss
           SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,
               version = nextval('boxoffice.seat_version_seq')
         WHERE ss.show_id = p_show
           AND ss.seat_id IN (SELECT t.seat_id FROM force_unlock_targets(p_show, p_seats, p_terminal) t)
           AND ss.state = 'held' AND ss.order_id IS NULL
        RETURNING ss.seat_id, ss.state, ss.held_by, ss.held_until, ss.version)
    SELECT jsonb_agg(change_entry(seat_id, state, held_by, held_until, version)) INTO v_changes FROM u;
    v_n := coalesce(jsonb_array_length(v_changes), 0);
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (v_actor, caller_counter_name(), 'force_unlock', p_reason,
            jsonb_build_object('show', p_show, 'seats', to_jsonb(p_seats), 'terminal', p_terminal), v_n);
    PERFORM notify_seats(p_show, v_changes);
    RETURN jsonb_build_object('ok', true, 'released', v_n, 'changes', coalesce(v_changes, '[]'));
END $$;
REVOKE ALL ON FUNCTION force_unlock(integer, integer[], integer, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION force_unlock(integer, integer[], integer, text, text) TO boxoffice_manager;

-- Pause, resume or close sales of a show. A paused show refuses holds and
-- sales on every counter at once (validate_request reads the state).
CREATE OR REPLACE FUNCTION set_sales_state(p_show integer, p_state text, p_actor text, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old   text;
    v_actor text;
BEGIN
    -- A staff login is the actor itself; only the owner may name one.
    BEGIN
        v_actor := acting_actor(p_actor);
    EXCEPTION WHEN SQLSTATE 'BX001' THEN
        RETURN SQLERRM::jsonb;
    END;
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'reason_required');
    END IF;
    IF p_state IS NULL OR p_state NOT IN ('on_sale', 'paused', 'closed') THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid_request', 'field', 'state');
    END IF;
    SELECT sales_state INTO v_old FROM show WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    UPDATE show SET sales_state = p_state WHERE id = p_show;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (v_actor, caller_counter_name(), 'set_sales_state', p_reason,
            jsonb_build_object('show', p_show, 'from', v_old, 'to', p_state), 1);
    PERFORM pg_notify('boxoffice_control',
                      jsonb_build_object('action', 'sales_state', 'show', p_show, 'state', p_state)::text);
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'from', v_old, 'state', p_state);
END $$;
REVOKE ALL ON FUNCTION set_sales_state(integer, text, text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_sales_state(integer, text, text, text) TO boxoffice_manager;

-- Every counter forgets its in-process duplicate locks (levels 1 and 2).
CREATE OR REPLACE FUNCTION clear_duplicate_locks(p_actor text, p_reason text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_actor text;
BEGIN
    -- A staff login is the actor itself; only the owner may name one.
    BEGIN
        v_actor := acting_actor(p_actor);
    EXCEPTION WHEN SQLSTATE 'BX001' THEN
        RETURN SQLERRM::jsonb;
    END;
    IF p_reason IS NULL OR p_reason !~ '\S' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'reason_required');
    END IF;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (v_actor, caller_counter_name(), 'clear_duplicate_locks', p_reason, '{}', 0);
    PERFORM pg_notify('boxoffice_control', jsonb_build_object('action', 'clear_duplicate_locks')::text);
    RETURN jsonb_build_object('ok', true);
END $$;
REVOKE ALL ON FUNCTION clear_duplicate_locks(text, text)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION clear_duplicate_locks(text, text) TO boxoffice_manager;
