package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SearchWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchBackend backend;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.gongkai.organisation.UnitDirectory units;
    org.gongkai.organisation.UnitDirectory.UnitView housing;

    @BeforeEach
    void documents() {
        housing = units.findAll().get(1);
        backend.index(new IndexedDocument(900001, "11000000MB0000001X/2024-00001", "关于调整城乡居民医疗保险缴费标准的通知",
                "医保缴费", "各乡镇人民政府：现将城乡居民医疗保险缴费标准调整如下。<b>注意</b>", "11000000MB0000001X",
                "示例县医疗保障局", "示医保发〔2024〕5号", LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 1),
                "卫生、体育\\医药管理", "行政规范性文件", "通知", List.of("医疗保险", "缴费"), "有效", "/openness/documents/900001"));
        backend.index(new IndexedDocument(900002, "11000000MB0000002X/2023-00001", "示例县住房公积金提取办法", null,
                "职工提取住房公积金，应当提交材料。", housing.creditCode(), housing.name(), "示建发[2023]9号",
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 5), "城乡建设、环境保护\\住房保障", "行政规范性文件", "办法",
                List.of(), "有效", "/openness/documents/900002"));
    }

    @Test
    void apiReturnsTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", "医保").param("sort", "date").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(900001))
                .andExpect(jsonPath("$.items[0].indexNumber").value("11000000MB0000001X/2024-00001"))
                .andExpect(jsonPath("$.items[0].title").value("关于调整城乡居民医疗保险缴费标准的通知"))
                .andExpect(jsonPath("$.items[0].publisher").value("示例县医疗保障局"))
                .andExpect(jsonPath("$.items[0].documentNumber").value("示医保发〔2024〕5号"))
                .andExpect(jsonPath("$.items[0].writtenOn").value("2024-02-27"))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2024-03-01"))
                .andExpect(jsonPath("$.items[0].topic").value("卫生、体育\\医药管理"))
                .andExpect(jsonPath("$.items[0].validity").value("有效"))
                .andExpect(jsonPath("$.items[0].url").value("/openness/documents/900001"))
                .andExpect(jsonPath("$.items[0].snippet").value(containsString("<mark>医疗保险</mark>")))
                .andExpect(jsonPath("$.items[0].snippet").value(containsString("&lt;b&gt;")))
                .andExpect(jsonPath("$.facets.unit[0].value").value("11000000MB0000001X"))
                .andExpect(jsonPath("$.facets.year[0].count").value(1))
                .andExpect(jsonPath("$.facets.validity[0].value").value("有效"));
    }

    @Test
    void apiFiltersByUnitCreditCodeAndYear() throws Exception {
        mvc.perform(get("/api/v1/documents").param("unit", housing.creditCode()).param("q", "公积金"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(900002));
        mvc.perform(get("/api/v1/documents").param("year", "2024").param("q", "公积金"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void apiFindsDocumentNumbersWithOtherBrackets() throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", "示建发（2023）9号"))
                .andExpect(jsonPath("$.items[0].id").value(900002));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a AND (", "*", "🙂", "\"unclosed", "", "title:[* TO *]"})
    void apiNeverFailsOnText(String text) throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", text)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").exists());
    }

    @Test
    void apiNeverFailsOnTenThousandCharacters() throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", "公积金".repeat(3400))).andExpect(status().isOk());
    }

    @Test
    void apiRefusesMalformedSortAndYearAtTheirFields() throws Exception {
        mvc.perform(get("/api/v1/documents").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("sort"));
        mvc.perform(get("/api/v1/documents").param("year", "24"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void portalPageShowsHighlightedResultsAndFacetLinksWithoutSignIn() throws Exception {
        mvc.perform(get("/search").param("q", "公积金"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共找到 <strong>1</strong> 篇文件")))
                .andExpect(content().string(containsString("<mark>住房公积金</mark>")))
                .andExpect(content().string(containsString(housing.name() + "（1）")))
                .andExpect(content().string(containsString("/search?q=%E5%85%AC%E7%A7%AF%E9%87%91&amp;unit=" + housing.creditCode())));
    }

    @Test
    void portalPageEscapesWhatTheUserTyped() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("没有找到相关文件")));
    }

    @Test
    void zeroResultSearchesAreLoggedAndListedForEditors() throws Exception {
        String text = "不存在的政策" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/search").param("q", text)).andExpect(content().string(containsString("没有找到相关文件")));
        mvc.perform(get("/api/v1/documents").param("q", text)).andExpect(jsonPath("$.total").value(0));
        long occurrences = jdbc.sql("SELECT occurrences FROM search_zero_result WHERE query_text = :t")
                .param("t", text).query(Long.class).single();
        assertThat(occurrences).isEqualTo(2);
        mvc.perform(get("/console/search/zero-results").with(TestActors.as(Role.EDITOR, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)));
        mvc.perform(get("/console/search/zero-results").with(TestActors.as(Role.SERVICE_OFFICER, 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorAddsSynonymsThatWorkAtOnceAndAreAudited() throws Exception {
        String a = "甲" + UUID.randomUUID().toString().substring(0, 6);
        backend.index(new IndexedDocument(900003, null, "关于住房保障的补充说明", null, "本说明所称乙类对象，简称" + a + "乙。",
                "11000000MB0000002X", "示例县住房和城乡建设局", null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2),
                "城乡建设、环境保护\\住房保障", null, "其他", List.of(), "有效", "/openness/documents/900003"));
        String synonym = "丙" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/api/v1/documents").param("q", synonym)).andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/console/search/synonyms").param("terms", synonym + "，" + a + "乙")
                        .with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/documents").param("q", synonym)).andExpect(jsonPath("$.items[*].id", hasItems(900003)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SEARCH_SYNONYM_ADDED' AND detail LIKE :d")
                .param("d", "%" + synonym + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void synonymFormRefusesASingleTermAtItsField() throws Exception {
        mvc.perform(post("/console/search/synonyms").param("terms", "孤词").with(csrf())
                        .with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少填写两个同义词")))
                .andExpect(content().string(containsString("value=\"孤词\"")));
        mvc.perform(post("/console/search/synonyms").param("terms", "甲,乙").with(csrf())
                        .with(TestActors.as(Role.EDITOR, 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void seededSynonymsIncludeTheCommonPairs() throws Exception {
        mvc.perform(get("/console/search/synonyms").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("社保、社会保险")))
                .andExpect(content().string(containsString("低保、最低生活保障")));
    }
}
