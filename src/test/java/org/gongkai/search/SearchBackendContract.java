package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.search.SearchQuery.Sort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every engine behind {@link SearchBackend} must do, on documents built here (no Spring, no database): the same
 * documents and queries give the same results, in the same order where the order is asserted. Runs against Lucene
 * ({@link LuceneSearchBackendTest}) and against a real OpenSearch node ({@code OpenSearchBackendContractTests} in the
 * {@code search-opensearch} module, which runs each method here by reflection: it supports {@code @Test},
 * {@code @ParameterizedTest} with {@code @ValueSource(strings)}, {@code @BeforeEach} and {@code @AfterEach}, and
 * refuses any other JUnit feature so that nothing here is silently skipped there). Each test starts on an empty index.
 */
abstract class SearchBackendContract {

    static final List<List<String>> SYNONYMS = List.of(List.of("社保", "社会保险"), List.of("公积金", "住房公积金"),
            List.of("低保", "最低生活保障"), List.of("人社", "人力资源和社会保障"), List.of("市监", "市场监管", "市场监督管理"),
            List.of("招投标", "招标投标"));

    protected final Analysis analysis = new Analysis();
    protected final SearchSemantics semantics = new SearchSemantics(analysis);
    protected SearchBackend backend;

    /** A backend over a new, empty index. */
    protected abstract SearchBackend openEmpty();

    /** Releases what {@link #openEmpty} made. */
    protected abstract void release(SearchBackend backend);

    @BeforeEach
    void openBackend() {
        backend = openEmpty();
    }

    @AfterEach
    void releaseBackend() {
        release(backend);
    }

    /** Four documents of two units, one of them repealed, one with HTML in its body. */
    void indexFourDocuments() {
        backend.index(doc(1, "关于调整城乡居民基本医疗保险缴费标准的通知", "为做好城乡居民医疗保险工作，现将缴费标准调整如下。",
                "示医保发〔2024〕5号", LocalDate.of(2024, 3, 1), "AAA", "卫生、体育\\医药管理", "有效", "通知"));
        backend.index(doc(2, "示例县住房公积金管理办法", "职工个人缴存的住房公积金和单位为其缴存的住房公积金，属于职工个人所有。",
                "示政发〔2023〕12号", LocalDate.of(2023, 6, 15), "BBB", "城乡建设、环境保护\\住房保障", "有效", "办法"));
        backend.index(doc(3, "示例县最低生活保障审核确认办法", "共同生活的家庭成员人均收入低于当地最低生活保障标准的，可以申请。",
                "示民发〔2022〕3号", LocalDate.of(2022, 1, 10), "BBB", "劳动、人事、监察\\社会保障", "废止", "办法"));
        backend.index(doc(4, "关于做好2024年社会保险费征缴工作的通知", "各单位应当按时足额缴纳社会保险费，不得拖欠。<script>alert(1)</script>",
                "示人社发〔2024〕7号", LocalDate.of(2024, 5, 20), "AAA", "劳动、人事、监察\\社会保障", "有效", "通知"));
    }

    SearchResult search(String text) {
        return search(SearchQuery.text(text));
    }

    SearchResult search(SearchQuery query) {
        return backend.search(semantics.plan(query, SYNONYMS));
    }

    List<Long> ids(String text) {
        return ids(search(text));
    }

