-- A price change reaches the open counters at once (issue 11): every
-- committed change of a show's prices (show_price, by set_show_price,
-- copy_show_prices, a new show or anything else that writes the table)
-- sends NOTIFY boxoffice_control {"action": "prices", "show": id}. The
-- counters' seat feed passes it on and a counter with that show open reads
-- the show's prices again (CounterDesk, VenueLayout::loadZones): the map's
-- legend and the cart show the new price without reopening the show. The
-- sale itself always charges the database's current price (sale.sql).
--
-- A trigger, so that no price function has to remember it. One row's
-- notification per row changed: PostgreSQL sends identical payloads of one
-- transaction once, so a copy of ten prices is one message per show.
--
-- A function file, not a migration (docs/SQL.md): re-run as a whole whenever
-- it changes, so every statement here must be safe to run again.

SET LOCAL search_path = boxoffice, pg_catalog;

CREATE OR REPLACE FUNCTION notify_show_prices() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = boxoffice, pg_catalog, pg_temp AS $$
DECLARE
    v_show integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        v_show := OLD.show_id;
    ELSE
        v_show := NEW.show_id;
    END IF;
    -- An UPDATE that changed nothing (a price set to what it was) is no news.
    IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('boxoffice_control', jsonb_build_object('action', 'prices', 'show', v_show)::text);
    IF TG_OP = 'UPDATE' AND OLD.show_id IS DISTINCT FROM NEW.show_id THEN
        PERFORM pg_notify('boxoffice_control', jsonb_build_object('action', 'prices', 'show', OLD.show_id)::text);
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION notify_show_prices() FROM PUBLIC, boxoffice_clerk, boxoffice_supervisor, boxoffice_manager;

CREATE OR REPLACE TRIGGER show_price_notify
    AFTER INSERT OR UPDATE OR DELETE ON show_price
    FOR EACH ROW EXECUTE FUNCTION notify_show_prices();
