-- Issue #15: the reason an inspection finding needs no task (不需督办) and who decided it. Valid on H2 (PostgreSQL
-- mode) and PostgreSQL 15.
ALTER TABLE supervision_finding ADD COLUMN dismissed_reason VARCHAR(500);
ALTER TABLE supervision_finding ADD COLUMN dismissed_by VARCHAR(100);
