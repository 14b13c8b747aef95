-- The gate (issue 13): every sold seat gets a ticket code that cannot be
-- guessed or forged, and the stadium's doors admit each ticket once.
-- docs/GATE.md has the design and the threat model; the functions are in
-- resources/sql/functions/gate.sql.
--
--   * A code is 26 Crockford base-32 characters (130 random bits, from
--     gen_random_uuid(), i.e. the server's strong random source); its first
--     10 characters are the short code typed when a QR code will not scan.
--     The tables hold SHA-256 hashes for lookup (ticket.code_hash,
--     ticket.short_hash); the code itself is kept only in ticket_secret,
--     which no staff role can read, so that a reprint "as is" prints the same
--     code. Staff get codes only from issue_ticket_codes (the printing
--     counter's session, audited when it is a reprint).
--   * A ticket belongs to one order_seat row (one sold seat of an order).
--     Whether it still admits is read at the scan from the order and the
--     seat row (returned, moved, cancelled), so no sale or return function
--     has to remember to invalidate it. A lost ticket is replaced: the old
--     row keeps replaced_at and answers REPLACED.
--   * admission has one row per order_seat: the primary key is what lets
--     exactly one of two gates scanning the same ticket at once admit it.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Door staff: a group of its own, outside the clerk-supervisor-manager
-- chain. It reads the show list (no orders, so no customer names or phone
-- numbers) and executes the gate functions granted to it in gate.sql.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'boxoffice_gate') THEN
        BEGIN
            CREATE ROLE boxoffice_gate NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END $$;
GRANT USAGE ON SCHEMA boxoffice TO boxoffice_gate;
GRANT SELECT ON venue, zone, seat, show TO boxoffice_gate;
GRANT SELECT (id, username, display_name, role, active) ON staff TO boxoffice_gate;

ALTER TABLE staff DROP CONSTRAINT staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check CHECK (role IN ('clerk', 'supervisor', 'manager', 'gate'));

-- Pass-out and re-entry: a manager's setting per show (set_show_pass_out).
ALTER TABLE show ADD COLUMN gate_pass_out boolean NOT NULL DEFAULT false;

CREATE TABLE ticket (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_seat_id  bigint NOT NULL REFERENCES order_seat ON DELETE CASCADE,
    show_id        integer NOT NULL,
    seat_id        integer NOT NULL,
    -- sha256 of the 26-character code and of its first 10 characters.
    code_hash      bytea NOT NULL UNIQUE CHECK (length(code_hash) = 32),
    short_hash     bytea NOT NULL UNIQUE CHECK (length(short_hash) = 32),
    issued_at      timestamptz NOT NULL DEFAULT now(),
    -- How many times its code was handed out for printing (reprints audited).
    printed        integer NOT NULL DEFAULT 0,
    replaced_at    timestamptz,
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seat
);
-- One current ticket per sold seat of an order.
CREATE UNIQUE INDEX ticket_current_idx ON ticket (order_seat_id) WHERE replaced_at IS NULL;
CREATE INDEX ticket_show_idx ON ticket (show_id);

-- The codes, for printing and reprinting: the owner's only (no GRANT).
CREATE TABLE ticket_secret (
    ticket_id  bigint PRIMARY KEY REFERENCES ticket ON DELETE CASCADE,
    code       text NOT NULL CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{26}$')
);

-- The first admission of each sold seat (and, with pass-out, whether its
-- holder is inside now).
CREATE TABLE admission (
    order_seat_id  bigint PRIMARY KEY REFERENCES order_seat ON DELETE CASCADE,
    ticket_id      bigint NOT NULL REFERENCES ticket,
    show_id        integer NOT NULL REFERENCES show,
    gate           text NOT NULL,
    staff_id       integer REFERENCES staff,
    login          text NOT NULL DEFAULT session_user,
    admitted_at    timestamptz NOT NULL,
    offline        boolean NOT NULL DEFAULT false,
    inside         boolean NOT NULL DEFAULT true,
    entries        integer NOT NULL DEFAULT 1 CHECK (entries >= 1)
);
CREATE INDEX admission_show_idx ON admission (show_id);

-- Every scan and its verdict, for the gate figures.
CREATE TABLE admission_scan (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    show_id    integer NOT NULL REFERENCES show,
    gate       text NOT NULL,
    staff_id   integer REFERENCES staff,
    login      text NOT NULL DEFAULT session_user,
    ticket_id  bigint REFERENCES ticket,
    verdict    text NOT NULL CHECK (verdict IN ('VALID', 'ALREADY_ADMITTED', 'CANCELLED', 'RETURNED', 'REPLACED',
                                                'WRONG_SHOW', 'WRONG_DAY', 'NOT_YET_OPEN', 'UNPAID', 'UNKNOWN',
                                                'PASSED_OUT', 'DUPLICATE')),
    offline    boolean NOT NULL DEFAULT false
);
CREATE INDEX admission_scan_show_idx ON admission_scan (show_id, at);

-- A ticket admitted at an offline gate when another gate had already
-- admitted it: kept for the supervisor, never lost.
CREATE TABLE admission_duplicate (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_seat_id  bigint NOT NULL REFERENCES order_seat ON DELETE CASCADE,
    ticket_id      bigint NOT NULL REFERENCES ticket,
    show_id        integer NOT NULL REFERENCES show,
    gate           text NOT NULL,
    scanned_at     timestamptz NOT NULL,
    login          text NOT NULL DEFAULT session_user,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (ticket_id, gate, scanned_at)
);
CREATE INDEX admission_duplicate_show_idx ON admission_duplicate (show_id);

-- Seats sold before this migration get their codes now (the same recipe as
-- new_ticket_code() in gate.sql, written out: a migration calls no function
-- of the function files). A short code that collides with another is made
-- again by the loop.
DO $$
DECLARE
    v_os record;
    v_code text;
    v_ticket bigint;
BEGIN
    FOR v_os IN SELECT os.id, os.show_id, os.seat_id FROM order_seat os WHERE os.active ORDER BY os.id LOOP
        LOOP
            SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(r.b, i) & 31) + 1, 1), ''
                              ORDER BY i)
              INTO v_code
              FROM (SELECT sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())) AS b) r,
                   generate_series(0, 25) i;
            BEGIN
                INSERT INTO ticket (order_seat_id, show_id, seat_id, code_hash, short_hash)
                VALUES (v_os.id, v_os.show_id, v_os.seat_id, sha256(convert_to(v_code, 'UTF8')),
                        sha256(convert_to(left(v_code, 10), 'UTF8')))
                RETURNING id INTO v_ticket;
                EXIT;
            EXCEPTION WHEN unique_violation THEN
                NULL;
            END;
        END LOOP;
        INSERT INTO ticket_secret (ticket_id, code) VALUES (v_ticket, v_code);
    END LOOP;
END $$;

-- A supervisor reads the gate's tables like the other figures.
GRANT SELECT ON admission, admission_scan, admission_duplicate TO boxoffice_supervisor;
