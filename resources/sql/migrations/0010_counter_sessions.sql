-- Who did it (issue 9): a counter is a device, a sign-in opens a counter
-- session, and the database, not the caller, says which counter and which
-- clerk act. Shows get a sales window.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Each installation's own random id, kept in its settings; the name is only
-- a label a manager may change. Null for counters registered before (they
-- get one when their device registers again under the same name: see
-- register_counter in resources/sql/functions/counter.sql).
ALTER TABLE terminal ADD COLUMN device_id uuid UNIQUE;

-- A clerk reads the counters' names (the seat map names who holds a seat),
-- never their device ids: whoever knows a device id could present it.
REVOKE SELECT ON terminal FROM boxoffice_clerk;
GRANT SELECT (id, name, created_at, last_seen, clerk_id, last_beat, signed_off) ON terminal TO boxoffice_clerk;

-- One row per sign-in at a counter. Open while closed_at is null; last_seen
-- is refreshed by the heartbeat, so a session whose app died goes stale and
-- may be taken over (open_counter_session) or closed by a supervisor.
-- login is the database login that opened it (session_user); staff_id its
-- staff account, null for the owner/service account.
CREATE TABLE counter_session (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id   integer NOT NULL REFERENCES terminal,
    staff_id      integer REFERENCES staff,
    login         text NOT NULL,
    instance      uuid NOT NULL,
    opened_at     timestamptz NOT NULL DEFAULT now(),
    last_seen     timestamptz NOT NULL DEFAULT now(),
    closed_at     timestamptz,
    closed_by     text,
    close_reason  text,
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
-- At most one open session per counter...
CREATE UNIQUE INDEX counter_session_one_per_terminal ON counter_session (terminal_id) WHERE closed_at IS NULL;
-- ...and a staff login acts for exactly one counter. (The owner/service
-- account is not a staff login: it may keep sessions at several counters,
-- one per counter, e.g. the tests and the load bench.)
CREATE UNIQUE INDEX counter_session_one_per_login ON counter_session (login)
    WHERE closed_at IS NULL AND staff_id IS NOT NULL;
CREATE INDEX counter_session_opened_idx ON counter_session (opened_at);

REVOKE ALL ON TABLE counter_session FROM PUBLIC;
GRANT SELECT ON counter_session TO boxoffice_supervisor;

-- The sales window of a show: holds and sales are refused outside it. Null
-- means the default: open from the start (creation), closing 2 hours after
-- the show starts. Set per show by the back office.
ALTER TABLE show
    ADD COLUMN sales_open_at timestamptz,
    ADD COLUMN sales_close_at timestamptz,
    ADD CHECK (sales_open_at IS NULL OR sales_close_at IS NULL OR sales_open_at < sales_close_at);

-- Reports and the cash reconciliation pick sales by when they were paid.
CREATE INDEX orders_paid_at_idx ON orders (paid_at) WHERE paid_at IS NOT NULL;
