-- Price types (issue 12): the manager's list of price types and the rule
-- of which sales need a supervisor, a show's price list per ticket type and
-- price type as the counter reads it, the price of each seat of a sale at
-- its price type (sell_impl, functions/sale.sql), and a supervisor's
-- approval given on the counter's dialog and used once by a sale. Tables:
-- price_type, show_price (0018_money.sql), pricing_rule, price_approval
-- (0019_pricetypes.sql). A show's prices are set with set_show_price and
-- copy_show_prices (functions/shows.sql).
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- price types and the approval rule

-- A price type as every answer names it.
CREATE OR REPLACE FUNCTION price_type_json(p_id integer)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('id', pt.id, 'code', pt.code, 'name_en', pt.name_en, 'name_th', pt.name_th,
                              'is_comp', pt.is_comp, 'sort_order', pt.sort_order, 'active', pt.active)
      FROM boxoffice.price_type pt WHERE pt.id = p_id
$$;
REVOKE ALL ON FUNCTION price_type_json(integer)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- Every price type (inactive ones too, marked so) in their order, and the
-- approval rule: {"ok": true, "price_types": [...], "approval_below_percent":
-- "50.00", "approval_minutes": 5}. The counter reads it for the names.
CREATE OR REPLACE FUNCTION list_price_types()
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('ok', true,
               'price_types', (SELECT coalesce(jsonb_agg(price_type_json(pt.id) ORDER BY pt.sort_order, pt.code), '[]')
                                 FROM price_type pt),
               'approval_below_percent', r.approval_below_percent::text,
               'approval_minutes', r.approval_minutes)
      FROM pricing_rule r
$$;
REVOKE ALL ON FUNCTION list_price_types() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION list_price_types() TO boxoffice_clerk;

