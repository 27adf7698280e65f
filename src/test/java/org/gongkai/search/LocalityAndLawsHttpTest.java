package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.ExternalIssuers;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.HotlineLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #10 through HTTP and the real catalogue, index and synonyms: a small fixed catalogue published over the staff
 * API (same words: the county's document vs an external issuer's law, valid vs repealed), the 本县文件 / 法律法规
 * filter of the API, the demo's 法律法规 column under real issuers, a question typed as a sentence finding the
 * county's 宅基地 documents, a default abbreviation, and the no-result page's next steps.
 */
@IntegrationTest
class LocalityAndLawsHttpTest {

    static final String OFFICE = "11990101100100148H";

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired ExternalIssuers issuers;
    @Autowired HotlineLink hotline;
    @Autowired SearchIndexing indexing;

    /**
     * On PostgreSQL all test contexts share one database but each has its own index directory: when an earlier
     * context loaded the demo catalogue, this one's index does not hold it yet, so build it from the database once.
     */
    @org.junit.jupiter.api.BeforeEach
    void demoIndexed() throws Exception {
        if (api("q", "示例县农村宅基地管理办法", "scope", "local").get("total").asLong() == 0) {
            indexing.rebuild();
        }
    }

    long publish(long unit, String title, String body, String validity) throws Exception {
        return publish(mvc, unit, title, body, validity);
    }

