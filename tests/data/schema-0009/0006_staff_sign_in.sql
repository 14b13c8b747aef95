-- Staff sign-in: passwords are hashed by the client with PBKDF2 (Qt's
-- QPasswordDigestor) and only the hash is stored; repeated failures lock
-- the account for a while. (Database roles per staff role come next.)
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE staff ADD COLUMN password_changed_at timestamptz;

CREATE FUNCTION set_staff_password(p_username text, p_hash text)
RETURNS boolean LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    UPDATE staff SET password_hash = p_hash, password_changed_at = now(), failed_attempts = 0, locked_until = NULL
     WHERE username = p_username;
    RETURN FOUND;
END $$;

-- Records one sign-in attempt. p_success false counts a failure; at
-- p_max_failures the account is locked for p_lock_minutes (audited).
CREATE FUNCTION record_sign_in(p_username text, p_success boolean, p_max_failures integer, p_lock_minutes integer)
RETURNS jsonb LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff staff%ROWTYPE;
BEGIN
    SELECT * INTO v_staff FROM staff WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', true, 'locked', false);
    END IF;
    IF p_success THEN
        UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = v_staff.id;
        RETURN jsonb_build_object('ok', true, 'locked', false);
    END IF;
    IF v_staff.failed_attempts + 1 >= p_max_failures THEN
        UPDATE staff SET failed_attempts = 0, locked_until = now() + make_interval(mins => p_lock_minutes)
         WHERE id = v_staff.id;
        INSERT INTO audit_log (actor, action, reason, detail, rows)
        VALUES (p_username, 'staff_locked_out', 'repeated wrong passwords',
                jsonb_build_object('staff_id', v_staff.id, 'minutes', p_lock_minutes), 1);
        RETURN jsonb_build_object('ok', true, 'locked', true);
    END IF;
    UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = v_staff.id;
    RETURN jsonb_build_object('ok', true, 'locked', false, 'failures', v_staff.failed_attempts + 1);
END $$;
