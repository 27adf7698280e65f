package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.search.SearchQuery.Sort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query semantics and the Lucene backend together, on documents built here (no Spring, no database). */
class SearchIndexTest {

    static final List<List<String>> SYNONYMS = List.of(List.of("社保", "社会保险"), List.of("公积金", "住房公积金"),
            List.of("低保", "最低生活保障"));

    @TempDir
    Path dir;
    LuceneSearchBackend backend;
    SearchSemantics semantics;

    @BeforeEach
    void open() {
        Analysis analysis = new Analysis();
        backend = new LuceneSearchBackend(dir, analysis, true);
        semantics = new SearchSemantics(analysis);
        backend.index(doc(1, "关于调整城乡居民基本医疗保险缴费标准的通知", "为做好城乡居民医疗保险工作，现将缴费标准调整如下。",
                "示医保发〔2024〕5号", LocalDate.of(2024, 3, 1), "AAA", "卫生、体育\\医药管理", "有效", "通知"));
        backend.index(doc(2, "示例县住房公积金管理办法", "职工个人缴存的住房公积金和单位为其缴存的住房公积金，属于职工个人所有。",
                "示政发〔2023〕12号", LocalDate.of(2023, 6, 15), "BBB", "城乡建设、环境保护\\住房保障", "有效", "办法"));
        backend.index(doc(3, "示例县最低生活保障审核确认办法", "共同生活的家庭成员人均收入低于当地最低生活保障标准的，可以申请。",
                "示民发〔2022〕3号", LocalDate.of(2022, 1, 10), "BBB", "劳动、人事、监察\\社会保障", "废止", "办法"));
        backend.index(doc(4, "关于做好2024年社会保险费征缴工作的通知", "各单位应当按时足额缴纳社会保险费，不得拖欠。<script>alert(1)</script>",
                "示人社发〔2024〕7号", LocalDate.of(2024, 5, 20), "AAA", "劳动、人事、监察\\社会保障", "有效", "通知"));
    }

    @AfterEach
    void close() {
        backend.close();
    }

    SearchResult search(String text) {
        return backend.search(semantics.plan(SearchQuery.text(text), SYNONYMS));
    }

    List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void findsByTitleWordsAndRanksTitleAboveBody() {
        assertThat(ids(search("医疗保险"))).first().isEqualTo(1L);
        assertThat(ids(search("缴费标准"))).containsExactly(1L);
    }

    /** Issue #10: a question typed as a sentence is ranked by its words, not filtered away by them. */
    @Test
    void aQuestionTypedAsASentenceIsRankedNotFilteredAway() {
        String question = "我单位职工缴存的住房公积金到底归谁所有，单位能不能收回？";
        QueryPlan plan = semantics.plan(SearchQuery.text(question), SYNONYMS);
        assertThat(plan.ranked()).isTrue();
        // most of the question's words are in no document, so the strict rule alone found nothing
        QueryPlan strictOnly = new QueryPlan(plan.concepts(), plan.minimumConcepts(), plan.optionalWords(),
                plan.documentNumbers(), plan.query(), false, false, false);
        assertThat(backend.search(strictOnly).total()).isZero();
        assertThat(ids(search(question))).first().isEqualTo(2L);
        assertThat(ids(search("缴纳社会保险费有没有规定期限，拖欠了会怎么样"))).first().isEqualTo(4L);
    }

