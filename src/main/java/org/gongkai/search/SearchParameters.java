package org.gongkai.search;

import java.util.Map;
import org.gongkai.common.GongkaiException;

/**
 * Request parameters ({@code q, unit, topic, category, year, validity, genre, scope, sort, page, size}) to a
 * {@link SearchQuery}: strictly for the API (a malformed number or sort is a field error; the text never is),
 * leniently for the portal page (malformed values are ignored).
 */
public final class SearchParameters {

    private SearchParameters() {}

    public static SearchQuery strict(Map<String, String> p) {
        return new SearchQuery(p.get("q"), p.get("unit"), p.get("topic"), p.get("category"),
                number(p, "year", 1949, 2999, "年份应为四位数字，例如 2024"), p.get("validity"), p.get("genre"),
                scope(p.get("scope")), sort(p.get("sort"), true), orZero(number(p, "page", 1, Integer.MAX_VALUE, "页码应为正整数")),
                orZero(number(p, "size", 1, SearchQuery.MAX_SIZE, "每页条数应为 1 至 " + SearchQuery.MAX_SIZE + " 的整数")));
    }

    public static SearchQuery lenient(Map<String, String> p) {
        Integer year = lenientNumber(p.get("year"));
        return new SearchQuery(p.get("q"), p.get("unit"), p.get("topic"), p.get("category"),
                year != null && year >= 1949 && year <= 2999 ? year : null, p.get("validity"), p.get("genre"),
                p.get("scope"), sort(p.get("sort"), false), orZero(lenientNumber(p.get("page"))), SearchQuery.DEFAULT_SIZE);
    }

    /** The scope filter, strictly: empty, {@code local} or {@code laws}. */
    private static String scope(String value) {
        if (value == null || value.isBlank() || SearchQuery.SCOPES.containsKey(value.strip())) {
            return value;
        }
        throw GongkaiException.invalid("scope", "范围应为 local（本县文件）或 laws（法律法规）");
    }

    private static SearchQuery.Sort sort(String value, boolean strict) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("relevance")) {
            return SearchQuery.Sort.RELEVANCE;
        }
        if (value.equalsIgnoreCase("date")) {
            return SearchQuery.Sort.DATE;
        }
        if (strict) {
            throw GongkaiException.invalid("sort", "排序方式应为 relevance（相关度）或 date（发布日期）");
        }
        return SearchQuery.Sort.RELEVANCE;
    }

    private static Integer number(Map<String, String> p, String name, int min, int max, String message) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Integer n = lenientNumber(value);
        if (n == null || n < min || n > max) {
            throw GongkaiException.invalid(name, message);
        }
        return n;
    }

    private static Integer lenientNumber(String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
