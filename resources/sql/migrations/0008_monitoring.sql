-- Health monitoring. Every counter sends a heartbeat (terminal_heartbeat):
-- it is seen, who is signed in there, and what its engine did since the last
-- beat, added into a per-minute bucket — so a supervisor on another machine
-- sees every counter. health_findings() names what is wrong (orphaned
-- bookings, stale locks, a counter tripping the duplicate guards, counters
-- gone silent, jobs failing or late); dashboard_figures() gives the
-- supervisor's dashboard its figures in one round trip. (Those functions, and
-- run_job's purge of old activity, are in resources/sql/functions.)
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE terminal
    -- The clerk signed in at this counter (as of its last beat).
    ADD COLUMN clerk_id integer REFERENCES staff ON DELETE SET NULL,
    -- The id of the last beat applied: a beat sent again after a lost reply
    -- is recognised and not counted twice. Not null once the counter has
    -- sent a heartbeat: only such counters can be "offline".
    ADD COLUMN last_beat uuid,
    -- The counter said goodbye (the app closed): silent, but not offline.
    ADD COLUMN signed_off boolean NOT NULL DEFAULT false;

-- What each counter's engine did, minute by minute (deltas from its
-- heartbeats, added up). Purged by the deep cleanup after 7 days.
CREATE TABLE terminal_activity (
    terminal_id   integer NOT NULL REFERENCES terminal ON DELETE CASCADE,
    minute        timestamptz NOT NULL,
    holds         integer NOT NULL DEFAULT 0 CHECK (holds >= 0),
    sells         integer NOT NULL DEFAULT 0 CHECK (sells >= 0),
    conflicts     integer NOT NULL DEFAULT 0 CHECK (conflicts >= 0),
    dup_level1    integer NOT NULL DEFAULT 0 CHECK (dup_level1 >= 0),
    dup_level2    integer NOT NULL DEFAULT 0 CHECK (dup_level2 >= 0),
    dup_level3    integer NOT NULL DEFAULT 0 CHECK (dup_level3 >= 0),
    dup_level4    integer NOT NULL DEFAULT 0 CHECK (dup_level4 >= 0),
    rate_limited  integer NOT NULL DEFAULT 0 CHECK (rate_limited >= 0),
    errors        integer NOT NULL DEFAULT 0 CHECK (errors >= 0),
    PRIMARY KEY (terminal_id, minute)
);
CREATE INDEX terminal_activity_minute_idx ON terminal_activity (minute);
GRANT SELECT ON terminal_activity TO boxoffice_supervisor;

