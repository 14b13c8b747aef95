-- Offline gates, two gaps from a user's try (issue 13):
--
-- * Pass-out while offline. The admission list now says whether the show
--   allows pass-out and whether each admitted holder is inside; an offline
--   station records pass-outs and re-entries beside its admissions, and
--   upload_offline_admissions replays them in time order (functions/gate.sql).
--   No new column for that: a pass-out is a PASSED_OUT scan, a re-entry a
--   VALID one, as online.
-- * Who scanned offline. The station's file now says who was signed in at
--   each offline scan. The upload is still the uploader's (staff_id and
--   login come from the database session, as everywhere), and the station's
--   word on who scanned is kept beside it as reported text: a station that
--   crashed while offline is uploaded by whoever signs in next, and its
--   admissions must not read as theirs alone.
SET LOCAL search_path = boxoffice, pg_catalog;

-- The login the station reported as signed in when it scanned offline
-- (NULL: scanned online, or uploaded by a station that did not say).
ALTER TABLE admission ADD COLUMN reported_by text CHECK (length(reported_by) BETWEEN 1 AND 63);
ALTER TABLE admission_scan ADD COLUMN reported_by text CHECK (length(reported_by) BETWEEN 1 AND 63);
ALTER TABLE admission_duplicate ADD COLUMN reported_by text CHECK (length(reported_by) BETWEEN 1 AND 63);
