-- Staff roles enforced by the database. Three group roles (NOLOGIN):
--   boxoffice_clerk       sells at a counter: executes the sale functions and
--                         reads what the counter shows, nothing else;
--   boxoffice_supervisor  a clerk who also reads the health figures, reports
--                         and the audit log;
--   boxoffice_manager     a supervisor who may also use the emergency controls
--                         and manage staff passwords.
-- Each staff account may have a login role of the same name, member of the
-- group of its staff role (set_staff_login, resources/sql/functions/admin.sql).
-- Tables belong to the owner that runs the migrations; nobody else may write
-- them directly. Every function a group may call runs as its owner (SECURITY
-- DEFINER, with a fixed search_path) and EXECUTE is granted per group, never
-- to PUBLIC: written beside each function in resources/sql/functions.
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

-- Functions the owner makes from now on are not executable by PUBLIC: each
-- function file grants EXECUTE to the group that needs it. (A per-schema
-- default cannot take away the global one, hence no IN SCHEMA.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The audit log records the database login that really made each change,
-- next to the actor the application names (which a caller could make up).
-- (Inside the SECURITY DEFINER functions current_user is the owner, so the
-- actor's default becomes the login too.)
ALTER TABLE audit_log ADD COLUMN db_user text NOT NULL DEFAULT session_user;
ALTER TABLE audit_log ALTER COLUMN actor SET DEFAULT session_user;

-- Privileges. Nothing of the schema is PUBLIC's; the groups get exactly what
-- they need.
REVOKE ALL ON SCHEMA boxoffice FROM PUBLIC;
GRANT USAGE ON SCHEMA boxoffice TO boxoffice_clerk;
REVOKE ALL ON ALL TABLES IN SCHEMA boxoffice FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA boxoffice FROM PUBLIC;

-- What the counter shows. Staff password hashes and lock-outs are not in it.
GRANT SELECT ON venue, zone, seat, show, show_seat, terminal, orders, order_seat TO boxoffice_clerk;
GRANT SELECT (id, username, display_name, role, active) ON staff TO boxoffice_clerk;
-- What a supervisor watches.
GRANT SELECT ON audit_log, job_run TO boxoffice_supervisor;
