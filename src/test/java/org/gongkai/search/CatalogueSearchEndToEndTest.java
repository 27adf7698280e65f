package org.gongkai.search;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Through the real catalogue: a document published over the staff API is found by the public search at once. */
@IntegrationTest
class CatalogueSearchEndToEndTest {

    static final String OFFICE = "11990101100100148H";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    RequestPostProcessor staff(long unit) {
        return TestActors.as(-8, "search-e2e", Map.of(unit, Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
    }

    long publish(long unit, String title, String number) throws Exception {
        return publish(unit, title, number, "<p>各乡镇要落实秸秆综合利用和禁烧责任。</p>");
    }

    long publish(long unit, String title, String number, String body) throws Exception {
        String draft = """
                {"unitId": %d, "title": "%s", "summary": "摘要", "documentNumber": %s,
                 "writtenOn": "2026-11-20", "topic": "综合政务\\\\政务公开", "category": "行政规范性文件",
                 "genre": "通知", "keywords": ["秸秆禁烧"], "validity": "有效",
                 "body": "%s"}""".formatted(unit, title, number == null ? "null" : "\"" + number + "\"", body);
        String json = mvc.perform(post("/api/v1/staff/documents").with(staff(unit))
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = JsonMapper.shared().readTree(json).get("id").asLong();
        for (String action : new String[] {"submit", "review", "sign-off", "publish"}) {
            mvc.perform(post("/api/v1/staff/documents/{id}/{action}", id, action).with(staff(unit)))
                    .andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void publishedDocumentIsSearchableWhenPublishReturnsAndGoneWhenWithdrawn() throws Exception {
        long unit = units.findByCreditCode(OFFICE).orElseThrow().id();
        String marker = SearchWebTest.randomHan(4);
        int serial = 1000 + (int) (Math.random() * 8000);
        long id = publish(unit, "关于" + marker + "禁烧工作的通知", "示政办发〔2026〕" + serial + "号");

        mvc.perform(get("/api/v1/documents").param("q", marker))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].indexNumber").value(containsString(OFFICE + "/")));
        mvc.perform(get("/api/v1/documents").param("q", "示政办发[2026]第" + serial + "号"))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/search").param("q", marker).param("unit", OFFICE))
                .andExpect(content().string(containsString("共找到 <strong>1</strong> 篇文件")));

        mvc.perform(post("/api/v1/staff/documents/{id}/withdraw", id).with(staff(unit))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"测试撤回\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents").param("q", marker)).andExpect(jsonPath("$.total").value(0));
    }

    /** Issue #10: the default lay-to-legal synonyms (V34_1): a citizen's 房东 finds the 出租人 of a document. */
    @Test
    void everydayWordsFindTheLegalTermsByDefault() throws Exception {
        long unit = units.findByCreditCode(OFFICE).orElseThrow().id();
        String marker = SearchWebTest.randomHan(4);
        long id = publish(unit, "关于" + marker + "房屋租赁的通知", null, "<p>出租人应当按照约定将房屋交付承租人。</p>");
        mvc.perform(get("/api/v1/documents").param("q", marker + " 房东"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/documents").param("q", marker + " 租客"))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/documents").param("q", marker + " 网购")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void administratorRebuildsTheIndexFromTheDatabase() throws Exception {
        long unit = units.findByCreditCode(OFFICE).orElseThrow().id();
        String marker = SearchWebTest.randomHan(4);
        long id = publish(unit, "关于" + marker + "的通知", null);
        mvc.perform(post("/console/search/rebuild").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, unit)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/documents").param("q", marker)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(post("/console/search/rebuild").with(csrf()).with(TestActors.as(Role.EDITOR, unit)))
                .andExpect(status().isForbidden());
    }
}
