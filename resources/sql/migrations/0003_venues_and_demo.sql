-- Version 3 made venue generation, show creation and the demo stadium, all
-- functions: they live in resources/sql/functions/admin.sql now
-- (docs/SQL.md). The version stays so that old and new databases agree.
SET LOCAL search_path = boxoffice, pg_catalog;
