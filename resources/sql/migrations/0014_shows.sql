-- Shows as a manager sets them up (issue 11): a fight card's subtitle (the
-- bouts), the doors time, a cancelled state, and a price list per show (one
-- price per ticket type of the show's venue). The functions are in
-- functions/shows.sql.
SET LOCAL search_path = boxoffice, pg_catalog;

-- A cancelled show is also closed (sales_state 'closed') so every reader of
-- the sales state stops selling at once; cancelled_at makes it final
-- (validate_request refuses a cancelled show whatever its sales state, so a
-- later set_sales_state cannot sell it again).
ALTER TABLE show
    ADD COLUMN subtitle text NOT NULL DEFAULT '' CHECK (length(subtitle) <= 2000),
    ADD COLUMN doors_at timestamptz,
    ADD COLUMN cancelled_at timestamptz,
    ADD COLUMN cancel_reason text CHECK (length(cancel_reason) <= 500),
    ADD CHECK (length(title) <= 200),
    ADD CHECK (doors_at IS NULL OR doors_at <= starts_at),
    ADD CHECK (cancelled_at IS NULL OR cancel_reason IS NOT NULL);
CREATE INDEX show_venue_starts_idx ON show (venue_id, starts_at);

-- The price of each ticket type (zone) for one show, in baht with satang.
-- A new show starts with the zone prices (zone.price stays the venue's
-- default price list). Sold orders keep the price in order_seat.price.
CREATE TABLE show_price (
    show_id  integer NOT NULL REFERENCES show ON DELETE CASCADE,
    zone_id  integer NOT NULL REFERENCES zone ON DELETE CASCADE,
    price    numeric(10, 2) NOT NULL CHECK (price >= 0),
    PRIMARY KEY (show_id, zone_id)
);

INSERT INTO show_price (show_id, zone_id, price)
SELECT sh.id, z.id, z.price FROM show sh JOIN zone z ON z.venue_id = sh.venue_id;

GRANT SELECT ON show_price TO boxoffice_clerk;
