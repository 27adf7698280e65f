package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.items.ItemLinesFixture.CENTRE;
import static org.gongkai.services.items.ItemLinesFixture.CIVIL_AFFAIRS;
import static org.gongkai.services.items.ItemLinesFixture.code;
import static org.gongkai.services.items.ItemLinesFixture.immediate;
import static org.gongkai.services.items.ItemLinesFixture.lines;
import static org.gongkai.services.items.ItemLinesFixture.promised;
import static org.gongkai.services.items.ItemLinesFixture.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service guides in the site search (issue #11, decision 032), through the real paths: an item imported through
 * {@code POST /api/v1/staff/service-items/import} is found at once by {@code /search} (a 办事指南 block beside the
 * documents, linked to its guide, with its key facts) and in {@code GET /api/v1/documents}'s {@code guides} (never
 * among its {@code items}); its feed row carries the kind; an approved new version replaces it in the index; the
 * administrator's rebuild indexes it again.
 */
@IntegrationTest
class ServiceGuideSearchIntegrationTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired SearchBackend backend;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor officer() {
        return TestActors.as(-51, "guide-officer", Map.of(unit(CENTRE), Set.of(Role.SERVICE_OFFICER),
                unit(CIVIL_AFFAIRS), Set.of(Role.SERVICE_OFFICER)));
    }

    RequestPostProcessor director() {
        return TestActors.as(-52, "guide-director", Map.of(unit(CENTRE), Set.of(Role.SERVICE_DIRECTOR)));
    }

    JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    Document page(String q, String... more) throws Exception {
        var request = get("/search").param("q", q);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return FormMarkup.assertWellFormed(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    long itemId(String code) {
        return jdbc.sql("SELECT id FROM services_item WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void anImportedGuideIsFoundBesideTheDocumentsAndAnApprovedVersionReplacesIt() throws Exception {
        String marker = SearchWebTest.randomHan(4);
        String code = code();
        String other = code();
        send(post("/api/v1/staff/service-items/import").with(officer()).contentType("application/x-ndjson")
                .content(lines(List.of(promised(code, marker + "养老补贴资格确认", CIVIL_AFFAIRS),
                        immediate(other, marker + "高龄津贴申领", CIVIL_AFFAIRS)))), 200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_index_feed WHERE kind = 'SERVICE_ITEM' AND document_id = ?")
                .param(itemId(code)).query(Long.class).single()).isEqualTo(1);

        Document found = page(marker + " 养老补贴");
        Element block = found.selectFirst("section.search-guides");
        assertThat(block).as(found.select("main").text()).isNotNull();
        assertThat(block.selectFirst("h2").text()).isEqualTo("办事指南");
        assertThat(found.getElementById("guides-heading")).isNotNull();
        Element hit = block.selectFirst("#guide-results li");
        assertThat(hit.selectFirst("a").attr("href")).isEqualTo("/services/items/" + code);
        assertThat(hit.text()).contains("办事指南", "养老补贴资格确认", "10个工作日", "示例县政务服务中心一楼民政窗口",
                "0123-6100056", "承诺件");
        assertThat(block.select("#guide-results li")).hasSize(1);
        assertThat(found.text()).contains("没有找到相关文件"); // the documents' block says so, the guides stand beside it
        assertThat(page(marker).select("#guide-results li")).hasSize(2);
        assertThat(page(marker + " 高龄津贴").text()).contains("即办");
        assertThat(page(marker, "scope", "laws").selectFirst("section.search-guides")).isNull();
        assertThat(page(marker, "page", "2").selectFirst("section.search-guides")).isNull();

        JsonNode api = send(get("/api/v1/documents").param("q", marker + " 养老补贴"), 200);
        assertThat(api.get("total").asLong()).isZero();
        assertThat(api.get("items")).isEmpty();
        assertThat(api.get("facets")).isNotNull();
        JsonNode guide = api.get("guides").get(0);
        assertThat(api.get("guides")).hasSize(1);
        assertThat(guide.get("code").asString()).isEqualTo(code);
        assertThat(guide.get("url").asString()).isEqualTo("/services/items/" + code);
        assertThat(guide.get("promisedLimit").asString()).isEqualTo("10个工作日");
        assertThat(guide.get("phone").asString()).isEqualTo("0123-6100056");
        assertThat(guide.get("kind").asString()).isEqualTo("承诺件");
        assertThat(guide.get("unit").asString()).isNotBlank();
        assertThat(send(get("/api/v1/documents").param("q", marker).param("genre", "通知"), 200).get("guides")).isEmpty();
        assertThat(send(get("/api/v1/documents").param("q", marker).param("unit", CENTRE), 200).get("guides")).isEmpty();
        assertThat(send(get("/api/v1/documents").param("q", marker).param("unit", CIVIL_AFFAIRS), 200).get("guides"))
                .hasSize(2);

        // a new version, approved, is what the search shows; the old name is no longer found
        Map<String, Object> revised = with(with(promised(code, marker + "老年补助资格认定", CIVIL_AFFAIRS),
                "promisedLimit", Map.of("days", 5, "unit", "WORKING_DAYS")), "place", "示例县政务服务中心二楼综合窗口");
        int version = send(post("/api/v1/staff/service-items/" + code + "/versions").with(officer())
                .contentType("application/json").content(JSON.writeValueAsString(revised)), 201).get("version").asInt();
        send(post("/api/v1/staff/service-items/" + code + "/versions/" + version + "/submit").with(officer()), 200);
        assertThat(page(marker + " 老年补助").selectFirst("section.search-guides")).as("not before approval").isNull();
        send(post("/api/v1/staff/service-items/" + code + "/versions/" + version + "/approve").with(director()), 200);
        Element updated = page(marker + " 老年补助").selectFirst("#guide-results li");
        assertThat(updated.text()).contains("老年补助资格认定", "5个工作日", "二楼综合窗口");
        assertThat(page(marker + " 养老补贴").selectFirst("section.search-guides")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_index_feed WHERE kind = 'SERVICE_ITEM' AND document_id = ?")
                .param(itemId(code)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theAdministratorsRebuildIndexesTheGuidesBesideTheDocuments() throws Exception {
        String marker = SearchWebTest.randomHan(4);
        String code = code();
        send(post("/api/v1/staff/service-items/import").with(officer()).contentType("application/x-ndjson")
                .content(lines(List.of(promised(code, marker + "困难残疾人生活补贴", CIVIL_AFFAIRS)))), 200);
        backend.remove(IndexedDocument.key(IndexedDocument.Kind.SERVICE_ITEM, itemId(code))); // an index without it
        assertThat(page(marker).selectFirst("section.search-guides")).isNull();

        mvc.perform(post("/console/search/rebuild").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, unit(CENTRE))))
                .andExpect(status().is3xxRedirection());
        assertThat(page(marker).selectFirst("#guide-results a").attr("href")).isEqualTo("/services/items/" + code);
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE action = 'SEARCH_INDEX_REBUILT' ORDER BY seq DESC "
                + "FETCH FIRST 1 ROWS ONLY").query(String.class).single()).contains("项办事指南");
    }
}
