-- Services desk (issue #11): who checked the materials and when (the one-time notice is dated by it), and who asked
-- for a parallel opinion with which limit. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE services_case_material ADD COLUMN checked_on DATE;
ALTER TABLE services_case_material ADD COLUMN checked_by VARCHAR(100);
ALTER TABLE services_opinion ADD COLUMN limit_days INT;
ALTER TABLE services_opinion ADD COLUMN requested_by VARCHAR(100);
