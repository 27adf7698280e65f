-- Lookup indexes (issue #13): every column a query looks up or joins on leads an index (LookupIndexesTest reads
-- the schema through JDBC metadata on H2 and PostgreSQL and fails otherwise). PostgreSQL does not index the
-- referencing column of a foreign key by itself (H2 does, so on H2 a few of these duplicate H2's own index).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- the documents interpreting a document (解读): read for every document page and every indexing; without it each
-- read scanned the whole table
CREATE INDEX ix_catalogue_document_interprets ON catalogue_document (interprets_id);

-- 文号 per publisher, now led by the number: the import checks a batch's numbers with one IN list, and the editor's
-- (unit_id, document_number) lookup uses it as well; unit_id alone is served by ix_catalogue_document_unit
DROP INDEX ix_catalogue_document_number;
CREATE INDEX ix_catalogue_document_number ON catalogue_document (document_number, unit_id);

-- a request's notes, attachments, reviews and idempotency key (foreign keys, read per request)
CREATE INDEX requests_note_request ON requests_note (request_id);
CREATE INDEX requests_attachment_request ON requests_attachment (request_id);
CREATE INDEX requests_review_request ON requests_review (request_id);
CREATE INDEX requests_idempotency_request ON requests_idempotency (request_id);

-- the units of a region (foreign key)
CREATE INDEX org_unit_region_ix ON org_unit (region_id);
