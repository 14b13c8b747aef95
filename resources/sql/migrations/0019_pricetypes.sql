-- Price types at the counter (issue 12): which sales need a supervisor on
-- the spot, and the supervisors' approvals.
--   * pricing_rule (one row): a seat sold at a price type whose price is
--     below approval_below_percent % of the same seat's STANDARD price needs
--     an approval; every comp (price_type.is_comp) needs one too.
--   * price_approval: a supervisor's approval, given on the counter's
--     dialog under the supervisor's own database login (approve_price,
--     functions/pricing.sql): who, why, for which counter, when; used once,
--     by the sale (or reservation) that consumes it, within minutes.
-- The functions are in functions/pricing.sql; sell (functions/sale.sql)
-- consumes the approval in its own transaction.
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE pricing_rule (
    id                      boolean PRIMARY KEY DEFAULT true CHECK (id),
    approval_below_percent  numeric(5, 2) NOT NULL DEFAULT 50
                            CHECK (approval_below_percent BETWEEN 0 AND 100),
    approval_minutes        integer NOT NULL DEFAULT 5 CHECK (approval_minutes BETWEEN 1 AND 60)
);
INSERT INTO pricing_rule DEFAULT VALUES;

CREATE TABLE price_approval (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What the counter hands to the sale: random, unguessable.
    token        uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    approved_by  integer NOT NULL REFERENCES staff,
    approver     text NOT NULL DEFAULT session_user,
    reason       text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    -- The counter the approval was given at; only its sales may use it.
    terminal_id  integer NOT NULL REFERENCES terminal,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    order_id     bigint REFERENCES orders,
    CHECK ((used_at IS NULL) = (order_id IS NULL))
);
CREATE INDEX price_approval_order_idx ON price_approval (order_id);
GRANT SELECT ON pricing_rule TO boxoffice_clerk;
GRANT SELECT ON price_approval TO boxoffice_supervisor;
REVOKE UPDATE, DELETE, TRUNCATE ON price_approval FROM PUBLIC;
