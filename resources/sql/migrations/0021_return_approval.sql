-- Returns and exchanges after a show's start (issue 12): a plain clerk may
-- make them with a supervisor's on-the-spot approval, the same single-use,
-- per-counter, short-lived approval as a comp or discount (price_approval,
-- 0019_pricetypes.sql), given for one purpose only: an approval for a price
-- is refused by a return and an approval for a return by a sale
-- (approve_price takes the purpose; use_approval in functions/pricing.sql).
-- The lead renumbers this migration at merge time if needed.
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE price_approval
    ADD COLUMN purpose text NOT NULL DEFAULT 'price' CHECK (purpose IN ('price', 'return'));
