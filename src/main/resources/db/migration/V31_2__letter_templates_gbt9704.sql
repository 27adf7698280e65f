-- The shipped letter templates were rewritten (#10: addressing by applicant type, unit contact, named
-- reconsideration body and court). Templates an administrator never changed are dropped here so that the
-- seeder stores the new defaults on the next start; customised ones are kept as they are.
DELETE FROM requests_letter_template WHERE customised = FALSE;
