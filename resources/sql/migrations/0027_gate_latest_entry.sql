-- The gate's latest entry (issue 13, from a user's try): ALREADY_ADMITTED
-- names the latest entry of a ticket's seat (a re-entry after a pass-out,
-- or an offline gate's entry uploaded later), read from the scan log
-- through the seat's tickets (a replaced ticket's scans count too), and an
-- offline upload that finds a later offline admission of the same seat
-- makes its own, earlier, scan the admission (admit_ticket and
-- upload_offline_admissions in functions/gate.sql). Both look tickets up by
-- their seat row and scans by their ticket: ticket_current_idx covers only
-- the current ticket of a seat, and the scan log had no index by ticket.
SET LOCAL search_path = boxoffice, pg_catalog;

CREATE INDEX ticket_order_seat_idx ON ticket (order_seat_id);
CREATE INDEX admission_scan_ticket_idx ON admission_scan (ticket_id, at) WHERE ticket_id IS NOT NULL;