-- {"code": "THAI", "name_en": text, "name_th": text, "is_comp": bool,
--  "sort_order": int, "active": bool}: adds a price type (code, both names
-- required) or changes the given fields of one. STANDARD stays active and
-- is never a comp; a type whose shows charge for it cannot become a comp
-- (set those prices to 0 first). Audited. Answers {"ok": true,
-- "price_type": {...}, "created": bool, "changed": bool}.
CREATE OR REPLACE FUNCTION save_price_type(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_code    text;
    v_old     price_type%ROWTYPE;
    v_before  jsonb;
    v_after   jsonb;
    v_id      integer;
    v_field   text;
BEGIN
    PERFORM check_request(p_request, '{"code": "text!", "name_en": "text", "name_th": "text", "is_comp": "boolean",
        "sort_order": "integer", "active": "boolean"}');
    v_code := upper(btrim(p_request ->> 'code'));
    IF v_code !~ '^[A-Z][A-Z0-9_]{0,31}$' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'code', 'problem', 'malformed'));
    END IF;
    FOREACH v_field IN ARRAY ARRAY['name_en', 'name_th'] LOOP
        IF p_request ? v_field AND jsonb_typeof(p_request -> v_field) = 'string' THEN
            IF btrim(p_request ->> v_field) = '' THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', v_field, 'problem', 'missing'));
            END IF;
            IF length(btrim(p_request ->> v_field)) > 100 THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', v_field, 'problem', 'too_long', 'max', 100));
            END IF;
        END IF;
    END LOOP;
    SELECT * INTO v_old FROM price_type WHERE code = v_code FOR UPDATE;
    IF NOT FOUND THEN
        FOREACH v_field IN ARRAY ARRAY['name_en', 'name_th'] LOOP
            IF coalesce(p_request ->> v_field, '') = '' THEN
                PERFORM fail('invalid_value', jsonb_build_object('field', v_field, 'problem', 'missing'));
            END IF;
        END LOOP;
        INSERT INTO price_type (code, name_en, name_th, is_comp, sort_order, active)
        VALUES (v_code, btrim(p_request ->> 'name_en'), btrim(p_request ->> 'name_th'),
                coalesce((p_request ->> 'is_comp')::boolean, false),
                coalesce((p_request ->> 'sort_order')::integer,
                         (SELECT coalesce(max(sort_order), 0) + 10 FROM price_type)),
                coalesce((p_request ->> 'active')::boolean, true))
        RETURNING id INTO v_id;
        v_after := price_type_json(v_id);
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(), 'save_price_type', 'price type added',
                jsonb_build_object('code', v_code, 'after', v_after), 1);
        RETURN jsonb_build_object('ok', true, 'price_type', v_after, 'created', true, 'changed', true);
    END IF;
    IF v_code = 'STANDARD' AND coalesce((p_request ->> 'active')::boolean, true) = false THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'active', 'problem', 'standard'));
    END IF;
    IF v_code = 'STANDARD' AND coalesce((p_request ->> 'is_comp')::boolean, false) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'is_comp', 'problem', 'standard'));
    END IF;
    IF coalesce((p_request ->> 'is_comp')::boolean, false) AND NOT v_old.is_comp
       AND EXISTS (SELECT 1 FROM show_price WHERE price_type_id = v_old.id AND price > 0) THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'is_comp', 'problem', 'priced'));
    END IF;
    v_before := price_type_json(v_old.id);
    UPDATE price_type
       SET name_en = coalesce(btrim(p_request ->> 'name_en'), name_en),
           name_th = coalesce(btrim(p_request ->> 'name_th'), name_th),
           is_comp = coalesce((p_request ->> 'is_comp')::boolean, is_comp),
           sort_order = coalesce((p_request ->> 'sort_order')::integer, sort_order),
           active = coalesce((p_request ->> 'active')::boolean, active)
     WHERE id = v_old.id;
    v_after := price_type_json(v_old.id);
    IF v_after <> v_before THEN
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(), 'save_price_type', 'price type changed',
                jsonb_build_object('code', v_code, 'before', v_before, 'after', v_after), 1);
    END IF;
    RETURN jsonb_build_object('ok', true, 'price_type', v_after, 'created', false, 'changed', v_after <> v_before);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION save_price_type(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION save_price_type(jsonb) TO boxoffice_manager;

-- {"approval_below_percent": "50", "approval_minutes": 5}: which discounts
-- need a supervisor (a seat's price below that share of its STANDARD price;
-- comps always do) and how long an approval lasts. Audited.
CREATE OR REPLACE FUNCTION set_pricing_rule(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_old     pricing_rule%ROWTYPE;
    v_percent numeric;
    v_minutes integer;
BEGIN
    PERFORM check_request(p_request, '{"approval_below_percent": "text", "approval_minutes": "integer"}');
    SELECT * INTO v_old FROM pricing_rule FOR UPDATE;
    v_percent := v_old.approval_below_percent;
    IF p_request ? 'approval_below_percent' THEN
        v_percent := checked_amount(p_request ->> 'approval_below_percent', 'approval_below_percent', true);
        IF v_percent > 100 THEN
            PERFORM fail('invalid_value', jsonb_build_object('field', 'approval_below_percent',
                                                             'problem', 'out_of_range', 'max', '100'));
        END IF;
    END IF;
    v_minutes := coalesce((p_request ->> 'approval_minutes')::integer, v_old.approval_minutes);
    IF v_minutes < 1 OR v_minutes > 60 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'approval_minutes', 'problem', 'out_of_range',
                                                         'max', '60'));
    END IF;
    IF (v_percent, v_minutes) IS DISTINCT FROM (v_old.approval_below_percent, v_old.approval_minutes) THEN
        UPDATE pricing_rule SET approval_below_percent = v_percent, approval_minutes = v_minutes;
        INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
        VALUES (session_user, caller_counter_name(), 'set_pricing_rule', 'approval rule changed',
                jsonb_build_object('before', jsonb_build_object('approval_below_percent', v_old.approval_below_percent::text,
                                                                'approval_minutes', v_old.approval_minutes),
                                   'after', jsonb_build_object('approval_below_percent', v_percent::text,
                                                               'approval_minutes', v_minutes)), 1);
    END IF;
    RETURN list_price_types();
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION set_pricing_rule(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION set_pricing_rule(jsonb) TO boxoffice_manager;

-------------------------------------------------------------------------------
-- a show's price list

-- What each seat of p_seats costs at its price type (p_types, aligned; NULL
-- is STANDARD) for p_show, and whether selling it needs a supervisor
-- ('comp', 'discount' or NULL). STANDARD without a show price is the
-- zone's; any other price type is sold only where the show has a price for
-- it. Fails unknown_price_type ({"value": code, "ticket_type"}) for a code
-- that is unknown, inactive or not sold for that seat's ticket type.
CREATE OR REPLACE FUNCTION priced_lines(p_show integer, p_seats integer[], p_types text[])
RETURNS TABLE (seat_id integer, price_type_id integer, ticket_type text, price numeric, approval text)
LANGUAGE plpgsql STABLE SET search_path = boxoffice, pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_bad record;
BEGIN
    SELECT u.code, z.ticket_type INTO v_bad
      FROM unnest(p_seats, p_types) AS u (sid, code)
      JOIN seat s ON s.id = u.sid JOIN zone z ON z.id = s.zone_id
      LEFT JOIN price_type pt ON pt.code = coalesce(u.code, 'STANDARD') AND pt.active
      LEFT JOIN show_price sp ON sp.show_id = p_show AND sp.zone_id = z.id AND sp.price_type_id = pt.id
     WHERE pt.id IS NULL OR (sp.price IS NULL AND pt.code <> 'STANDARD')
     LIMIT 1;
    IF FOUND THEN
        -- With the price type's names when it exists: the clerk reads
        -- "Comp", not COMP.
        PERFORM fail('unknown_price_type', jsonb_build_object('value', left(coalesce(v_bad.code, 'STANDARD'), 64),
                                                              'ticket_type', v_bad.ticket_type)
                                           || coalesce((SELECT jsonb_build_object('name_en', pt.name_en, 'name_th', pt.name_th)
                                                          FROM price_type pt WHERE pt.code = v_bad.code), '{}'));
    END IF;
    RETURN QUERY
    SELECT u.sid, pt.id, z.ticket_type, p.price,
           CASE WHEN pt.is_comp THEN 'comp'
                WHEN p.price < coalesce(std.price, z.price) * r.approval_below_percent / 100 THEN 'discount' END
      FROM unnest(p_seats, p_types) WITH ORDINALITY AS u (sid, code, n)
      CROSS JOIN pricing_rule r
      JOIN seat s ON s.id = u.sid JOIN zone z ON z.id = s.zone_id
      JOIN price_type pt ON pt.code = coalesce(u.code, 'STANDARD')
      LEFT JOIN show_price sp ON sp.show_id = p_show AND sp.zone_id = z.id AND sp.price_type_id = pt.id
      LEFT JOIN show_price std ON std.show_id = p_show AND std.zone_id = z.id
                              AND std.price_type_id = standard_price_type()
      CROSS JOIN LATERAL (SELECT CASE WHEN pt.is_comp THEN 0::numeric(10, 2)
                                      WHEN pt.code = 'STANDARD' THEN coalesce(sp.price, z.price)
                                      ELSE sp.price END AS price) p
     ORDER BY u.n;
END $$;
REVOKE ALL ON FUNCTION priced_lines(integer, integer[], text[])
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A show's price list as the counter sells from it: {"ok": true, "show",
-- "prices": [{"ticket_type", "zone", "price_type", "price", "approval"}]}
-- for every active price type the show sells (STANDARD for every ticket
-- type), "approval" as priced_lines says.
CREATE OR REPLACE FUNCTION show_price_list(p_show integer)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue integer;
BEGIN
    SELECT venue_id INTO v_venue FROM show WHERE id = p_show;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_show', 'show', p_show);
    END IF;
    RETURN jsonb_build_object('ok', true, 'show', p_show, 'prices', (
        SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'ticket_type', z.ticket_type, 'zone', z.name, 'price_type', pt.code, 'price', p.price::text,
                   'approval', CASE WHEN pt.is_comp THEN 'comp'
                                    WHEN p.price < coalesce(std.price, z.price) * r.approval_below_percent / 100
                                    THEN 'discount' END)
                   ORDER BY z.price DESC, z.ticket_type, pt.sort_order, pt.code), '[]')
          FROM zone z CROSS JOIN price_type pt CROSS JOIN pricing_rule r
          LEFT JOIN show_price sp ON sp.show_id = p_show AND sp.zone_id = z.id AND sp.price_type_id = pt.id
          LEFT JOIN show_price std ON std.show_id = p_show AND std.zone_id = z.id
                                  AND std.price_type_id = standard_price_type()
          CROSS JOIN LATERAL (SELECT CASE WHEN pt.is_comp THEN 0::numeric(10, 2)
                                          WHEN pt.code = 'STANDARD' THEN coalesce(sp.price, z.price)
                                          ELSE sp.price END AS price) p
         WHERE z.venue_id = v_venue AND pt.active AND (pt.code = 'STANDARD' OR sp.price IS NOT NULL)));
