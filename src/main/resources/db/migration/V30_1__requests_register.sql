-- The public register of answered requests (#10): the applicant's consent to publication, recorded on the request
-- (default no); the access code SM4-encrypted so the receipt message can carry it; the 主动公开 draft an answer was
-- turned into (条例 Art. 44); the register switch per unit (absent row = on); per-unit statistics computed daily.

ALTER TABLE requests_request ADD COLUMN publish_consent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE requests_request ADD COLUMN access_code_enc TEXT;
ALTER TABLE requests_request ADD COLUMN promoted_document_id BIGINT;
-- The question as the register shows and searches it (personal data masked at intake); NULL for older requests.
ALTER TABLE requests_request ADD COLUMN public_description TEXT;
CREATE INDEX requests_request_register ON requests_request (publish_consent, decided_on);

CREATE TABLE requests_register_unit (
    unit_id    BIGINT       NOT NULL PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Computed by the daily statistics job (RegisterStatisticsJob); replaced as a whole each run.
CREATE TABLE requests_register_unit_stats (
    unit_id     BIGINT NOT NULL PRIMARY KEY,
    received    INT    NOT NULL,
    answered    INT    NOT NULL,
    on_time     INT    NOT NULL,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE requests_register_decision_stats (
    unit_id       BIGINT      NOT NULL,
    decision_code VARCHAR(48) NOT NULL,
    requests      INT         NOT NULL,
    PRIMARY KEY (unit_id, decision_code)
);