    static List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchResult.Hit::id).toList();
    }

    static SearchQuery filtered(String text, String unit, String topic, String category, Integer year, String validity,
            String genre, String scope, Sort sort) {
        return new SearchQuery(text, unit, topic, category, year, validity, genre, scope, sort, 1, 10);
    }

    // ---------------------------------------------------------------- words, phrases, fields

    @Test
    void findsByTitleWordsAndRanksTitleAboveBody() {
        indexFourDocuments();
        assertThat(ids("医疗保险")).first().isEqualTo(1L);
        assertThat(ids("缴费标准")).containsExactly(1L);
    }

    @Test
    void shortQueriesStillNeedAllTheirWords() {
        indexFourDocuments();
        assertThat(ids("公积金 医疗保险")).isEmpty();
    }

    @Test
    void bigramFieldFindsWordsSmartcnSegmentsDifferently() {
        indexFourDocuments();
        // smartcn treats 保险费 / 费征缴 differently inside the document than alone; the bigrams still match
        assertThat(analysis.words("社会保险费征缴")).doesNotContain("费征");
        assertThat(ids("费征")).containsExactly(4L);
        assertThat(ids("险费征缴")).containsExactly(4L);
    }

    @Test
    void synonymsWorkInBothDirections() {
        indexFourDocuments();
        assertThat(ids("社保")).containsExactly(4L);
        assertThat(ids("社会保险")).contains(4L);
        assertThat(ids("公积金")).containsExactly(2L);
        assertThat(ids("低保")).containsExactly(3L);
        assertThat(ids("最低生活保障")).containsExactly(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"示政发〔2023〕12号", "示政发[2023]12号", "示政发(2023)12号", "示政发【2023】12号",
            "示政发（2023）12号", "示政发202312号", "示政发2023第12号", "示政发 〔2023〕 第012号", "关于示政发[2023]12号"})
    void documentNumberMatchesWhateverBrackets(String typed) {
        indexFourDocuments();
        assertThat(ids(typed)).first().isEqualTo(2L);
    }

    // ---------------------------------------------------------------- questions typed as sentences (issue #10)

    @Test
    void aQuestionTypedAsASentenceIsRankedNotFilteredAway() {
        indexFourDocuments();
        String question = "我单位职工缴存的住房公积金到底归谁所有，单位能不能收回？";
        QueryPlan plan = semantics.plan(SearchQuery.text(question), SYNONYMS);
        assertThat(plan.ranked()).isTrue();
        // most of the question's words are in no document, so the strict rule alone found nothing
        QueryPlan strictOnly = new QueryPlan(plan.concepts(), plan.minimumConcepts(), plan.optionalWords(),
                plan.documentNumbers(), plan.query(), false, false, false);
        assertThat(backend.search(strictOnly).total()).isZero();
        assertThat(ids(question)).first().isEqualTo(2L);
        assertThat(ids("缴纳社会保险费有没有规定期限，拖欠了会怎么样")).first().isEqualTo(4L);
        assertThat(ids("公积金归谁所有？")).first().isEqualTo(2L);
    }

    /**
     * A question's words and their synonym groups (房东 = 出租人) count as exact phrases in the body: the tenancy article
     * ranks above a notice that only shares the question's everyday wording (房子, 怎么办).
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
        assertThat(ids(backend.search(semantics.plan(SearchQuery.text(question), lay)))).first().isEqualTo(10L);
        assertThat(ids(backend.search(semantics.plan(SearchQuery.text(question), List.of())))).first().isEqualTo(11L);
    }

    /**
     * Answered questions (decision 018) multiply the scores of the documents that answered similar questions and of
     * the documents of the works (《…》 in the title) answers were found in; they order, never filter.
     */
    @Test
    void answeredQuestionsMultiplyTheScoresOfTheirDocumentsAndWorks() {
        backend.index(doc(21, "《示例县物业管理条例》第十条", "业主大会决定物业服务收费标准，物业服务企业应当公示收费项目。",
                null, LocalDate.of(2021, 1, 1), "CCC", "综合政务\\其他", "有效", "其他"));
        backend.index(doc(22, "《示例县房屋租赁管理办法》第五条", "出租房屋的物业服务费用由出租人承担，另有约定的除外。",
                null, LocalDate.of(2021, 1, 1), "CCC", "综合政务\\其他", "有效", "其他"));
        backend.index(doc(23, "《示例县房屋租赁管理办法》第六条", "承租人应当按照约定的期限支付租金。",
                null, LocalDate.of(2021, 1, 1), "CCC", "综合政务\\其他", "有效", "其他"));
        backend.index(doc(24, "关于开展植树节活动的通知", "各单位组织植树。",
                null, LocalDate.of(2021, 1, 1), "CCC", "综合政务\\其他", "有效", "通知"));
        String question = "物业服务收费标准由谁决定，物业服务企业要不要公示收费项目";
        QueryPlan plain = semantics.plan(SearchQuery.text(question), List.of());
        assertThat(plain.ranked()).isTrue();
        assertThat(ids(backend.search(plain))).first().isEqualTo(21L);

        QueryPlan byDocument = plain.withAnswers(new AnswerFactors(java.util.Map.of(22L, 50f, 24L, 50f), java.util.Map.of()));
        assertThat(ids(backend.search(byDocument))).first().isEqualTo(22L);
        assertThat(ids(backend.search(byDocument))).as("a factor orders, never adds a document").doesNotContain(24L);

        QueryPlan byWork = plain.withAnswers(new AnswerFactors(java.util.Map.of(), java.util.Map.of("示例县房屋租赁管理办法", 50f)));
        assertThat(ids(backend.search(byWork))).first().isEqualTo(22L);
        assertThat(backend.search(byWork).total()).isEqualTo(backend.search(plain).total());
    }

    // ---------------------------------------------------------------- validity and locality (issue #10, decision 011)

    @Test
    void aValidDocumentRanksAboveTheRepealedOneForTheSameWords() {
        indexFourDocuments();
        backend.index(doc(5, "示例县最低生活保障审核确认办法（2024年修订）", "本办法自2024年3月1日起施行，原办法同时废止。",
                "示民发〔2024〕9号", LocalDate.of(2024, 2, 1), "BBB", "劳动、人事、监察\\社会保障", "有效", "办法"));
        // the repealed one matches the words better (its title exactly, its body too): current still comes first
        assertThat(ids("示例县最低生活保障审核确认办法")).startsWith(5L, 3L);
        assertThat(ids(search(filtered("最低生活保障审核确认办法", null, null, null, null, "废止", null, null,
                Sort.RELEVANCE)))).containsExactly(3L);
    }

    static IndexedDocument land(long id, String title, String body, String validity, boolean local) {
        LocalDate on = LocalDate.of(2024, 5, 1);
        return new IndexedDocument(id, "IDX-" + id, title, null, body, local ? "COUNTY" : "NPC",
                local ? "示例县农业农村局" : "全国人民代表大会常务委员会", null, on, on, "国土资源、能源\\土地",
                local ? "行政规范性文件" : "法律法规", "办法", List.of(), validity, "/docs/" + id, local);
    }

    @Test
    void theCountysOwnDocumentRanksAboveANationalLawForTheSameWords() {
        // the law matches the words better (its body says them twice): as a county document it would come first
        backend.index(land(1, "宅基地管理办法", "宅基地审批和管理。", "有效", true));
        backend.index(land(2, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", true));
        assertThat(ids("宅基地管理")).containsExactly(2L, 1L);
        backend.index(land(2, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", false));
        assertThat(ids("宅基地管理")).containsExactly(1L, 2L);
        // a question typed as a sentence (the ranked path) prefers the county's document too
        assertThat(ids("农村宅基地的审批和管理到底是怎么规定的呢")).startsWith(1L);
    }

    @Test
    void validAboveRepealedAndAValidLawAboveARepealedCountyDocument() {
        backend.index(land(1, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "废止", true));
        backend.index(land(2, "宅基地管理办法（2025年修订）", "宅基地审批和管理。", "有效", true));
        backend.index(land(3, "宅基地管理办法", "宅基地审批和管理。宅基地使用。", "有效", false));
        // the revised county 办法 first, then the valid national law, then the repealed county 办法 it replaced
        assertThat(ids("宅基地管理办法")).containsExactly(2L, 3L, 1L);
    }

    @Test
    void theScopeFilterSeparatesTheCountysDocumentsFromLawsAndRegulations() {
        backend.index(land(1, "宅基地管理办法", "宅基地审批。", "有效", true));
        backend.index(land(2, "土地管理法", "宅基地审批。", "有效", false));
        assertThat(ids(search(filtered("宅基地", null, null, null, null, null, null, "local", Sort.RELEVANCE))))
                .containsExactly(1L);
        assertThat(ids(search(filtered("宅基地", null, null, null, null, null, null, "laws", Sort.RELEVANCE))))
                .containsExactly(2L);
        assertThat(ids(search(filtered("宅基地", null, null, null, null, null, null, "elsewhere", Sort.RELEVANCE))))
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(search(filtered("", null, null, null, null, null, null, "laws", Sort.RELEVANCE)).total()).isEqualTo(1);
        assertThat(search("宅基地").facets().get("scope")).extracting(SearchResult.FacetValue::value)
                .containsExactlyInAnyOrder("local", "laws");
    }

    @Test
    void anAbbreviationFindsTheFullFormAndIsNotFoundAcrossTwoWords() {
        backend.index(land(1, "示例县人力资源和社会保障局2025年部门预算", "部门预算公开。", "有效", true));
        backend.index(land(2, "关于个人社保缴费基数调整的通知", "个人社会保险缴费基数。", "有效", true));
        backend.index(land(3, "示例县政府投资项目招标投标管理办法", "规范招标投标活动。", "有效", true));
        backend.index(land(4, "城市监督管理工作方案", "城市管理。", "有效", true));
        // the full form ranks first (the bigram net also finds 人社 inside 个人社保 in a document's text, lower)
        assertThat(ids("人社局")).first().isEqualTo(1L);
        assertThat(ids("招投标")).containsExactly(3L);
        // 人社 inside 个人社保 is not the abbreviation: the query still means 个人 + 社保
        assertThat(ids("个人社保")).containsExactly(2L);
        assertThat(ids("城市监督")).containsExactly(4L);
    }

    // ---------------------------------------------------------------- facets, filters, sorting, pages

    @Test
    void countsFacetsOverTheResultSet() {
        indexFourDocuments();
        SearchResult all = search("");
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("unit")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .containsExactly(tuple("AAA", 2L), tuple("BBB", 2L));
        assertThat(all.facets().get("year")).extracting(SearchResult.FacetValue::value)
                .containsExactly("2024", "2023", "2022");
        assertThat(all.facets().get("validity")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .containsExactly(tuple("有效", 3L), tuple("废止", 1L));
        assertThat(all.facets().get("topic")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .containsExactly(tuple("劳动、人事、监察", 2L), tuple("卫生、体育", 1L), tuple("城乡建设、环境保护", 1L));
        assertThat(all.facets().get("scope")).extracting(SearchResult.FacetValue::value).containsExactly("local");
        assertThat(all.facets()).containsOnlyKeys(SearchResult.FACET_DIMENSIONS);
        // counted over the matches only
        assertThat(search("通知").facets().get("unit")).extracting(SearchResult.FacetValue::value,
                SearchResult.FacetValue::count).containsExactly(tuple("AAA", 2L));
        assertThat(ids(search(filtered("", "BBB", "劳动、人事、监察", null, 2022, "废止", "办法", null, Sort.DATE))))
                .containsExactly(3L);
    }

    @Test
    void filtersByEveryDimension() {
        indexFourDocuments();
        assertThat(ids(search(filtered("", null, "城乡建设、环境保护\\住房保障", null, null, null, null, null, Sort.DATE))))
                .containsExactly(2L);
        assertThat(ids(search(filtered("", null, null, null, null, null, "通知", null, Sort.DATE)))).containsExactly(4L, 1L);
        assertThat(ids(search(filtered("", null, null, "行政规范性文件", 2024, null, null, null, Sort.DATE))))
                .containsExactly(4L, 1L);
        assertThat(ids(search(filtered("", null, null, "其他", null, null, null, null, Sort.DATE)))).isEmpty();
        assertThat(ids(search(filtered("办法", "AAA", null, null, null, null, null, null, Sort.RELEVANCE)))).isEmpty();
    }

    @Test
    void sortsByDateNewestFirst() {
        indexFourDocuments();
        // newest first, whatever the relevance
        assertThat(ids(search(SearchQuery.text("通知").withSort(Sort.DATE)))).containsExactly(4L, 1L);
        assertThat(ids(search(SearchQuery.text("社会保险 医疗保险").withSort(Sort.DATE)))).isEmpty();
        assertThat(ids(search(SearchQuery.text("保险").withSort(Sort.DATE)))).containsExactly(4L, 1L);
        assertThat(ids(search(""))).containsExactly(4L, 1L, 2L, 3L); // browsing: newest first
    }

    @Test
    void pagesAreSlicesOfOneOrder() {
        indexFourDocuments();
        SearchResult second = search(new SearchQuery("", null, null, null, null, null, null, Sort.DATE, 2, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(3L);
        assertThat(ids(search(new SearchQuery("", null, null, null, null, null, null, Sort.DATE, 3, 3)))).isEmpty();
    }

    // ---------------------------------------------------------------- hits and snippets

    @Test
    void hitsCarryTheDocumentsListFields() {
        indexFourDocuments();
        SearchResult.Hit hit = search("公积金").items().get(0);
        assertThat(hit.id()).isEqualTo(2L);
        assertThat(hit.indexNumber()).isEqualTo("IDX-2");
        assertThat(hit.title()).isEqualTo("示例县住房公积金管理办法");
        assertThat(hit.publisher()).isEqualTo("单位BBB");
        assertThat(hit.publisherCode()).isEqualTo("BBB");
        assertThat(hit.documentNumber()).isEqualTo("示政发〔2023〕12号");
        assertThat(hit.writtenOn()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(hit.publishedOn()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(hit.topic()).isEqualTo("城乡建设、环境保护\\住房保障");
        assertThat(hit.category()).isEqualTo("行政规范性文件");
        assertThat(hit.genre()).isEqualTo("办法");
        assertThat(hit.validity()).isEqualTo("有效");
        assertThat(hit.url()).isEqualTo("/docs/2");
    }

    @Test
    void snippetsHighlightMatchesAndEscapeHtml() {
        indexFourDocuments();
        SearchResult.Hit hit = search("社会保险费").items().get(0);
        assertThat(hit.snippet()).contains("<mark>社会保险</mark>").doesNotContain("<script>");
        assertThat(hit.titleHtml()).contains("<mark>社会保险</mark>");
        SearchResult script = search("alert");
        assertThat(script.items().get(0).snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void titlesAreEscapedAndBrowsingShowsTheBeginningOfTheBody() {
        backend.index(doc(7, "<b>关于</b>防汛工作的通知", "各乡镇要做好汛期值班。防汛物资要到位。", null, LocalDate.of(2024, 6, 1),
                "AAA", "综合政务\\其他", "有效", "通知"));
        SearchResult.Hit found = search("防汛").items().get(0);
        assertThat(found.titleHtml()).isEqualTo("&lt;b&gt;关于&lt;/b&gt;<mark>防汛</mark>工作的通知");
        assertThat(found.snippet()).contains("<mark>防汛</mark>物资");
        SearchResult.Hit browsed = search("").items().get(0);
        assertThat(browsed.titleHtml()).isEqualTo("&lt;b&gt;关于&lt;/b&gt;防汛工作的通知");
        assertThat(browsed.snippet()).startsWith("各乡镇要做好汛期值班。").doesNotContain("<mark>");
    }

    @Test
    void aLongBodyIsCutAroundTheMatch() {
        String filler = "本县各有关单位应当按照规定认真做好相关工作".repeat(20);
        backend.index(doc(8, "年度工作要点", filler + "重点推进垃圾分类。" + filler, null, LocalDate.of(2024, 6, 1), "AAA",
                "综合政务\\其他", "有效", "通知"));
        String snippet = search("垃圾分类").items().get(0).snippet();
        assertThat(snippet).contains("<mark>垃圾分类</mark>").startsWith("…");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length()).isLessThanOrEqualTo(2 * 142 + 3);
    }

    // ---------------------------------------------------------------- hostile input

    @ParameterizedTest
    @ValueSource(strings = {"a AND (", "*", "?", "\"", "title:\"", "(((", "医疗 OR", "🙂🙂", "~!@#$%^&*()_+{}|:<>?",
            "AND", "\\", "/", "NOT NOT", "保险~2", "医保^10", "[2024 TO *]", "{\"match_all\":{}}", "的"})
    void hostileTextNeverFails(String text) {
        indexFourDocuments();
        assertThat(search(text)).isNotNull();
        assertThat(search(text).total()).isLessThan(4);
    }

    @Test
    void tenThousandCharactersAndEmojiAreFine() {
        indexFourDocuments();
        assertThat(search("医疗保险".repeat(2500)).total()).isGreaterThanOrEqualTo(1);
        assertThat(search("医疗保险🙂").total()).isGreaterThanOrEqualTo(1);
        assertThat(search("*").total()).isZero();
    }

    // ---------------------------------------------------------------- writing

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(backend.count()).isZero();
        assertThat(search("医疗保险").total()).isZero();
        assertThat(search("").items()).isEmpty();
    }

    @Test
    void removedDocumentsDisappear() {
        indexFourDocuments();
        backend.remove(2);
        assertThat(ids("公积金")).isEmpty();
        assertThat(backend.count()).isEqualTo(3);
        backend.remove(2); // again: nothing to remove, no error
        assertThat(backend.count()).isEqualTo(3);
    }

    @Test
    void aBatchAddsReplacesAndRemovesInOneWriteSearchableWhenItReturns() {
        indexFourDocuments();
        backend.apply(List.of(doc(1, "关于调整城乡居民大病保险起付标准的通知", "大病保险起付标准调整。", null, LocalDate.of(2024, 3, 1),
                "AAA", "卫生、体育\\医药管理", "有效", "通知"), doc(6, "示例县公积金贷款实施细则", "公积金贷款额度。", null,
                LocalDate.of(2024, 7, 1), "BBB", "城乡建设、环境保护\\住房保障", "有效", "细则")), List.of(2L, 99L));
        assertThat(backend.count()).isEqualTo(4);
        assertThat(ids("起付")).containsExactly(1L);
        assertThat(ids("缴费标准")).isEmpty();
        assertThat(ids("公积金")).containsExactly(6L);
        assertThat(search("").facets().get("genre")).extracting(SearchResult.FacetValue::value)
                .containsExactlyInAnyOrder("通知", "办法", "细则");
    }

    @Test
    void aBatchOfManyDocumentsIsOneWrite() {
        List<IndexedDocument> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            many.add(doc(1000 + i, "第" + i + "号水利工程公告", "水库除险加固工程第" + i + "标段。", null,
                    LocalDate.of(2024, 1, 1).plusDays(i % 300), "AAA", "综合政务\\其他", "有效", "公告"));
        }
        backend.apply(many, List.of());
        assertThat(backend.count()).isEqualTo(1_500);
        assertThat(search("除险加固").total()).isEqualTo(1_500);
    }

    /** The index feed's cursor (decision 015) is kept with a commit, read back, and outlives a rebuild. */
    @Test
    void committedDataIsReadBackAndOutlivesARebuild() {
        assertThat(backend.committedData()).isEmpty();
        indexFourDocuments();
        backend.commit(java.util.Map.of("gongkai.feed-cursor", "42"));
        assertThat(backend.committedData()).containsEntry("gongkai.feed-cursor", "42");
        backend.commit(java.util.Map.of("gongkai.feed-cursor", "43"));
        assertThat(backend.committedData()).containsExactly(java.util.Map.entry("gongkai.feed-cursor", "43"));
        backend.rebuild(sink -> sink.accept(doc(9, "重建后的唯一文件", "正文", null, LocalDate.of(2020, 1, 1), "CCC",
                "综合政务\\其他", "有效", "公告")));
        assertThat(backend.committedData()).containsEntry("gongkai.feed-cursor", "43");
        assertThat(backend.count()).isEqualTo(1);
    }

    @Test
    void rebuildReplacesTheIndex() {
        indexFourDocuments();
        long count = backend.rebuild(sink -> sink.accept(doc(9, "重建后的唯一文件", "正文", null, LocalDate.of(2020, 1, 1),
                "CCC", "综合政务\\其他", "有效", "公告")));
        assertThat(count).isEqualTo(1);
        assertThat(backend.count()).isEqualTo(1);
        assertThat(ids("重建")).containsExactly(9L);
        assertThat(ids("公积金")).isEmpty();
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexSearchable() {
        indexFourDocuments();
        assertThatThrownBy(() -> backend.rebuild(sink -> {
            sink.accept(doc(9, "重建中的文件", "正文", null, LocalDate.of(2020, 1, 1), "CCC", "综合政务\\其他", "有效", "公告"));
            throw new IllegalStateException("the database went away");
        })).hasMessageContaining("the database went away");
        assertThat(backend.count()).isEqualTo(4);
        assertThat(ids("公积金")).containsExactly(2L);
        assertThat(ids("重建")).isEmpty();
    }

    static final SearchResult.GuideFacts FACTS = new SearchResult.GuideFacts("11530000MB0000001X4000111", "承诺件",
            "5个工作日", "县政务服务中心一楼3号窗口", "工作日 9:00-17:00", "0871-12345678", "/services/items/11530000MB0000001X4000111");

    static IndexedDocument guide(long itemId, String name, SearchResult.GuideFacts facts) {
        return IndexedDocument.guide(itemId, name, null, "申请条件：在本县缴存住房公积金的职工购买自住住房\n申请材料：居民身份证；购房合同",
                "BBB", "单位BBB", LocalDate.of(2025, 1, 2), List.of("住房", "行政确认", "承诺件"), facts);
    }

    SearchResult guides(String text) {
        return backend.search(semantics.plan(SearchQuery.text(text), SYNONYMS).withKind(IndexedDocument.Kind.SERVICE_ITEM));
    }

    /** Decision 032: one index of two kinds; a document search never finds a guide, a guide search only guides. */
    @Test
    void serviceGuidesShareTheIndexAndAreSearchedApartFromDocuments() {
        indexFourDocuments();
        backend.apply(List.of(guide(7, "住房公积金提取", FACTS)), List.of());
        assertThat(backend.count()).isEqualTo(5);
        assertThat(ids("公积金")).containsExactly(2L);
        assertThat(ids(search(filtered("", "BBB", null, null, null, null, null, null, Sort.DATE)))).containsExactly(2L, 3L);
        assertThat(search("公积金").facets().get("year")).extracting(SearchResult.FacetValue::value).containsExactly("2023");

        SearchResult found = guides("公积金 提取");
        assertThat(ids(found)).containsExactly(-7L);
        SearchResult.Hit hit = found.items().get(0);
        assertThat(hit.guide()).isEqualTo(FACTS);
        assertThat(hit.title()).isEqualTo("住房公积金提取");
        assertThat(hit.titleHtml()).contains("<mark>");
        assertThat(hit.publisher()).isEqualTo("单位BBB");
        assertThat(hit.url()).isEqualTo(FACTS.url());
        assertThat(hit.indexNumber()).isEqualTo(FACTS.code());
        assertThat(ids(guides("住房公积金 购房合同"))).as("materials are searchable, synonyms apply").containsExactly(-7L);
        assertThat(ids(guides("医疗保险"))).isEmpty();
        assertThat(ids(search("0"))).doesNotContain(-7L);

        // a new version replaces the guide; a guide no longer published leaves the index, the documents stay
        SearchResult.GuideFacts faster = new SearchResult.GuideFacts(FACTS.code(), "承诺件", "3个工作日", FACTS.place(),
                FACTS.hours(), FACTS.phone(), FACTS.url());
        backend.apply(List.of(guide(7, "住房公积金提取（修订）", faster)), List.of());
        assertThat(guides("公积金 提取").items()).singleElement()
                .satisfies(h -> assertThat(h.guide().promisedLimit()).isEqualTo("3个工作日"));
        assertThat(backend.count()).isEqualTo(5);
        backend.apply(List.of(), List.of(-7L));
        assertThat(guides("公积金").total()).isZero();
        assertThat(ids("公积金")).containsExactly(2L);

        // a rebuild holds both kinds
        backend.rebuild(sink -> {
            sink.accept(doc(2, "示例县住房公积金管理办法", "住房公积金属于职工个人所有。", null, LocalDate.of(2023, 6, 15), "BBB",
                    "城乡建设、环境保护\\住房保障", "有效", "办法"));
            sink.accept(guide(7, "住房公积金提取", FACTS));
        });
        assertThat(backend.count()).isEqualTo(2);
        assertThat(ids("公积金")).containsExactly(2L);
        assertThat(ids(guides("公积金"))).containsExactly(-7L);
    }

    static IndexedDocument doc(long id, String title, String body, String number, LocalDate published, String unit,
            String topic, String validity, String genre) {
        return new IndexedDocument(id, "IDX-" + id, title, null, body, unit, "单位" + unit, number,
                published.minusDays(3), published, topic, "行政规范性文件", genre, List.of(), validity, "/docs/" + id);
    }
}
