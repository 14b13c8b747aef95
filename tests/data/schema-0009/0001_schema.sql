-- Box office schema, version 1.
-- The database is the only source of truth and the only place where the
-- guarantees live: a seat can be in at most one active order (unique partial
-- index below), whatever any client does.

CREATE SCHEMA IF NOT EXISTS boxoffice;
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE venue (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    -- The ring is a square centred on (0, 0); seat coordinates use the same units.
    ring_half_size  real NOT NULL DEFAULT 6 CHECK (ring_half_size > 0)
);

CREATE TABLE zone (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id     integer NOT NULL REFERENCES venue ON DELETE CASCADE,
    ticket_type  text NOT NULL CHECK (ticket_type ~ '^[A-Z][A-Z0-9_]{0,31}$'),
    name         text NOT NULL,
    price        numeric(10, 2) NOT NULL CHECK (price >= 0),
    color        text NOT NULL DEFAULT '#808080' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
    UNIQUE (venue_id, ticket_type)
);

CREATE TABLE seat (
    id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id   integer NOT NULL REFERENCES venue ON DELETE CASCADE,
    zone_id    integer NOT NULL REFERENCES zone,
    section    text NOT NULL,
    row_label  text NOT NULL,
    number     integer NOT NULL CHECK (number > 0),
    label      text NOT NULL,
    x          real NOT NULL,
    y          real NOT NULL,
    UNIQUE (venue_id, label)
);
CREATE INDEX seat_zone_idx ON seat (zone_id);
CREATE INDEX seat_venue_idx ON seat (venue_id);

CREATE TABLE terminal (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_seen   timestamptz
);

CREATE TABLE staff (
    id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9_.-]{0,31}$'),
    display_name     text NOT NULL,
    role             text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager')),
    password_hash    text,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    active           boolean NOT NULL DEFAULT true
);

CREATE TABLE show (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id     integer NOT NULL REFERENCES venue,
    title        text NOT NULL,
    starts_at    timestamptz NOT NULL,
    sales_state  text NOT NULL DEFAULT 'on_sale'
                 CHECK (sales_state IN ('on_sale', 'paused', 'closed'))
);
CREATE INDEX show_starts_idx ON show (starts_at);

CREATE TABLE orders (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Made by the client once per sale attempt: a retry after a lost reply
    -- finds the order it already made instead of selling twice.
    idempotency_key  uuid NOT NULL UNIQUE,
    -- Digest of the request the key was first used with: the same key with
    -- another payload is refused.
    request_hash     text NOT NULL,
    show_id          integer NOT NULL REFERENCES show,
    terminal_id      integer NOT NULL REFERENCES terminal,
    clerk_id         integer REFERENCES staff,
    ticket_type      text NOT NULL,
    customer_name    text NOT NULL DEFAULT '' CHECK (length(customer_name) <= 200),
    customer_phone   text NOT NULL DEFAULT '' CHECK (length(customer_phone) <= 32),
    status           text NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled', 'expired')),
    payment_method   text NOT NULL CHECK (payment_method IN ('cash', 'card', 'promptpay')),
    payment_ref      text NOT NULL DEFAULT '' CHECK (length(payment_ref) <= 100),
    total            numeric(12, 2) NOT NULL CHECK (total >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    paid_at          timestamptz,
    expires_at       timestamptz,
    cancelled_at     timestamptz,
    cancel_reason    text,
    CHECK (status <> 'pending' OR expires_at IS NOT NULL),
    CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
);
CREATE INDEX orders_show_idx ON orders (show_id);
CREATE INDEX orders_similar_idx ON orders (customer_phone, show_id, ticket_type, created_at)
    WHERE customer_phone <> '';
CREATE INDEX orders_pending_idx ON orders (expires_at) WHERE status = 'pending';

-- One row per (show, seat), claimed with conditional updates. A hold is a
-- committed row with an expiry, never a transaction left open; a hold whose
-- held_until has passed counts as free at once (lazy expiry).
CREATE TABLE show_seat (
    show_id     integer NOT NULL REFERENCES show ON DELETE CASCADE,
    seat_id     integer NOT NULL REFERENCES seat,
    state       text NOT NULL DEFAULT 'available'
                CHECK (state IN ('available', 'held', 'sold', 'blocked')),
    held_by     integer REFERENCES terminal,
    hold_token  uuid,
    held_until  timestamptz,
    -- Set while the seat belongs to an order: sold (paid) or held (pending).
    order_id    bigint REFERENCES orders,
    -- From one sequence: increases with every change of the row, so a client
    -- can drop a notification older than the state it already has.
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (show_id, seat_id),
    CHECK ((state = 'held') = (held_by IS NOT NULL AND held_until IS NOT NULL)),
    CHECK (state <> 'sold' OR order_id IS NOT NULL)
);
CREATE INDEX show_seat_held_idx ON show_seat (held_until) WHERE state = 'held';
CREATE INDEX show_seat_order_idx ON show_seat (order_id) WHERE order_id IS NOT NULL;

CREATE SEQUENCE seat_version_seq;

CREATE TABLE order_seat (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    show_id   integer NOT NULL,
    seat_id   integer NOT NULL,
    price     numeric(10, 2) NOT NULL CHECK (price >= 0),
    -- True while the order is pending or paid; false once cancelled, expired
    -- or swapped away (kept as history).
    active    boolean NOT NULL DEFAULT true,
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seat
);
CREATE INDEX order_seat_order_idx ON order_seat (order_id);
-- The last line against a double sale: no seat of a show in two active orders.
CREATE UNIQUE INDEX order_seat_one_active_sale ON order_seat (show_id, seat_id) WHERE active;

CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text NOT NULL DEFAULT current_user,
    terminal  text,
    action    text NOT NULL,
    reason    text,
    detail    jsonb NOT NULL DEFAULT '{}'::jsonb,
    rows      integer NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
