package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/** A document in the form the index needs (publisher by credit code; body text includes attachment text). */
record IndexedDocument(long id, String indexNumber, String title, String summary, String body,
        String publisherCode, String publisherName, String documentNumber, LocalDate writtenOn,
        LocalDate publishedOn, String topic, String category, String genre, List<String> keywords,
        String validity, String url) {

    IndexedDocument {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
