package org.gongkai.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a citizen (or an API client) asks for. Any {@code text} is acceptable: it is analysed, never parsed as
 * query syntax. Filters are exact values as offered by the facets; {@code unit} is the publisher's unified
 * social credit code, {@code topic} a first-level class or {@code 一级\二级}; {@code scope} one of {@link #SCOPES}
 * (本县文件: the county's own units; 法律法规: external issuers), anything else is no filter.
 */
public record SearchQuery(String text, String unit, String topic, String category, Integer year, String validity,
        String genre, String scope, Sort sort, int page, int size) {

    /** The scope filter's values and what people read (issue #10). */
    public static final Map<String, String> SCOPES = scopes();
    public static final String LOCAL = "local";
    public static final String LAWS = "laws";

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
        scope = SCOPES.containsKey(blankToNull(scope)) ? blankToNull(scope) : null;
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.min(Math.max(page, 1), MAX_PAGE);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** Without the scope filter. */
    public SearchQuery(String text, String unit, String topic, String category, Integer year, String validity,
            String genre, Sort sort, int page, int size) {
        this(text, unit, topic, category, year, validity, genre, null, sort, page, size);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchQuery withSort(Sort newSort) {
        return new SearchQuery(text, unit, topic, category, year, validity, genre, scope, newSort, page, size);
    }

    /**
     * Whether service guides (办事指南) are shown beside the documents for this query (decision 032): it has text, is on
     * its first page and has no filter that only documents have (the implementing unit and 本县文件 apply to guides).
     */
    public boolean asksGuides() {
        return !text.isBlank() && page == 1 && topic == null && category == null && year == null && validity == null
                && genre == null && !LAWS.equals(scope);
    }

    /** The query for the first {@code count} guides beside this one's documents. */
    public SearchQuery forGuides(int count) {
        return new SearchQuery(text, unit, null, null, null, null, null, null, Sort.RELEVANCE, 1, count);
    }

    public boolean hasFilters() {
        return unit != null || topic != null || category != null || year != null || validity != null || genre != null
                || scope != null;
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("local", "本县文件");
        scopes.put("laws", "法律法规");
        return java.util.Collections.unmodifiableMap(scopes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
