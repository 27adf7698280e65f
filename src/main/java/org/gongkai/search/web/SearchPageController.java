package org.gongkai.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.search.DocumentSearch;
import org.gongkai.search.SearchParameters;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.web.HotlineLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's search page: a plain GET form, facets and pages as links, works without JavaScript. Above the document
 * results, a 办事指南 block lists the best matching service guides with their key facts (decision 032).
 */
@Controller
class SearchPageController {

    static final Map<String, String> DIMENSION_LABELS = Map.of("scope", "文件范围", "unit", "发布机构", "topic", "主题分类",
            "category", "信息类别", "year", "发布年份", "genre", "体裁", "validity", "有效性");
    static final List<String> PARAMETERS = List.of("q", "unit", "topic", "category", "year", "validity", "genre",
            "scope", "sort");

    /** A facet value as a link that adds (or, when selected, removes) the filter. */
    public record FacetLink(String label, long count, String href, boolean selected) {}

    public record FacetGroup(String name, String label, List<FacetLink> links) {}

    /** An active filter with the link that removes it. */
    public record ActiveFilter(String label, String value, String removeHref) {}

    public record PageLink(String label, String href, boolean current) {}

    /** One choice of the 全部 / 本县文件 / 法律法规 switch above the results (issue #10). */
    public record ScopeLink(String label, String href, boolean current) {}

    /** Service guides shown beside the documents (decision 032). */
    static final int GUIDES = 5;

    private final DocumentSearch search;
    private final HotlineLink hotline;

    SearchPageController(DocumentSearch search, HotlineLink hotline) {
        this.search = search;
        this.hotline = hotline;
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> current = new LinkedHashMap<>();
        PARAMETERS.forEach(name -> {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                current.put(name, value.length() > 500 ? value.substring(0, 500) : value);
            }
        });
        SearchQuery query = SearchParameters.lenient(params);
        boolean asked = !query.text().isBlank() || query.hasFilters();
        SearchResult result = asked ? search.search(query) : SearchResult.empty(query);
        SearchResult guides = query.asksGuides() ? search.guides(query.forGuides(GUIDES)) : SearchResult.empty(query);
        model.addAttribute("guides", guides);
        model.addAttribute("q", query.text());
        model.addAttribute("sortByDate", query.sort() == SearchQuery.Sort.DATE);
        model.addAttribute("asked", asked);
        model.addAttribute("result", result);
        model.addAttribute("facets", facets(result, current));
        model.addAttribute("scopes", scopes(current));
        model.addAttribute("hotlineHref", hotline.href().orElse(null));
        model.addAttribute("filters", active(current, result));
        model.addAttribute("pages", pages(result, current));
        model.addAttribute("relevanceHref", href(current, "sort", null));
        model.addAttribute("dateHref", href(current, "sort", "date"));
        model.addAttribute("withoutFiltersHref", query.text().isBlank() ? "/search" : href(Map.of("q", query.text()), null, null));
        model.addAttribute("hiddenFilters", current.entrySet().stream()
                .filter(e -> !e.getKey().equals("q")).toList());
        return "search/search";
    }

    private static List<FacetGroup> facets(SearchResult result, Map<String, String> current) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String dim : SearchResult.FACET_DIMENSIONS) {
            List<SearchResult.FacetValue> values = result.facets().getOrDefault(dim, List.of());
            if (values.isEmpty() || dim.equals("scope")) { // the scope is the switch above the results
                continue;
            }
            List<FacetLink> links = values.stream().map(v -> {
                boolean selected = v.value().equals(current.get(dim));
                return new FacetLink(v.label(), v.count(), href(current, dim, selected ? null : v.value()), selected);
            }).toList();
            groups.add(new FacetGroup(dim, DIMENSION_LABELS.get(dim), links));
        }
        return groups;
    }

    private static List<ScopeLink> scopes(Map<String, String> current) {
        String selected = SearchQuery.SCOPES.containsKey(current.get("scope")) ? current.get("scope") : null;
        List<ScopeLink> links = new ArrayList<>();
        links.add(new ScopeLink("全部", href(current, "scope", null), selected == null));
        SearchQuery.SCOPES.forEach((value, label) ->
                links.add(new ScopeLink(label, href(current, "scope", value), value.equals(selected))));
        return links;
    }

    private static List<ActiveFilter> active(Map<String, String> current, SearchResult result) {
        List<ActiveFilter> filters = new ArrayList<>();
        for (String dim : SearchResult.FACET_DIMENSIONS) {
            String value = current.get(dim);
            if (value != null) {
                String label = result.facets().getOrDefault(dim, List.of()).stream()
                        .filter(v -> v.value().equals(value)).map(SearchResult.FacetValue::label).findFirst()
                        .orElse(SearchQuery.SCOPES.getOrDefault(value, value));
                filters.add(new ActiveFilter(DIMENSION_LABELS.get(dim), label, href(current, dim, null)));
            }
        }
        return filters;
    }

    private static List<PageLink> pages(SearchResult result, Map<String, String> current) {
        List<PageLink> links = new ArrayList<>();
        int pages = result.pages();
        if (pages <= 1) {
            return links;
        }
        int from = Math.max(1, result.page() - 4);
        int to = Math.min(pages, from + 9);
        if (result.page() > 1) {
            links.add(new PageLink("上一页", pageHref(current, result.page() - 1), false));
        }
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(Integer.toString(p), pageHref(current, p), p == result.page()));
        }
        if (result.page() < pages) {
            links.add(new PageLink("下一页", pageHref(current, result.page() + 1), false));
        }
        return links;
    }

    private static String pageHref(Map<String, String> current, int page) {
        String base = href(current, null, null);
        return page == 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    /** The search URL with the current parameters, one of them replaced (or removed when value is null). */
    static String href(Map<String, String> current, String name, String value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        current.forEach((k, v) -> {
            if (!k.equals(name)) {
                b.queryParam(k, "{" + k + "}");
            }
        });
        if (name != null && value != null) {
            b.queryParam(name, "{" + name + "}");
        }
        Map<String, String> values = new LinkedHashMap<>(current);
        if (name != null) {
            if (value == null) {
                values.remove(name);
            } else {
                values.put(name, value);
            }
        }
        return b.encode().buildAndExpand(values).toUriString();
    }
}
