package org.gongkai.search;

/**
 * What a citizen (or an API client) asks for. Any {@code text} is acceptable: it is analysed, never parsed as
 * query syntax. Filters are exact values as offered by the facets; {@code unit} is the publisher's unified
 * social credit code, {@code topic} a first-level class or {@code 一级\二级}.
 */
public record SearchQuery(String text, String unit, String topic, String category, Integer year, String validity,
        String genre, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** Deep pages are refused silently (the last reachable page is shown): nobody reads page 1,000. */
    public static final int MAX_PAGE = 100;

    public enum Sort {
        RELEVANCE,
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text;
        unit = blankToNull(unit);
        topic = blankToNull(topic);
        category = blankToNull(category);
        validity = blankToNull(validity);
        genre = blankToNull(genre);
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.min(Math.max(page, 1), MAX_PAGE);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchQuery withSort(Sort newSort) {
        return new SearchQuery(text, unit, topic, category, year, validity, genre, newSort, page, size);
    }

    public boolean hasFilters() {
        return unit != null || topic != null || category != null || year != null || validity != null || genre != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
