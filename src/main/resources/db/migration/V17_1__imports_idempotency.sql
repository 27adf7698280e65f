-- Idempotency keys of imports (issue #8 class 7): per actor and endpoint, with the body's hash and the first result.
CREATE TABLE imports_idempotency (
    actor      VARCHAR(100) NOT NULL,
    endpoint   VARCHAR(200) NOT NULL,
    idem_key   VARCHAR(200) NOT NULL,
    body_hash  VARCHAR(128) NOT NULL,
    result     TEXT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor, endpoint, idem_key)
);

CREATE INDEX imports_idempotency_expiry ON imports_idempotency (expires_at);

-- A document number (文号) is unique per publisher unless a row says it is a new version: looked up per import row.
CREATE INDEX ix_catalogue_document_number ON catalogue_document (unit_id, document_number);
