-- Venues imported from a file (issue 11, docs/VENUE-FORMAT.md): test venues
-- and seats taken out of a layout. The functions are in functions/venues.sql.
SET LOCAL search_path = boxoffice, pg_catalog;

-- A test venue (the generated benchmark arenas) exists for measurements
-- only: its shows are never in a clerk's show list.
ALTER TABLE venue ADD COLUMN is_test boolean NOT NULL DEFAULT false;
UPDATE venue SET is_test = true WHERE name IN ('Generated Arena 20k', 'Generated Arena 100k');

-- A seat a re-import took out of the layout. The row stays, because the
-- show_seat and order_seat rows of past sales refer to it; it gets no
-- show_seat rows in shows made after it was retired. A later import that
-- lists its label again brings it back (labels stay unique per venue).
ALTER TABLE seat ADD COLUMN retired_at timestamptz;
