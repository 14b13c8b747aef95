-- Venue generation, show creation and the demo stadium.
SET LOCAL search_path = boxoffice, pg_catalog;

-- 0 -> A, 25 -> Z, 26 -> AA, ...
CREATE FUNCTION row_name(p_index integer)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v_name text := '';
    v_n    integer := p_index + 1;
BEGIN
    WHILE v_n > 0 LOOP
        v_name := chr(65 + (v_n - 1) % 26) || v_name;
        v_n := (v_n - 1) / 26;
    END LOOP;
    RETURN v_name;
END $$;

-- Builds a square arena around a ring: rows of seats on the four sides
-- (N, E, S, W), row A nearest the ring, each row two seats longer than the
-- one before, an aisle between tiers. p_tiers is a list of
-- {ticket_type, name, price, color, rows}; the last tier takes as many rows
-- as it needs to reach p_seats exactly. Returns the venue id.
CREATE FUNCTION generate_venue(p_name text, p_seats integer, p_tiers jsonb,
                               p_ring_half real DEFAULT 7, p_first_row_seats integer DEFAULT 16)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_venue    integer;
    v_tier     jsonb;
    v_tier_no  integer := 0;
    v_tiers    integer := jsonb_array_length(p_tiers);
    v_zone     integer;
    v_rows     integer;
    v_row      integer := 0;
    v_in_tier  integer;
    v_dist     real := p_ring_half + 2;
    v_count    integer := 0;
    v_per_side integer;
    v_take     integer;
BEGIN
    IF p_seats < 1 OR v_tiers < 1 THEN
        RAISE EXCEPTION 'generate_venue: need at least one seat and one tier';
    END IF;
    INSERT INTO venue (name, ring_half_size) VALUES (p_name, p_ring_half) RETURNING id INTO v_venue;
    FOR v_tier IN SELECT value FROM jsonb_array_elements(p_tiers) LOOP
        v_tier_no := v_tier_no + 1;
        INSERT INTO zone (venue_id, ticket_type, name, price, color)
        VALUES (v_venue, v_tier ->> 'ticket_type', v_tier ->> 'name', (v_tier ->> 'price')::numeric,
                v_tier ->> 'color')
        RETURNING id INTO v_zone;
        v_rows := CASE WHEN v_tier_no = v_tiers THEN 2147483647 ELSE (v_tier ->> 'rows')::integer END;
        v_in_tier := 0;
        WHILE v_in_tier < v_rows AND v_count < p_seats LOOP
            v_per_side := p_first_row_seats + 2 * v_row;
            v_take := least(4 * v_per_side, p_seats - v_count);
            INSERT INTO seat (venue_id, zone_id, section, row_label, number, label, x, y)
            SELECT v_venue, v_zone, side.name, row_name(v_row), n, side.name || row_name(v_row) || '-' || n,
                   CASE side.name
                       WHEN 'N' THEN -(v_per_side - 1) / 2.0 + (n - 1)
                       WHEN 'S' THEN (v_per_side - 1) / 2.0 - (n - 1)
                       WHEN 'E' THEN v_dist
                       ELSE -v_dist END,
                   CASE side.name
                       WHEN 'N' THEN -v_dist
                       WHEN 'S' THEN v_dist
                       WHEN 'E' THEN -(v_per_side - 1) / 2.0 + (n - 1)
                       ELSE (v_per_side - 1) / 2.0 - (n - 1) END
              FROM (VALUES (0, 'N'), (1, 'E'), (2, 'S'), (3, 'W')) AS side (ord, name)
             CROSS JOIN generate_series(1, v_per_side) AS n
             WHERE side.ord * v_per_side + n <= v_take;
            v_count := v_count + v_take;
            v_row := v_row + 1;
            v_in_tier := v_in_tier + 1;
            v_dist := v_dist + 1;
        END LOOP;
        v_dist := v_dist + 1; -- aisle between tiers
    END LOOP;
    RETURN v_venue;
END $$;

CREATE FUNCTION create_show(p_venue integer, p_title text, p_starts_at timestamptz)
RETURNS integer LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_show integer;
BEGIN
    INSERT INTO show (venue_id, title, starts_at) VALUES (p_venue, p_title, p_starts_at)
    RETURNING id INTO v_show;
    INSERT INTO show_seat (show_id, seat_id)
    SELECT v_show, id FROM seat WHERE venue_id = p_venue;
    RETURN v_show;
END $$;

-- The demo data: a stadium of about 3,000 seats with shows on the next 14
-- evenings (Bangkok time), and with p_large_venues two generated arenas of
-- 20,000 and 100,000 seats with one show each. Does nothing if any venue
-- exists already; returns whether it seeded.
CREATE FUNCTION seed_demo(p_large_venues boolean DEFAULT true)
RETURNS boolean LANGUAGE plpgsql SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_tiers   jsonb := '[
        {"ticket_type": "RINGSIDE", "name": "Ringside", "price": 2500, "color": "#c62828", "rows": 4},
        {"ticket_type": "CLASS2",   "name": "Class 2",  "price": 1800, "color": "#1565c0", "rows": 8},
        {"ticket_type": "CLASS3",   "name": "Class 3",  "price": 1500, "color": "#2e7d32", "rows": 9}]';
    v_venue   integer;
    v_evening timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('boxoffice.seed_demo'));
    IF EXISTS (SELECT 1 FROM venue) THEN
        RETURN false;
    END IF;
    v_venue := generate_venue('Rajadamnern Demo Stadium', 3024, v_tiers);
    FOR d IN 0..13 LOOP
        v_evening := ((date_trunc('day', now() AT TIME ZONE 'Asia/Bangkok') + make_interval(days => d)
                       + interval '18 hours 30 minutes') AT TIME ZONE 'Asia/Bangkok');
        PERFORM create_show(v_venue, 'Muay Thai Night', v_evening);
    END LOOP;
    IF p_large_venues THEN
        v_venue := generate_venue('Generated Arena 20k', 20000, v_tiers);
        PERFORM create_show(v_venue, 'Arena 20k Benchmark Night', v_evening);
        v_venue := generate_venue('Generated Arena 100k', 100000, v_tiers);
        PERFORM create_show(v_venue, 'Arena 100k Benchmark Night', v_evening);
    END IF;
    INSERT INTO staff (username, display_name, role)
    VALUES ('clerk', 'Demo Clerk', 'clerk'),
           ('supervisor', 'Demo Supervisor', 'supervisor'),
           ('manager', 'Demo Manager', 'manager')
    ON CONFLICT (username) DO NOTHING;
    RETURN true;
END $$;
