-- Gate stations (issue 13): so that a supervisor learns that a gate went
-- offline, every open gate station says it is alive every 30 seconds for
-- the show it admits to (gate_station_ping in functions/gate.sql), and that
-- it closed when door staff close it. health_findings reports a station
-- that stopped without closing (gates_offline). A ping, not the scan log: a
-- gate where nobody arrives for ten minutes is quiet, not offline.
--
-- One row per show and gate name: the gate's name is what the door staff
-- and the figures know it by (two PCs given the same name are one gate).
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE gate_station (
    show_id     integer NOT NULL REFERENCES show,
    gate        text NOT NULL,
    login       text NOT NULL DEFAULT session_user,
    staff_id    integer REFERENCES staff,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    last_seen   timestamptz NOT NULL DEFAULT now(),
    -- Closed properly (the window was closed): not watched until it pings again.
    closed_at   timestamptz,
    PRIMARY KEY (show_id, gate)
);

-- A supervisor reads the gate's tables like the other figures.
GRANT SELECT ON gate_station TO boxoffice_supervisor;

-- The health check's refusal spike reads the scans of the last minutes at
-- every gate, whatever the show (a gate set to next week's show by mistake
-- refuses tonight's tickets as WRONG_DAY, and that is worth seeing).
CREATE INDEX admission_scan_at_idx ON admission_scan (at);
