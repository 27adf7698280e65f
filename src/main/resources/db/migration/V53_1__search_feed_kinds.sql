-- The index feed carries a record kind (issue #11, decision 032): DOCUMENT rows name a catalogue document, SERVICE_ITEM
-- rows a service item (document_id then holds the item's id). Rows written before are documents.
ALTER TABLE search_index_feed ADD COLUMN kind VARCHAR(16) DEFAULT 'DOCUMENT' NOT NULL;
