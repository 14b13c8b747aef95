-- Money at the counter (issue 12), the ground the rest stands on:
--   * price types (Standard, Thai resident, Child, Comp, Staff, …) and a show
--     price per ticket type AND price type;
--   * each seat of an order carries its own ticket type and price type (an
--     order may mix them), and a seat can be returned on its own;
--   * payments: an order is paid by one or more tenders and given money back
--     by refund rows; the database checks at commit that what was paid, less
--     what was refunded, is exactly the order's total (check_order_balance).
-- Amounts are numeric(12, 2): baht with satang, never floating point.
SET LOCAL search_path = boxoffice, pg_catalog;

-------------------------------------------------------------------------------
-- price types

CREATE TABLE price_type (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{0,31}$'),
    name_en     text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
    name_th     text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 100),
    -- A comp is given away: its price is 0 and selling one needs a
    -- supervisor's approval.
    is_comp     boolean NOT NULL DEFAULT false,
    sort_order  integer NOT NULL DEFAULT 0,
    active      boolean NOT NULL DEFAULT true
);
INSERT INTO price_type (code, name_en, name_th, is_comp, sort_order) VALUES
    ('STANDARD', 'Standard', 'ราคาปกติ', false, 0),
    ('THAI', 'Thai resident', 'คนไทย', false, 10),
    ('CHILD', 'Child', 'เด็ก', false, 20),
    ('STAFF', 'Staff', 'พนักงาน', false, 30),
    ('COMP', 'Comp', 'บัตรเชิญ', true, 40);

-- show_price: one price per ticket type (zone) and price type. A show sells
-- a price type of a ticket type only if it has a row for it; STANDARD rows
-- are made with the show (functions/shows.sql).
-- A row made without a price type is STANDARD's (trigger show_price_defaults,
-- functions/sale.sql).
ALTER TABLE show_price ADD COLUMN price_type_id integer REFERENCES price_type;
UPDATE show_price SET price_type_id = (SELECT id FROM price_type WHERE code = 'STANDARD');
ALTER TABLE show_price ALTER COLUMN price_type_id SET NOT NULL,
                       DROP CONSTRAINT show_price_pkey,
                       ADD PRIMARY KEY (show_id, zone_id, price_type_id);

-------------------------------------------------------------------------------
-- order seats: ticket type, price type, return

ALTER TABLE order_seat
    ADD COLUMN ticket_type text,
    ADD COLUMN price_type_id integer REFERENCES price_type,
    -- A seat given back on its own (issue 12's returns): inactive, with the
    -- reason; its price is refunded by refund payments of the same order.
    ADD COLUMN returned_at timestamptz,
    ADD COLUMN return_reason text CHECK (length(return_reason) <= 500);
UPDATE order_seat os SET ticket_type = z.ticket_type,
                         price_type_id = (SELECT id FROM price_type WHERE code = 'STANDARD')
  FROM seat s JOIN zone z ON z.id = s.zone_id
 WHERE s.id = os.seat_id;
ALTER TABLE order_seat
    ALTER COLUMN ticket_type SET NOT NULL,
    ALTER COLUMN price_type_id SET NOT NULL,
    ADD CHECK (returned_at IS NULL OR (NOT active AND return_reason IS NOT NULL)),
    ADD CHECK (returned_at IS NULL OR moved_at IS NULL);

-- A seat row made without a ticket type or price type takes its zone's and
-- STANDARD (trigger order_seat_defaults, functions/sale.sql).

-------------------------------------------------------------------------------
-- payments

-- One row per tender taken (kind 'payment') or money given back (kind
-- 'refund', against one of the order's payments: refund_of). Cash payments
-- record what the customer handed over and the change (tendered − amount).
-- orders.payment_method / payment_ref stay as the order's first payment's,
-- for readers that predate this table.
CREATE TABLE payment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders,
    kind         text NOT NULL CHECK (kind IN ('payment', 'refund')),
    method       text NOT NULL CHECK (method IN ('cash', 'card', 'promptpay')),
    amount       numeric(12, 2) NOT NULL CHECK (amount > 0),
    tendered     numeric(12, 2),
    change       numeric(12, 2),
    reference    text NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
    refund_of    bigint REFERENCES payment,
    terminal_id  integer NOT NULL REFERENCES terminal,
    clerk_id     integer REFERENCES staff,
    actor        text NOT NULL DEFAULT session_user,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((tendered IS NULL) = (change IS NULL)),
    CHECK (tendered IS NULL OR (method = 'cash' AND kind = 'payment'
                                AND tendered >= amount AND change = tendered - amount)),
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL))
);
CREATE INDEX payment_order_idx ON payment (order_id);
CREATE INDEX payment_terminal_at_idx ON payment (terminal_id, created_at);
CREATE INDEX payment_at_idx ON payment (created_at);
GRANT SELECT ON price_type, payment TO boxoffice_clerk;

-- What was paid before this table: one payment per paid order for its total,
-- and for a paid order cancelled since, its refund.
INSERT INTO payment (order_id, kind, method, amount, reference, terminal_id, clerk_id, actor, created_at)
SELECT o.id, 'payment', o.payment_method, o.total, o.payment_ref, o.terminal_id, o.clerk_id,
       coalesce(st.username, 'migration'), o.paid_at
  FROM orders o LEFT JOIN staff st ON st.id = o.clerk_id
 WHERE o.paid_at IS NOT NULL AND o.total > 0;
INSERT INTO payment (order_id, kind, method, amount, refund_of, terminal_id, clerk_id, actor, created_at)
SELECT o.id, 'refund', p.method, p.amount, p.id, o.terminal_id, o.clerk_id, 'migration', o.cancelled_at
  FROM orders o JOIN payment p ON p.order_id = o.id AND p.kind = 'payment'
 WHERE o.status = 'cancelled';

-- Every order's money is checked at commit by the constraint trigger
-- order_balance (check_order_balance, functions/sale.sql): a paid order's
-- payments less refunds are its total, its total the price of the seats it
-- still has, and nothing stays paid on any other order.

-- Payments are history: never changed or removed.
REVOKE UPDATE, DELETE, TRUNCATE ON payment FROM PUBLIC;
