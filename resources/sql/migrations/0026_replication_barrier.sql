-- A replication barrier (issue 14; replication_barrier() in
-- functions/monitoring.sql): every new connection of the app first commits
-- a transaction that writes to this table, so that what the connection then
-- reads is on a synchronous standby too. A transaction that only takes an
-- id (pg_current_xact_id()) writes no WAL of its own and commits without
-- waiting for the standby (RecordTransactionCommit waits only when the
-- transaction wrote WAL), so it is no barrier.
--
-- 64 slots: a barrier locks one that no other barrier holds (SKIP LOCKED),
-- so that the counters reconnecting at once after a failover do not queue
-- behind one another's wait for the standby (one row made them wait in
-- turn, and past lock_timeout, 5 s, start again). The counts are only for
-- looking at.
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE TABLE replication_barrier (
    slot        smallint PRIMARY KEY,
    passes      bigint NOT NULL DEFAULT 0,
    last_pass   timestamptz
);
INSERT INTO replication_barrier (slot) SELECT generate_series(1, 64);
