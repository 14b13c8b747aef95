-- Staff roles enforced by the database. Three group roles (NOLOGIN):
--   boxoffice_clerk       sells at a counter: executes the sale functions and
--                         reads what the counter shows, nothing else;
--   boxoffice_supervisor  a clerk who also reads the health figures, reports
--                         and the audit log;
--   boxoffice_manager     a supervisor who may also use the emergency controls
--                         and manage staff passwords.
-- Each staff account may have a login role of the same name, member of the
-- group of its staff role (set_staff_login below). Tables belong to the owner
-- that runs the migrations; nobody else may write them directly. Every
-- function runs as its owner (SECURITY DEFINER, with a fixed search_path)
-- and EXECUTE is granted per group, never to PUBLIC.
SET LOCAL search_path = boxoffice, pg_catalog;

-- Roles are global to the server: another box-office database on the same
-- server may have made them already (or be making them right now).
DO $$
DECLARE
    v_role text;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['boxoffice_clerk', 'boxoffice_supervisor', 'boxoffice_manager'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END $$;
GRANT boxoffice_clerk TO boxoffice_supervisor;
GRANT boxoffice_supervisor TO boxoffice_manager;

-- Functions made from now on are not executable by PUBLIC: each migration
-- grants EXECUTE to the group that needs it.
ALTER DEFAULT PRIVILEGES IN SCHEMA boxoffice REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
