-- Every show time, "today", report day and printed date is in the venue's
-- time zone (an IANA name, read by the client with QTimeZone), never in the
-- zone of the PC that shows it. The demo stadium is in Bangkok.
SET LOCAL search_path = boxoffice, pg_catalog;

-- The check lets PostgreSQL refuse a zone it does not know (it uses the same
-- IANA database as the clients).
ALTER TABLE venue
    ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Bangkok'
        CHECK ((timestamptz '2000-01-01 00:00+00' AT TIME ZONE time_zone) IS NOT NULL);
