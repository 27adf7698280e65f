-- Stored files (attachments). Bytes live under <data-dir>/files, content-addressed by SHA-256;
-- one row per upload (several rows may share the same bytes).
CREATE TABLE files_file (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    original_name VARCHAR(255)             NOT NULL,
    media_type    VARCHAR(255)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX files_file_sha256 ON files_file (sha256);
