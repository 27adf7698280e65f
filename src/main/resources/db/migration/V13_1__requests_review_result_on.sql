-- When a reconsideration or lawsuit's result became known, so that the annual report's table 四 can count each
-- review "by result as known at the year's end". NULL with a final result: known since it was recorded.
ALTER TABLE requests_review ADD COLUMN result_on DATE;
