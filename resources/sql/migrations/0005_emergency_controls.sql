-- Version 5 made a manager's emergency controls, all functions: they live in
-- resources/sql/functions/emergency.sql now (docs/SQL.md). The version stays
-- so that old and new databases agree.
SET LOCAL search_path = boxoffice, pg_catalog;
