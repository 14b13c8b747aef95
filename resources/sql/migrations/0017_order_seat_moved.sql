-- A seat an order gave up when its seats were changed (change_seats) is told
-- apart from the seats it had when it was cancelled or expired: both are
-- inactive, but only the latter are "the order's seats" for a clerk who
-- finds a cancelled order later (order_json, functions/sale.sql). Rows made
-- inactive before this migration have no mark: for a cancelled order whose
-- seats were changed earlier, the seats given up then are listed as well.
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE order_seat ADD COLUMN moved_at timestamptz;
ALTER TABLE order_seat ADD CHECK (moved_at IS NULL OR NOT active);
