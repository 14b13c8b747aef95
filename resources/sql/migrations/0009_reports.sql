-- A supervisor's sales reports and the end-of-shift cash reconciliation of
-- each counter. Amounts in the answers are integers in satang (1/100 THB);
-- times are seconds since the epoch. Periods and shifts are half-open
-- [from, to): an order paid exactly at the end belongs to the next one.
--
-- A sale is an order paid in the period, whatever happened to it later; a
-- refund is a paid order cancelled in the period. Both belong to the counter
-- and the clerk that sold the order. Pending, expired and unpaid cancelled
-- orders never count.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Reports pick orders by when they were cancelled (and paid).
CREATE INDEX orders_cancelled_at_idx ON orders (cancelled_at) WHERE cancelled_at IS NOT NULL;

-- (The functions: resources/sql/functions/reports.sql.)

-------------------------------------------------------------------------------
-- cash reconciliation

-- Each counter's cash drawer counted at the end of a shift against what the
-- database says it should hold. Shifts of one counter never overlap.
CREATE TABLE shift_reconciliation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id    integer NOT NULL REFERENCES terminal,
    clerk_id       integer REFERENCES staff,
    shift_start    timestamptz NOT NULL,
    shift_end      timestamptz NOT NULL,
    expected_cash  numeric(12, 2) NOT NULL,
    counted_cash   numeric(12, 2) NOT NULL CHECK (counted_cash >= 0),
    -- Positive: more cash in the drawer than expected (over); negative: short.
    difference     numeric(12, 2) GENERATED ALWAYS AS (counted_cash - expected_cash) STORED,
    note           text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    -- The database login that recorded it, and the staff member the
    -- application names (which a caller could make up).
    recorded_by    text NOT NULL DEFAULT session_user,
    actor          text NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (shift_start < shift_end)
);
CREATE INDEX shift_reconciliation_terminal_idx ON shift_reconciliation (terminal_id, shift_end);
CREATE INDEX shift_reconciliation_end_idx ON shift_reconciliation (shift_end);

-- A supervisor's (and so a manager's).
REVOKE ALL ON TABLE shift_reconciliation FROM PUBLIC;
GRANT SELECT ON shift_reconciliation TO boxoffice_supervisor;
