-- Why a document was returned to its editor (退回理由): set by the workflow's RETURN, cleared when it is submitted
-- again; shown on the catalogue's document page and to another module's officer whose draft it is (a trading notice).
ALTER TABLE catalogue_document ADD COLUMN returned_reason VARCHAR(1000);
