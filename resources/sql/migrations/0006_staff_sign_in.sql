-- Staff sign-in: passwords are hashed by the client with PBKDF2 (Qt's
-- QPasswordDigestor) and only the hash is stored; repeated failures lock
-- the account for a while. (The functions are in
-- resources/sql/functions/admin.sql.)
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE staff ADD COLUMN password_changed_at timestamptz;