    /**
     * Issue #10: a question's words and their synonym groups (房东 = 出租人) count as exact phrases in the body: the
     * tenancy article ranks above a notice that only shares the question's everyday wording (房子, 怎么办).
     */
    @Test
    void aQuestionsWordsAndSynonymsCountAsPhrasesAndTheSummaryCounts() {
        List<List<String>> lay = List.of(List.of("房东", "出租人"), List.of("租客", "房客", "承租人"));
        backend.index(new IndexedDocument(10, "IDX-10", "《示例合同法》第七十条", "第十四章 租赁合同",
                "出租人应当按照约定将租赁物交付承租人。", "CCC", "单位CCC", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 1), "综合政务\\其他", "行政规范性文件", "其他", List.of(), "有效", "/docs/10"));
        backend.index(doc(11, "关于做好房屋安全排查工作的通知", "发现房子有安全隐患怎么办：及时报告乡镇。",
                null, LocalDate.of(2024, 1, 1), "CCC", "综合政务\\其他", "有效", "通知"));
        String question = "房东不按约定交付房子，租客怎么办";
        assertThat(semantics.plan(SearchQuery.text(question), lay).ranked()).isTrue();
        assertThat(ids(backend.search(semantics.plan(SearchQuery.text(question), lay)))).first().isEqualTo(10L);
        assertThat(ids(backend.search(semantics.plan(SearchQuery.text(question), List.of())))).first().isEqualTo(11L);
    }

    /** Issue #10: for the same words, the valid document ranks above the repealed one it replaced. */
    @Test
    void aValidDocumentRanksAboveTheRepealedOneForTheSameWords() {
        backend.index(doc(5, "示例县最低生活保障审核确认办法（2024年修订）",
                "本办法自2024年3月1日起施行，原办法同时废止。",
                "示民发〔2024〕9号", LocalDate.of(2024, 2, 1), "BBB", "劳动、人事、监察\\社会保障", "有效", "办法"));
        // the repealed one matches the words better (its title exactly, its body too): current still comes first
        assertThat(ids(search("示例县最低生活保障审核确认办法"))).startsWith(5L, 3L);
        assertThat(ids(backend.search(semantics.plan(new SearchQuery("最低生活保障审核确认办法", null, null, null, null,
                "废止", null, SearchQuery.Sort.RELEVANCE, 1, 10), SYNONYMS)))).containsExactly(3L);
    }

    /** Issue #10: a short text that asks something is a question too: ranked, not filtered. */
    @Test
    void aShortQuestionThatAsksIsRankedButKeywordsAreNot() {
        assertThat(semantics.plan(SearchQuery.text("公积金归谁所有？"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("社保怎么缴"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("能领低保吗"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("公积金 医疗保险"), SYNONYMS).ranked()).isFalse();
        assertThat(semantics.plan(SearchQuery.text("吗啡管理"), SYNONYMS).ranked()).isFalse();
        assertThat(ids(search("公积金归谁所有？"))).first().isEqualTo(2L);
    }

    @Test
    void shortQueriesStillNeedAllTheirWords() {
        assertThat(semantics.plan(SearchQuery.text("医疗保险 缴费"), SYNONYMS).ranked()).isFalse();
        assertThat(ids(search("公积金 医疗保险"))).isEmpty();
        assertThat(semantics.plan(SearchQuery.text("<script>alert(1)</script>"), SYNONYMS).ranked()).isFalse();
    }

    @Test
    void bigramFieldFindsWordsSmartcnSegmentsDifferently() {
        // smartcn treats 保险费 / 费征缴 differently inside the document than alone; the bigrams still match
        assertThat(new Analysis().words("社会保险费征缴")).doesNotContain("费征");
        assertThat(ids(search("费征"))).containsExactly(4L);
        assertThat(ids(search("险费征缴"))).containsExactly(4L);
    }

    @Test
    void synonymsWorkInBothDirections() {
        assertThat(ids(search("社保"))).containsExactly(4L);
        assertThat(ids(search("社会保险"))).contains(4L);
        assertThat(ids(search("公积金"))).containsExactly(2L);
        assertThat(ids(search("低保"))).containsExactly(3L);
        assertThat(ids(search("最低生活保障"))).containsExactly(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"示政发〔2023〕12号", "示政发[2023]12号", "示政发(2023)12号", "示政发【2023】12号",
            "示政发（2023）12号", "示政发202312号", "示政发2023第12号", "示政发 〔2023〕 第012号", "关于示政发[2023]12号"})
    void documentNumberMatchesWhateverBrackets(String typed) {
        assertThat(ids(search(typed))).first().isEqualTo(2L);
    }

    @Test
    void documentNumbersHaveOneCanonicalForm() {
        assertThat(DocumentNumbers.canonical("示政发〔2024〕5号")).isEqualTo("示政发2024第5号");
        assertThat(DocumentNumbers.canonical("国务院令第699号")).isEqualTo("国务院令第699号");
    }

    @Test
    void countsFacetsOverTheResultSet() {
        SearchResult all = backend.search(semantics.plan(SearchQuery.text(""), SYNONYMS));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("unit")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AAA", 2L),
                        org.assertj.core.groups.Tuple.tuple("BBB", 2L));
        assertThat(all.facets().get("year")).extracting(SearchResult.FacetValue::value)
                .containsExactly("2024", "2023", "2022");
        assertThat(all.facets().get("validity")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .contains(org.assertj.core.groups.Tuple.tuple("有效", 3L));
        assertThat(all.facets().get("topic")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .contains(org.assertj.core.groups.Tuple.tuple("劳动、人事、监察", 2L));

        SearchQuery filtered = new SearchQuery("", "BBB", "劳动、人事、监察", null, 2022, "废止", "办法", Sort.DATE, 1, 10);
        assertThat(ids(backend.search(semantics.plan(filtered, SYNONYMS)))).containsExactly(3L);
    }

    @Test
    void sortsByDateNewestFirst() {
        SearchResult result = backend.search(semantics.plan(SearchQuery.text("办法 通知").withSort(Sort.DATE), SYNONYMS));
        List<LocalDate> dates = result.items().stream().map(SearchResult.Hit::publishedOn).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void snippetsHighlightMatchesAndEscapeHtml() {
        SearchResult result = search("社会保险费");
        SearchResult.Hit hit = result.items().get(0);
        assertThat(hit.snippet()).contains("<mark>社会保险</mark>").doesNotContain("<script>");
        assertThat(hit.titleHtml()).contains("<mark>社会保险</mark>");
        SearchResult script = search("alert");
        assertThat(script.items().get(0).snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a AND (", "*", "?", "\"", "title:\"", "(((", "医疗 OR", "🙂🙂", "~!@#$%^&*()_+{}|:<>?",
            "AND", "\\", "/", "NOT NOT", "保险~2", "医保^10", "[2024 TO *]"})
    void hostileTextNeverFails(String text) {
        assertThat(search(text)).isNotNull();
    }

    @Test
    void tenThousandCharactersAndEmojiAreFine() {
        assertThat(search("医疗保险".repeat(2500)).total()).isGreaterThanOrEqualTo(1);
        assertThat(search("医疗保险🙂").total()).isGreaterThanOrEqualTo(1);
        assertThat(search("*").total()).isZero();
    }

    @Test
    void removedDocumentsDisappear() {
        backend.remove(2);
        assertThat(ids(search("公积金"))).isEmpty();
    }

    @Test
    void rebuildReplacesTheIndex() {
        long count = backend.rebuild(sink -> sink.accept(doc(9, "重建后的唯一文件", "正文", null, LocalDate.of(2020, 1, 1),
                "CCC", "综合政务\\其他", "有效", "公告")));
        assertThat(count).isEqualTo(1);
        assertThat(backend.count()).isEqualTo(1);
        assertThat(ids(search("重建"))).containsExactly(9L);
    }

    static IndexedDocument doc(long id, String title, String body, String number, LocalDate published, String unit,
            String topic, String validity, String genre) {
        return new IndexedDocument(id, "IDX-" + id, title, null, body, unit, "单位" + unit, number,
                published.minusDays(3), published, topic, "行政规范性文件", genre, List.of(), validity, "/docs/" + id);
    }
}
