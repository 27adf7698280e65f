package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 on a small fixed catalogue, through the real Lucene backend (no Spring): for the same words the county's
 * own documents rank above external issuers' laws, valid above repealed, a valid law above a repealed county document;
 * the 本县文件 / 法律法规 filter; default abbreviations find the full form and do not match across words.
 */
class LocalityRankingTest {

    static final List<List<String>> SYNONYMS = List.of(List.of("社保", "社会保险"),
            List.of("人社", "人力资源和社会保障"), List.of("市监", "市场监管", "市场监督管理"), List.of("招投标", "招标投标"));

    @TempDir
    Path dir;
    LuceneSearchBackend backend;
    SearchSemantics semantics;

    @BeforeEach
    void open() {
        Analysis analysis = new Analysis();
        backend = new LuceneSearchBackend(dir, analysis, true);
        semantics = new SearchSemantics(analysis);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    static IndexedDocument doc(long id, String title, String body, String validity, boolean local) {
        LocalDate on = LocalDate.of(2024, 5, 1);
        return new IndexedDocument(id, "IDX-" + id, title, null, body, local ? "COUNTY" : "NPC",
                local ? "示例县农业农村局" : "全国人民代表大会常务委员会", null, on, on, "国土资源、能源\\土地",
                local ? "行政规范性文件" : "法律法规", "办法", List.of(), validity, "/docs/" + id, local);
    }

    List<Long> ids(String text) {
        return ids(SearchQuery.text(text));
    }

    List<Long> ids(SearchQuery query) {
        return backend.search(semantics.plan(query, SYNONYMS)).items().stream().map(SearchResult.Hit::id).toList();
    }

    static SearchQuery scoped(String text, String scope) {
        return new SearchQuery(text, null, null, null, null, null, null, scope, SearchQuery.Sort.RELEVANCE, 1, 10);
    }

    @Test
    void theCountysOwnDocumentRanksAboveANationalLawForTheSameWords() {
        // the law matches the words better (its body says them twice): as a county document it would come first
        backend.index(doc(1, "宅基地管理办法", "宅基地审批和管理。", "有效", true));
        backend.index(doc(2, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", true));
        assertThat(ids("宅基地管理")).containsExactly(2L, 1L);
        backend.index(doc(2, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", false));
        assertThat(ids("宅基地管理")).containsExactly(1L, 2L);
        // a question typed as a sentence (the ranked path) prefers the county's document too
        assertThat(ids("农村宅基地的审批和管理到底是怎么规定的呢")).startsWith(1L);
    }

    @Test
    void validAboveRepealedAndAValidLawAboveARepealedCountyDocument() {
        backend.index(doc(1, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "废止", true));
        backend.index(doc(2, "宅基地管理办法（2025年修订）", "宅基地审批和管理。", "有效", true));
        backend.index(doc(3, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", false));
        // the revised county 办法 first, then the valid national law, then the repealed county 办法 it replaced
        assertThat(ids("宅基地管理办法")).containsExactly(2L, 3L, 1L);
    }

    @Test
    void theScopeFilterSeparatesTheCountysDocumentsFromLawsAndRegulations() {
        backend.index(doc(1, "宅基地管理办法", "宅基地审批。", "有效", true));
        backend.index(doc(2, "土地管理法", "宅基地审批。", "有效", false));
        assertThat(ids(scoped("宅基地", "local"))).containsExactly(1L);
        assertThat(ids(scoped("宅基地", "laws"))).containsExactly(2L);
        assertThat(ids(scoped("宅基地", "elsewhere"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(backend.search(semantics.plan(scoped("", "laws"), SYNONYMS)).total()).isEqualTo(1);
        SearchResult all = backend.search(semantics.plan(SearchQuery.text("宅基地"), SYNONYMS));
        assertThat(all.facets().get("scope")).extracting(SearchResult.FacetValue::value)
                .containsExactlyInAnyOrder("local", "laws");
    }

    @Test
    void anAbbreviationFindsTheFullFormAndIsNotFoundAcrossTwoWords() {
        backend.index(doc(1, "示例县人力资源和社会保障局2025年部门预算", "部门预算公开。", "有效", true));
        backend.index(doc(2, "关于个人社保缴费基数调整的通知", "个人社会保险缴费基数。", "有效", true));
        backend.index(doc(3, "示例县政府投资项目招标投标管理办法", "规范招标投标活动。", "有效", true));
        backend.index(doc(4, "城市监督管理工作方案", "城市管理。", "有效", true));
        // the full form ranks first (the bigram net also finds 人社 inside 个人社保 in a document's text, lower)
        assertThat(ids("人社局")).first().isEqualTo(1L);
        assertThat(ids("招投标")).containsExactly(3L);
        // 人社 inside 个人社保 is not the abbreviation: the query still means 个人 + 社保
        assertThat(semantics.plan(SearchQuery.text("个人社保"), SYNONYMS).concepts())
                .doesNotContain(List.of("人社", "人力资源和社会保障")).contains(List.of("社保", "社会保险"));
        assertThat(ids("个人社保")).containsExactly(2L);
        assertThat(ids("城市监督")).containsExactly(4L);
    }
}
