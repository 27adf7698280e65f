package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A document in the form the index needs (publisher by credit code; body text includes attachment text). {@code local}:
 * published by one of the county's own units, not by an external issuer (issue #10, {@link SearchSemantics#SCOPES}).
 */
record IndexedDocument(long id, String indexNumber, String title, String summary, String body,
        String publisherCode, String publisherName, String documentNumber, LocalDate writtenOn,
        LocalDate publishedOn, String topic, String category, String genre, List<String> keywords,
        String validity, String url, boolean local) {

    IndexedDocument {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** A document of one of the county's own units. */
    IndexedDocument(long id, String indexNumber, String title, String summary, String body, String publisherCode,
            String publisherName, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
            String category, String genre, List<String> keywords, String validity, String url) {
        this(id, indexNumber, title, summary, body, publisherCode, publisherName, documentNumber, writtenOn,
                publishedOn, topic, category, genre, keywords, validity, url, true);
    }
}
