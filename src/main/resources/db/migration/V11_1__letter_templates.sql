-- Letter templates of disclosure requests (告知书 and notices), editable by the system administrator.
-- Seeded from classpath requests/letters/templates/<KEY>.txt on first start; "customised" is false while the
-- shipped default is in use.
CREATE TABLE requests_letter_template (
    template_key VARCHAR(40) PRIMARY KEY,
    body         TEXT NOT NULL,
    customised   BOOLEAN NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)
);
