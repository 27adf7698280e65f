-- Letters in 公文 form (#10): what a unit's letters need beyond the disclosure office's details.
-- contact_person: the contact named in letters (with office_phone / office_address);
-- letter_number_prefix: the unit's 机关代字 for the 文号 line (e.g. 示自然资依复 → 示自然资依复〔2026〕12号), none = no 文号;
-- reconsideration_body / litigation_court: override the derived 行政复议机关 and 人民法院 (blank = derived).
ALTER TABLE org_unit ADD COLUMN contact_person VARCHAR(50);
ALTER TABLE org_unit ADD COLUMN letter_number_prefix VARCHAR(30);
ALTER TABLE org_unit ADD COLUMN reconsideration_body VARCHAR(200);
ALTER TABLE org_unit ADD COLUMN litigation_court VARCHAR(200);
