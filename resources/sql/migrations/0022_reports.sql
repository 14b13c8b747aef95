-- Net reports (issue 12): when each seat row of an order came to be. A seat
-- is sold when its order is paid, but a seat an exchange adds to a paid
-- order (or a seat change of a paid order) is sold when that happens: the
-- reports (functions/reports.sql) count it on that day, not on the day the
-- order was paid. Rows from before this migration take their order's
-- creation time (every row of them was made with its order).
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE order_seat ADD COLUMN created_at timestamptz;
UPDATE order_seat os SET created_at = o.created_at FROM orders o WHERE o.id = os.order_id;
ALTER TABLE order_seat ALTER COLUMN created_at SET DEFAULT now(),
                       ALTER COLUMN created_at SET NOT NULL;
-- The reports' seat events of a period: rows added to orders paid before,
-- and rows given back.
CREATE INDEX order_seat_created_at_idx ON order_seat (created_at);
CREATE INDEX order_seat_returned_at_idx ON order_seat (returned_at) WHERE returned_at IS NOT NULL;
