-- Service case numbers (issue #11): BJ + the day of receipt (yyyyMMdd) + the day's serial, taken from one counter
-- row per day under its row lock (the historical import reserves a whole day's block at once).
CREATE TABLE services_case_counter (
    case_day   DATE NOT NULL PRIMARY KEY,
    last_value INT  NOT NULL
);

-- The sweeper's and the queues' reading of open cases by due date, county-wide.
CREATE INDEX services_case_status_due ON services_case (status, due_on);
