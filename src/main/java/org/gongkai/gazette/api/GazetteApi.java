package org.gongkai.gazette.api;

import java.util.List;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.gazette.Gazette;
import org.gongkai.gazette.GazetteIssue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public gazette API: {@code GET /api/v1/gazette/issues?year=} — the published issues of a year (default this year)
 * with their table of contents; a year before the first or after next year answers 400 {@code OUT_OF_RANGE}.
 */
@RestController
class GazetteApi {

    private final Gazette gazette;

    GazetteApi(Gazette gazette) {
        this.gazette = gazette;
    }

    record Document(long id, String title, String documentNumber) {}

    record Section(String name, List<Document> documents) {}

    record Issue(int year, int number, String publishedOn, String url, String pdf, List<Section> sections) {}

    @GetMapping("/api/v1/gazette/issues")
    Map<String, List<Issue>> issues(@RequestParam(required = false) String year) {
        Integer y = null;
        if (year != null) {
            if (!year.strip().matches("\\d{1,4}")) {
                throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "年份应为四位数字", "year");
            }
            y = Integer.parseInt(year.strip());
        }
        return Map.of("items", gazette.published(gazette.checkedYear(y)).stream().map(i -> new Issue(i.year(), i.number(),
                i.publishedOn().toString(), i.path(), i.path() + ".pdf",
                i.sections(gazette.settings().sections()).stream().map(s -> new Section(s.name(), s.entries().stream()
                        .map(e -> new Document(e.documentId(), e.title(), e.documentNumber())).toList())).toList()))
                .toList());
    }
}
