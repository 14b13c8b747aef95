-- The cash office's rules, tightened after a user tried them
-- (docs/money/cashoffice.md):
--   * cash needs an open shift at the counter, by default: without one a
--     cash payment or refund was taken and then showed in no X or Z report;
--   * money an exchange only moves from the old order to the new one (no
--     cash changes hands) is marked, so that the X and Z figures count only
--     real money in and out per method;
--   * the stored X and Z figures (cash_report) hold the expected cash: a
--     clerk, whose count is blind, no longer reads them directly; a
--     supervisor does (the functions answer each by role).
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE cash_office_setting ALTER COLUMN cash_needs_shift SET DEFAULT true;
UPDATE cash_office_setting SET cash_needs_shift = true;

-- A payment row that only moves money between two orders of one exchange
-- (functions/returns.sql, exchange_seats_impl): the refund on the old
-- order and the payment on the new one, both marked. Nobody handed cash
-- over, so no drawer counts them and no shift is needed for them.
ALTER TABLE payment ADD COLUMN moved boolean NOT NULL DEFAULT false,
                    ADD CONSTRAINT payment_moved_no_cash_handed CHECK (NOT moved OR tendered IS NULL);

-- The exchanges made before: the new order of an exchange has the request
-- hash 'exchange:<old order>', and the moved payments the reference
-- 'exchange from order <old order>', made in the exchange's transaction
-- (created_at = the new order's paid_at). Their refunds are the old order's
-- refund rows of the same moment and method, the last ones made (a
-- difference given back was refunded first), one per moved payment.
WITH moved_payment AS (
    SELECT p.id, p.method, p.created_at, substring(o.request_hash FROM 10)::bigint AS old_order
      FROM payment p JOIN orders o ON o.id = p.order_id
     WHERE o.request_hash ~ '^exchange:[0-9]+$' AND p.kind = 'payment' AND p.tendered IS NULL
       AND p.reference = 'exchange from order ' || substring(o.request_hash FROM 10)
       AND p.created_at = o.paid_at
), per_moment AS (
    SELECT old_order, created_at, method, count(*) AS n FROM moved_payment GROUP BY 1, 2, 3
), refund_rank AS (
    SELECT r.id, r.order_id, r.created_at, r.method,
           row_number() OVER (PARTITION BY r.order_id, r.created_at, r.method ORDER BY r.id DESC) AS rank
      FROM payment r WHERE r.kind = 'refund'
)
UPDATE payment SET moved = true
 WHERE id IN (SELECT id FROM moved_payment
              UNION ALL
              SELECT r.id FROM refund_rank r
                JOIN per_moment m ON m.old_order = r.order_id AND m.created_at = r.created_at
                                 AND m.method = r.method AND r.rank <= m.n);

REVOKE SELECT ON cash_report FROM boxoffice_clerk;
GRANT SELECT ON cash_report TO boxoffice_supervisor;
