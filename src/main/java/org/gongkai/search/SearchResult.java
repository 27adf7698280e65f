package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code titleHtml} and {@code snippet} are HTML-escaped text in which the matched words
 * are wrapped in {@code <mark>}; everything else is plain text. Facets are counted over the whole result set,
 * per dimension ({@link #FACET_DIMENSIONS}), most frequent first.
 */
public record SearchResult(long total, int page, int size, List<Hit> items, Map<String, List<FacetValue>> facets) {

    public static final List<String> FACET_DIMENSIONS = List.of("scope", "unit", "topic", "category", "year", "genre",
            "validity");

    public record Hit(long id, String indexNumber, String title, String titleHtml, String publisher,
            String publisherCode, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
            String category, String genre, String validity, String url, String snippet) {}

    /** {@code value} is what the filter takes, {@code label} what people read (a unit's name for its code). */
    public record FacetValue(String value, String label, long count) {}

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(0, query.page(), query.size(), List.of(), Map.of());
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_PAGE);
    }
}
