-- The cash office (issue 12): a shift per counter and clerk, opened with a
-- counted float, cash paid in and out during it with reasons, closed with a
-- blind count (the clerk counts before the expected amount is shown), its X
-- reports (mid-shift) and Z report (at close) kept, and a supervisor's
-- sign-off of a closed shift whose count differs from what was expected.
-- Expected cash = float + cash payments − cash refunds + paid in − paid out,
-- counted from the payment rows (0018_money.sql) of the shift's counter
-- within the shift. The functions: functions/cashoffice.sql.
--
-- The older per-counter day reconciliation (0009_reports.sql,
-- shift_reconciliation) stays as it was: a supervisor may still reconcile a
-- counter's day; shifts are the clerk's own count (docs/money/cashoffice.md).
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE cash_shift (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id     integer NOT NULL REFERENCES terminal,
    clerk_id        integer REFERENCES staff,
    opened_by       text NOT NULL DEFAULT session_user,
    opened_at       timestamptz NOT NULL DEFAULT now(),
    float_amount    numeric(12, 2) NOT NULL CHECK (float_amount >= 0),
    closed_at       timestamptz,
    closed_by       text,
    -- The blind count: the total, and the notes and coins it was made of
    -- when counted by denomination ({"1000": n, "500": n, …, "coins": "12.50"}).
    counted         numeric(12, 2) CHECK (counted >= 0),
    denominations   jsonb,
    expected        numeric(12, 2),
    -- Positive: more cash in the drawer than expected (over); negative: short.
    difference      numeric(12, 2) GENERATED ALWAYS AS (counted - expected) STORED,
    signed_off_at   timestamptz,
    signed_off_by   text,
    sign_off_reason text CHECK (length(sign_off_reason) <= 500),
    CHECK ((closed_at IS NULL) = (counted IS NULL) AND (closed_at IS NULL) = (expected IS NULL)
           AND (closed_at IS NULL) = (closed_by IS NULL)),
    CHECK (closed_at IS NULL OR closed_at >= opened_at),
    CHECK ((signed_off_at IS NULL) = (signed_off_by IS NULL)),
    CHECK (signed_off_at IS NULL OR (closed_at IS NOT NULL AND sign_off_reason IS NOT NULL))
);
-- One open shift per counter, whatever two clients do at once.
CREATE UNIQUE INDEX cash_shift_one_open_idx ON cash_shift (terminal_id) WHERE closed_at IS NULL;
CREATE INDEX cash_shift_opened_idx ON cash_shift (opened_at);

-- Cash put into (paid_in: more change) or taken out of (paid_out: a
-- supplier paid, a banking drop) the drawer during a shift.
CREATE TABLE cash_movement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shift_id    bigint NOT NULL REFERENCES cash_shift,
    kind        text NOT NULL CHECK (kind IN ('paid_in', 'paid_out')),
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason      text NOT NULL CHECK (reason ~ '\S' AND length(reason) <= 500),
    actor       text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cash_movement_shift_idx ON cash_movement (shift_id);

-- Every X report printed or shown, and the one Z report of a closed shift,
-- with the figures as they were then.
CREATE TABLE cash_report (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shift_id    bigint NOT NULL REFERENCES cash_shift,
    kind        text NOT NULL CHECK (kind IN ('X', 'Z')),
    figures     jsonb NOT NULL,
    actor       text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX cash_report_one_z_idx ON cash_report (shift_id) WHERE kind = 'Z';
CREATE INDEX cash_report_shift_idx ON cash_report (shift_id);

-- Whether a cash payment needs an open shift at its counter (trigger
-- payment_needs_shift, functions/cashoffice.sql). Off until the venue turns
-- it on: one row.
CREATE TABLE cash_office_setting (
    id                  boolean PRIMARY KEY DEFAULT true CHECK (id),
    cash_needs_shift    boolean NOT NULL DEFAULT false
);
INSERT INTO cash_office_setting DEFAULT VALUES;

-- Staff read; only the functions write. History is never changed.
REVOKE ALL ON TABLE cash_shift, cash_movement, cash_report, cash_office_setting FROM PUBLIC;
GRANT SELECT ON cash_shift, cash_movement, cash_report, cash_office_setting TO boxoffice_clerk;
