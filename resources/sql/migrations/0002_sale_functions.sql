-- Version 2 made the sale engine's functions. Functions are not migrations
-- any more: they live, each once, in resources/sql/functions/sale.sql,
-- applied after the migrations whenever that file changes (docs/SQL.md).
-- The version stays so that databases that recorded it and new ones agree.
SET LOCAL search_path = boxoffice, pg_catalog;
