-- Several instances (issue #13): every change of a calendar year bumps its revision, so an instance sees that the
-- calendar changed (SUM of revisions) even when the changing instance's clock is behind its own; MAX(updated_at)
-- missed such an edit.

ALTER TABLE calendar_year ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
