-- Documents another module's officer wrote through the catalogue's ModuleDrafts port (issue #14: a trading notice
-- written by a trading officer). The role the officer held is recorded, so only a holder of that role may correct and
-- resubmit the draft after a return; review, sign-off and publication follow the catalogue's own roles.
CREATE TABLE catalogue_module_draft (
    document_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES catalogue_document (id),
    authority    VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
