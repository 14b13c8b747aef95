-- Seat blocks (issue 11): a manager keeps seats out of sale, for one show
-- or for every future show of a venue, with a kind and a reason. A blocked
-- seat is show_seat.state 'blocked' (holds and sales already refuse it);
-- seat_block says why. The functions are in functions/blocks.sql (audited
-- there); the trigger that gives a new show its venue's blocks too.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Why a seat of a show is blocked: one row per blocked show seat, and
-- show_seat.state is 'blocked' exactly where there is one (the functions
-- keep both in step, in one transaction).
CREATE TABLE seat_block (
    show_id     integer NOT NULL,
    seat_id     integer NOT NULL,
    -- house seats, press, broken, camera position, kill (kept off sale for
    -- sight lines or a stage).
    kind        text NOT NULL CHECK (kind IN ('house', 'press', 'broken', 'camera', 'kill')),
    reason      text NOT NULL CHECK (reason ~ '\S' AND length(reason) <= 200),
    -- The block came from a block of every future show of the venue (and
    -- goes with it when that is released).
    venue_wide  boolean NOT NULL DEFAULT false,
    blocked_at  timestamptz NOT NULL DEFAULT now(),
    blocked_by  text NOT NULL DEFAULT session_user,
    PRIMARY KEY (show_id, seat_id),
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seat ON DELETE CASCADE
);
CREATE INDEX seat_block_seat_idx ON seat_block (seat_id);

-- A block of every future show of a venue: applied to the shows there are
-- when it is made, and to every show made later (trigger in blocks.sql).
CREATE TABLE venue_seat_block (
    venue_id    integer NOT NULL REFERENCES venue ON DELETE CASCADE,
    seat_id     integer NOT NULL REFERENCES seat ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('house', 'press', 'broken', 'camera', 'kill')),
    reason      text NOT NULL CHECK (reason ~ '\S' AND length(reason) <= 200),
    blocked_at  timestamptz NOT NULL DEFAULT now(),
    blocked_by  text NOT NULL DEFAULT session_user,
    PRIMARY KEY (venue_id, seat_id)
);
CREATE INDEX venue_seat_block_seat_idx ON venue_seat_block (seat_id);

-- Counters read the reasons for the seat map's tooltips; managers the lists.
GRANT SELECT ON seat_block, venue_seat_block TO boxoffice_clerk;