END $$;
REVOKE ALL ON FUNCTION show_price_list(integer) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION show_price_list(integer) TO boxoffice_clerk;

-------------------------------------------------------------------------------
-- a supervisor's approval

-- {"terminal_id": int, "reason": text, "purpose": "price" (default: a comp
-- or discount) | "return" (a return or exchange after the show's start),
-- "supervisor_id": int (the owner only)}: a supervisor (or manager)
-- approves a comp or discount, or a late return, at a counter. Called on the supervisor's own database login (the counter's
-- approval dialog signs in as them: the database checks their password),
-- so who approves is the session's; the owner account names a supervisor.
-- Answers {"ok": true, "approval": token, "expires_at": epoch, "approved_by":
-- display name, "purpose"}; the token is good for one sale (or one return
-- or exchange) at that counter until it expires
-- (pricing_rule.approval_minutes), for its purpose only. Audited.
CREATE OR REPLACE FUNCTION approve_price(p_request jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_staff    staff%ROWTYPE;
    v_staff_id integer;
    v_terminal integer;
    v_reason   text;
    v_row      price_approval%ROWTYPE;
    v_purpose  text;
BEGIN
    PERFORM check_request(p_request, '{"terminal_id": "integer!", "reason": "text", "purpose": "text",
        "supervisor_id": "integer"}');
    v_purpose := coalesce(p_request ->> 'purpose', 'price');
    IF v_purpose NOT IN ('price', 'return') THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'purpose', 'problem', 'unknown', 'value', v_purpose));
    END IF;
    IF is_staff_login(session_user) THEN
        v_staff_id := caller_staff_id();
        IF p_request ? 'supervisor_id' AND (p_request ->> 'supervisor_id')::integer IS DISTINCT FROM v_staff_id THEN
            PERFORM fail('not_permitted', jsonb_build_object('reason', 'acting as another staff member'));
        END IF;
    ELSE
        v_staff_id := (p_request ->> 'supervisor_id')::integer;
    END IF;
    SELECT * INTO v_staff FROM staff WHERE id = v_staff_id AND active;
    IF NOT FOUND OR v_staff.role NOT IN ('supervisor', 'manager') THEN
        PERFORM fail('not_permitted', jsonb_build_object('reason', 'not a supervisor'));
    END IF;
    v_terminal := (p_request ->> 'terminal_id')::integer;
    PERFORM check_terminal(v_terminal);
    v_reason := btrim(coalesce(p_request ->> 'reason', ''));
    IF v_reason = '' THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'missing'));
    END IF;
    IF length(v_reason) > 500 THEN
        PERFORM fail('invalid_value', jsonb_build_object('field', 'reason', 'problem', 'too_long', 'max', 500));
    END IF;
    INSERT INTO price_approval (approved_by, approver, reason, terminal_id, expires_at, purpose)
    VALUES (v_staff.id, v_staff.username, v_reason, v_terminal,
            now() + make_interval(mins => (SELECT approval_minutes FROM pricing_rule)), v_purpose)
    RETURNING * INTO v_row;
    INSERT INTO audit_log (actor, terminal, action, reason, detail, rows)
    VALUES (session_user, (SELECT name FROM terminal WHERE id = v_terminal), 'price_approval', v_reason,
            jsonb_build_object('approval_id', v_row.id, 'approved_by', v_staff.username, 'terminal', v_terminal,
                               'purpose', v_purpose), 1);
    RETURN jsonb_build_object('ok', true, 'approval', v_row.token, 'approval_id', v_row.id,
                              'expires_at', round(extract(epoch FROM v_row.expires_at), 3),
                              'approved_by', v_staff.display_name, 'purpose', v_purpose);
