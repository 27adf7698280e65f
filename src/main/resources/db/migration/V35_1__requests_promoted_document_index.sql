-- The 主动公开 document an answered request was turned into (Art. 44): indexed like every other *_id column, so
-- "which request did this document come from" is a lookup, not a scan (LookupIndexesTest).
CREATE INDEX requests_request_promoted_document_idx ON requests_request (promoted_document_id);
