package org.gongkai.search.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.search.DocumentSearch;
import org.gongkai.search.SearchParameters;
import org.gongkai.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public search API over published documents ({@code GET /api/v1/documents}). */
@RestController
class DocumentsApiController {

    record Item(long id, String indexNumber, String title, String publisher, String documentNumber,
            LocalDate writtenOn, LocalDate publishedOn, String topic, String validity, String url, String snippet) {}

    record Page(long total, List<Item> items, Map<String, List<SearchResult.FacetValue>> facets) {}

    private final DocumentSearch search;

    DocumentsApiController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/documents")
    Page documents(@RequestParam Map<String, String> params) {
        SearchResult result = search.search(SearchParameters.strict(params));
        return new Page(result.total(), result.items().stream()
                .map(h -> new Item(h.id(), h.indexNumber(), h.title(), h.publisher(), h.documentNumber(),
                        h.writtenOn(), h.publishedOn(), h.topic(), h.validity(), h.url(), h.snippet()))
                .toList(), result.facets());
    }
}