EXCEPTION
    WHEN SQLSTATE 'BX001' THEN RETURN SQLERRM::jsonb;
END $$;
REVOKE ALL ON FUNCTION approve_price(jsonb) FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
GRANT EXECUTE ON FUNCTION approve_price(jsonb) TO boxoffice_supervisor;

-- Uses an approval given for p_purpose ('price' or 'return') for order
-- p_order at counter p_terminal, in the caller's transaction (a refused
-- sale or return leaves it unused). Fails approval_invalid when it is
-- unknown, used, expired, of another counter, given for another purpose,
-- or its supervisor is no longer an active supervisor. Answers its id.
CREATE OR REPLACE FUNCTION use_approval(p_token uuid, p_purpose text, p_terminal integer, p_order bigint)
RETURNS bigint LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_row price_approval%ROWTYPE;
BEGIN
    SELECT * INTO v_row FROM price_approval WHERE token = p_token FOR UPDATE;
    IF NOT FOUND OR v_row.used_at IS NOT NULL OR v_row.expires_at <= now() OR v_row.terminal_id <> p_terminal
       OR p_terminal IS NULL OR v_row.purpose <> p_purpose
       OR NOT EXISTS (SELECT 1 FROM staff WHERE id = v_row.approved_by AND active
                                            AND role IN ('supervisor', 'manager')) THEN
        PERFORM fail('approval_invalid');
    END IF;
    UPDATE price_approval SET used_at = now(), order_id = p_order WHERE id = v_row.id;
    RETURN v_row.id;
END $$;
REVOKE ALL ON FUNCTION use_approval(uuid, text, integer, bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

-- A comp's or discount's approval used by a sale (sell_impl).
CREATE OR REPLACE FUNCTION use_price_approval(p_token uuid, p_terminal integer, p_order bigint)
RETURNS void LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM use_approval(p_token, 'price', p_terminal, p_order);
END $$;
REVOKE ALL ON FUNCTION use_price_approval(uuid, integer, bigint)
    FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;
