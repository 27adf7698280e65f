package org.gongkai.search.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gongkai.search.DocumentSearch;
import org.gongkai.search.SearchParameters;
import org.gongkai.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public search API over published documents ({@code GET /api/v1/documents}). Beside the documents, unchanged,
 * the answer carries {@code guides}: the best matching published service guides (办事指南) with their key facts
 * (decision 032) — an added member, so clients that read only {@code total}, {@code items} and {@code facets} are not
 * affected.
 */
@RestController
class DocumentsApiController {

    record Item(long id, String indexNumber, String title, String publisher, String documentNumber,
            LocalDate writtenOn, LocalDate publishedOn, String topic, String validity, String url, String snippet) {}

    /** A service guide beside the documents: its code, name, implementing unit and key facts, and its portal page. */
    record Guide(String code, String name, String unit, String kind, String promisedLimit, String place, String hours,
            String phone, String url, String snippet) {}

    record Page(long total, List<Item> items, Map<String, List<SearchResult.FacetValue>> facets, List<Guide> guides) {}

    /** Most guides beside the documents. */
    static final int GUIDES = 5;

    private final DocumentSearch search;

    DocumentsApiController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "检索主动公开的政府信息 / search published documents", description = """
            同样的检索词，现行有效的文件排在已废止、失效的之前，本县单位的文件排在法律法规（外部发布机关）之前；            只排序，不过滤。 For the same words, valid documents rank above repealed or expired ones and the county's             own documents above laws and regulations of external issuers; ranking only, never filtering.
            `items` 只含文件；`guides` 另列最相关的办事指南（最多 5 项，仅第 1 页、有检索词且未按文件专有条件筛选时）。
            `items` holds documents only, as before; `guides` lists up to 5 best matching service guides (code, name,
            implementing unit, 即办件/承诺件, promised limit, place, hours, phone, url) on page 1 of a text search
            without document-only filters (topic, category, year, validity, genre, scope=laws), else is empty.""",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "检索词：标题、正文、文号、主题词（最多 100 字）",
                        schema = @Schema(type = "string")),
                @Parameter(name = "scope", in = ParameterIn.QUERY,
                        description = "文件范围：local = 本县文件（本县单位发布），laws = 法律法规（外部发布机关发布）",
                        schema = @Schema(type = "string", allowableValues = {"local", "laws"})),
                @Parameter(name = "unit", in = ParameterIn.QUERY, description = "发布机构的统一社会信用代码",
                        schema = @Schema(type = "string")),
                @Parameter(name = "topic", in = ParameterIn.QUERY, description = "主题分类：一级或“一级\\二级”",
                        schema = @Schema(type = "string")),
                @Parameter(name = "category", in = ParameterIn.QUERY, description = "信息类别（中文名）",
                        schema = @Schema(type = "string")),
                @Parameter(name = "year", in = ParameterIn.QUERY, description = "发布年份",
                        schema = @Schema(type = "integer", minimum = "1949", maximum = "2999")),
                @Parameter(name = "validity", in = ParameterIn.QUERY, description = "有效性：有效、失效、废止、修订",
                        schema = @Schema(type = "string")),
                @Parameter(name = "genre", in = ParameterIn.QUERY, description = "体裁，如 通知、办法",
                        schema = @Schema(type = "string")),
                @Parameter(name = "sort", in = ParameterIn.QUERY, description = "排序：relevance（默认）或 date",
                        schema = @Schema(type = "string", allowableValues = {"relevance", "date"})),
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "页码（最多第 100 页）",
                        schema = @Schema(type = "integer", minimum = "1")),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "每页条数",
                        schema = @Schema(type = "integer", minimum = "1", maximum = "50"))})
    Page documents(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
        org.gongkai.search.SearchQuery query = SearchParameters.strict(params);
        SearchResult result = search.search(query);
        List<Guide> guides = !query.asksGuides() ? List.of() : search.guides(query.forGuides(GUIDES)).items().stream()
                .filter(h -> h.guide() != null)
                .map(h -> new Guide(h.guide().code(), h.title(), h.publisher(), h.guide().kind(),
                        h.guide().promisedLimit(), h.guide().place(), h.guide().hours(), h.guide().phone(), h.url(),
                        h.snippet()))
                .toList();
        return new Page(result.total(), result.items().stream()
                .map(h -> new Item(h.id(), h.indexNumber(), h.title(), h.publisher(), h.documentNumber(),
                        h.writtenOn(), h.publishedOn(), h.topic(), h.validity(), h.url(), h.snippet()))
                .toList(), result.facets(), guides);
    }
}
