-- 好差评 rectification details and KPI indexes (issue #11, p11kpis). Amends V41_1 (shipped, not edited).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Who did each step of a rectification, the call-back note and the appeal's filing (the decision is in V41_1).
ALTER TABLE services_rectification ADD COLUMN verified_by VARCHAR(100);
ALTER TABLE services_rectification ADD COLUMN measures VARCHAR(4000);
ALTER TABLE services_rectification ADD COLUMN callback_note VARCHAR(2000);
ALTER TABLE services_rectification ADD COLUMN closed_by VARCHAR(100);
ALTER TABLE services_rectification ADD COLUMN appealed_on DATE;
ALTER TABLE services_rectification ADD COLUMN appealed_by VARCHAR(100);
ALTER TABLE services_rectification ADD COLUMN appeal_note VARCHAR(2000);

-- The queue reads open rectifications by due date; the public list reads closed ones by closing date.
CREATE INDEX services_rectification_due ON services_rectification (status, respond_due);
CREATE INDEX services_rectification_closed ON services_rectification (published, closed_on);
-- KPI drill-down and county-wide ratings read ratings by date without a unit.
CREATE INDEX services_rating_rated ON services_rating (rated_on);
-- County-wide KPIs read cases by date without a unit (the V41_1 indexes lead with unit_id).
CREATE INDEX services_case_accepted ON services_case (accepted_on);
CREATE INDEX services_case_completed ON services_case (completed_on);
