-- Issue #12: three columns of V45_1 that nothing ever wrote. The ledger (hotline_event) already holds what they
-- were meant to cache: approved extensions (EXTENDED, days), the unit's reason (EXTENSION_REQUESTED, detail) and the
-- moment of the reply (REPLIED, at); the pending request's days stay in extension_requested.
ALTER TABLE hotline_ticket DROP COLUMN extension_days;
ALTER TABLE hotline_ticket DROP COLUMN extension_reason;
ALTER TABLE hotline_ticket DROP COLUMN replied_at;
