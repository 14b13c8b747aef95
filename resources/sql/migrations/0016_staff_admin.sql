-- Staff management (issue 11): a manager adds staff, changes roles,
-- deactivates, resets passwords and unlocks accounts through the functions of
-- resources/sql/functions/staff.sql. A new account and a reset password must
-- be changed by the staff member at the next sign-in.
SET LOCAL search_path = boxoffice, pg_catalog;

ALTER TABLE staff ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
