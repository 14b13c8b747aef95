-- A replication barrier (issue 14; replication_barrier() in
-- functions/monitoring.sql): every new connection of the app first commits
-- a transaction that writes to this table, so that what the connection then
-- reads is on a synchronous standby too. A transaction that only takes an
-- id (pg_current_xact_id()) writes no WAL of its own and commits without
-- waiting for the standby (RecordTransactionCommit waits only when the
-- transaction wrote WAL), so it is no barrier.
--
-- One row: a connection's barrier holds its lock only while its commit
-- waits for the standby, and connections open rarely (at start, after a
-- loss). The count is only for looking at.
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE replication_barrier (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    passes      bigint NOT NULL DEFAULT 0,
    last_pass   timestamptz
);
INSERT INTO replication_barrier DEFAULT VALUES;
