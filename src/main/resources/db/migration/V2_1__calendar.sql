-- Calendar module: official public holidays and adjusted working days (调休). calendar_year says which
-- years' arrangements are known; a deadline that runs through a year without data is provisional.
-- calendar_day.notice_year is the year of the State Council notice the day came from (the 2019 notice
-- also fixes 2018-12-29), so that a year's notice can be viewed and replaced as a whole.
-- "year" and "day" are quoted: they are keywords in H2 (quoted lower-case names work the same in PostgreSQL).

CREATE TABLE calendar_year (
    "year"     INT          NOT NULL PRIMARY KEY,
    has_data   BOOLEAN      NOT NULL,
    source     VARCHAR(300) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_day (
    "day"       DATE        NOT NULL PRIMARY KEY,
    off_day     BOOLEAN     NOT NULL,
    name        VARCHAR(50) NOT NULL,
    notice_year INT         NOT NULL
);
CREATE INDEX calendar_day_notice_year_ix ON calendar_day (notice_year);
