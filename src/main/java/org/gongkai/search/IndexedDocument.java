package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A record in the form the index needs: a published document (publisher by credit code; body text includes attachment
 * text) or a published service guide (办事指南, decision 032: the implementing unit as publisher, the item's code as
 * index number, the guide's conditions, materials, steps and legal basis as body, its key facts in {@code guide}).
 * {@code id} is the index key ({@link #key}): a document's id, or a service item's id negated, so both kinds share one
 * index and one feed without clashing. {@code local}: published by one of the county's own units, not by an external
 * issuer (issue #10, {@link SearchSemantics#SCOPES}).
 */
record IndexedDocument(long id, String indexNumber, String title, String summary, String body,
        String publisherCode, String publisherName, String documentNumber, LocalDate writtenOn,
        LocalDate publishedOn, String topic, String category, String genre, List<String> keywords,
        String validity, String url, boolean local, Kind kind, SearchResult.GuideFacts guide) {

    /** The record kinds of the index, with the value of its {@code f_kind} field. */
    enum Kind {
        DOCUMENT("document"),
        SERVICE_ITEM("service-item");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }
    }

    IndexedDocument {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        kind = kind == null ? Kind.DOCUMENT : kind;
    }

    /** A document, of one of the county's own units or not. */
    IndexedDocument(long id, String indexNumber, String title, String summary, String body, String publisherCode,
            String publisherName, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
            String category, String genre, List<String> keywords, String validity, String url, boolean local) {
        this(id, indexNumber, title, summary, body, publisherCode, publisherName, documentNumber, writtenOn,
                publishedOn, topic, category, genre, keywords, validity, url, local, Kind.DOCUMENT, null);
    }

    /** A document of one of the county's own units. */
    IndexedDocument(long id, String indexNumber, String title, String summary, String body, String publisherCode,
            String publisherName, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
            String category, String genre, List<String> keywords, String validity, String url) {
        this(id, indexNumber, title, summary, body, publisherCode, publisherName, documentNumber, writtenOn,
                publishedOn, topic, category, genre, keywords, validity, url, true);
    }

    /**
     * A service guide: {@code itemId} the item's id (the index key is its negation), {@code summary} the short text
     * shown under the name, {@code body} the rest of the guide's words.
     */
    static IndexedDocument guide(long itemId, String name, String summary, String body, String unitCode,
            String unitName, LocalDate publishedOn, List<String> keywords, SearchResult.GuideFacts facts) {
        return new IndexedDocument(key(Kind.SERVICE_ITEM, itemId), facts.code(), name, summary, body, unitCode,
                unitName, null, null, publishedOn, null, null, null, keywords, null, facts.url(), true,
                Kind.SERVICE_ITEM, facts);
    }

    /** The index key of a record: a document's id, a service item's id negated. */
    static long key(Kind kind, long recordId) {
        return kind == Kind.SERVICE_ITEM ? -recordId : recordId;
    }

    /** The kind of record an index key names. */
    static Kind kindOf(long key) {
        return key < 0 ? Kind.SERVICE_ITEM : Kind.DOCUMENT;
    }
}