    /** Publishes a document of {@code unit} through the staff API (draft and the four steps). */
    static long publish(MockMvc mvc, long unit, String title, String body, String validity) throws Exception {
        String draft = """
                {"unitId": %d, "title": "%s", "summary": "摘要", "writtenOn": "2026-05-20",
                 "topic": "国土资源、能源\\\\土地", "category": "行政规范性文件", "genre": "办法", "keywords": ["测试"],
                 "validity": "%s", "body": "<p>%s</p>"}""".formatted(unit, title, validity, body);
        var staff = TestActors.as(-10, "locality-test", Map.of(unit, Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        String json = mvc.perform(post("/api/v1/staff/documents").with(staff).contentType(MediaType.APPLICATION_JSON)
                .content(draft)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = JsonMapper.shared().readTree(json).get("id").asLong();
        for (String action : new String[] {"submit", "review", "sign-off", "publish"}) {
            mvc.perform(post("/api/v1/staff/documents/{id}/{action}", id, action).with(staff)).andExpect(status().isOk());
        }
        return id;
    }

    JsonNode api(String... params) throws Exception {
        return api(mvc, params);
    }

    static JsonNode api(MockMvc mvc, String... params) throws Exception {
        var request = get("/api/v1/documents");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return JsonMapper.shared().readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void forTheSameWordsTheCountysDocumentComesBeforeTheLawAndValidBeforeRepealed() throws Exception {
        String marker = SearchWebTest.randomHan(4);
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        long issuer = issuers.findOrCreate("测试省人民代表大会常务委员会" + marker).id();
        // the law says the words twice: without the locality factor it would rank first
        long law = publish(issuer, marker + "管理条例", marker + "的管理。" + marker + "的使用。", "有效");
        long county = publish(office, marker + "管理条例", marker + "的管理。", "有效");
        assertThat(ids(api("q", marker))).containsExactly(county, law);
        assertThat(ids(api("q", marker, "scope", "local"))).containsExactly(county);
        assertThat(ids(api("q", marker, "scope", "laws"))).containsExactly(law);
        JsonNode facets = api("q", marker).get("facets").get("scope");
        assertThat(facets.findValuesAsString("label")).containsExactlyInAnyOrder("本县文件", "法律法规");
        var refused = mvc.perform(get("/api/v1/documents").param("q", marker).param("scope", "everywhere"))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"scope\"");

        // the search page offers the switch and keeps the text; the home page's newest list is the county's own
        assertThat(page("/search?q=" + marker + "&scope=laws")).contains("法律法规（当前）").contains("共找到 <strong>1</strong>");
        assertThat(page("/")).contains(marker + "管理条例").contains("/openness/documents/" + county)
                .doesNotContain("/openness/documents/" + law);

        String other = SearchWebTest.randomHan(4);
        long repealed = publish(office, other + "实施办法", other + "的实施。" + other + "的监督。", "废止");
        long revised = publish(office, other + "实施办法（修订）", other + "的实施。", "有效");
        assertThat(ids(api("q", other))).containsExactly(revised, repealed);
    }

    @Test
    void theDemoLawsAreListedUnderTheirRealIssuersInTheirOwnColumn() throws Exception {
        long stateCouncil = issuers.find("国务院").orElseThrow().id();
        long countyGovernment = units.findByCreditCode("11990101100100076Q").orElseThrow().id();
        String column = page("/openness/laws");
        assertThat(column).contains("<h3 id=\"level-0\">", "行政法规", "国务院（", "/openness/laws?issuer=" + stateCouncil);
        assertThat(page("/openness/laws?issuer=" + stateCouncil)).contains("国务院发布的法律法规");
        mvc.perform(get("/openness/laws").param("issuer", String.valueOf(countyGovernment))).andExpect(status().isNotFound());
        assertThat(page("/openness")).contains("href=\"/openness/laws\"");
        assertThat(page("/")).contains("href=\"/openness/laws\"");
        assertThat(page("/sitemap.xml")).contains("/openness/laws</loc>");
        // every demo regulation is published by an external issuer, none by a county unit
        JsonNode laws = api("scope", "laws", "size", "50");
        assertThat(laws.get("total").asLong()).isGreaterThanOrEqualTo(50);
        laws.get("items").forEach(i -> assertThat(i.get("publisher").asString()).doesNotStartWith("示例县"));
        assertThat(api("scope", "local", "category", "法律法规").get("total").asLong()).isZero();
    }

    @Test
    void aQuestionTypedAsASentenceFindsTheCountysHomesteadDocuments() throws Exception {
        JsonNode found = api("q", "农村宅基地被占用了怎么办");
        List<String> top = new ArrayList<>();
        found.get("items").forEach(i -> top.add(i.get("publisher").asString() + "：" + i.get("title").asString()));
        assertThat(top.subList(0, 2)).allMatch(t -> t.startsWith("示例县") && t.contains("宅基地"));
        assertThat(top).anyMatch(t -> t.contains("宅基地被占用了怎么办"));
        assertThat(org.jsoup.Jsoup.parse(page("/search?q=农村宅基地被占用了怎么办")).text()).contains("示例县农村宅基地管理办法");
    }

    @Test
    void aDefaultAbbreviationFindsTheFullForm() throws Exception {
        String marker = SearchWebTest.randomHan(4);
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        long id = publish(office, marker + "政府投资项目招标投标管理办法", "规范招标投标活动。", "有效");
        // the random marker's characters are no words to smartcn, only a boost; 招投标 must match as 招标投标
        assertThat(ids(api("q", "招投标 " + marker))).first().isEqualTo(id);
        assertThat(api("q", "招投标 " + marker).get("items").get(0).get("title").asString()).contains("招标投标");
    }

    @Test
    void theNoResultPageOffersApplyingForDisclosureAndTheHotlineOnlyOnceItExists() throws Exception {
        String nothing = page("/search?q=" + SearchWebTest.randomHan(6));
        assertThat(nothing).contains("没有找到相关文件", "href=\"/openness/apply\"", "依申请公开", "href=\"/requests/apply\"");
        // the hotline module maps its portal form (issue #12): the link appears, to a page that is there
        assertThat(hotline.href()).as("the hotline module's own page, no hotline-url set").contains("/hotline");
        assertThat(nothing).contains("href=\"/hotline\"", "在线提交 12345 诉求");
        assertThat(page("/hotline")).contains("12345");
    }
}
