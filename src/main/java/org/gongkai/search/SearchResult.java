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

    /**
     * A document hit, or a service guide's ({@link DocumentSearch#guides}): then {@code id} is the item's index key,
     * {@code indexNumber} the item's code, {@code publisher} its implementing unit and {@code guide} its key facts.
     */
    public record Hit(long id, String indexNumber, String title, String titleHtml, String publisher,
            String publisherCode, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
            String category, String genre, String validity, String url, String snippet, GuideFacts guide) {

        public Hit(long id, String indexNumber, String title, String titleHtml, String publisher,
                String publisherCode, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, String topic,
                String category, String genre, String validity, String url, String snippet) {
            this(id, indexNumber, title, titleHtml, publisher, publisherCode, documentNumber, writtenOn, publishedOn,
                    topic, category, genre, validity, url, snippet, null);
        }
    }

    /**
     * The key facts of a service guide (办事指南) that answer a caller at once: its code, 即办件 or 承诺件, the promised
     * limit in words ({@code 5个工作日}, {@code 即办}), where and when it is handled, the consultation phone, the
     * guide's portal page.
     */
    public record GuideFacts(String code, String kind, String promisedLimit, String place, String hours, String phone,
            String url) {}

    /** {@code value} is what the filter takes, {@code label} what people read (a unit's name for its code). */
    public record FacetValue(String value, String label, long count) {}

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(0, query.page(), query.size(), List.of(), Map.of());
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_PAGE);
    }
}
