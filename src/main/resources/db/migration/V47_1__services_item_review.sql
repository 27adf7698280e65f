-- Item editing with review (issue #11): the reviewer's note (the reason of a rejection) beside the author's note.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE services_item_version ADD COLUMN review_note VARCHAR(1000);
