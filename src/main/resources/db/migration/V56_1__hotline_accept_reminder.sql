-- Issue #12: a dispatch not accepted (签收) within its accept limit is reminded once (超时未签收提醒): the sweeper marks
-- the dispatch when it sends the reminder, so a redispatch to another unit is reminded afresh.
ALTER TABLE hotline_dispatch ADD COLUMN accept_reminded_at TIMESTAMP WITH TIME ZONE;
