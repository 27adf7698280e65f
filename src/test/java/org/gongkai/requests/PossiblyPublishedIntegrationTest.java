package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The officer sees published catalogue documents matching the request: the information may already be disclosed. */
@IntegrationTest
class PossiblyPublishedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    static String randomHan(int length) {
        Random r = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(0x4E00 + 0x3000 + r.nextInt(0x1000));
        }
        return s.toString();
    }

    long unit(String creditCode) {
        return units.findByCreditCode(creditCode).orElseThrow().id();
    }

    /** Publishes through the catalogue's staff API (draft → submit → review → sign-off → publish). */
    long publish(long unit, String title) throws Exception {
        RequestPostProcessor staff = TestActors.as(-9, "requests-dup", Map.of(unit,
                Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        String draft = """
                {"unitId": %d, "title": "%s", "summary": "摘要", "writtenOn": "2026-11-20",
                 "topic": "综合政务\\\\政务公开", "category": "行政规范性文件", "genre": "通知", "keywords": ["测试"],
                 "validity": "有效", "body": "<p>各乡镇要按本通知执行。</p>"}""".formatted(unit, title);
        String json = mvc.perform(post("/api/v1/staff/documents").with(staff)
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = JsonMapper.shared().readTree(json).get("id").asLong();
        for (String action : new String[] {"submit", "review", "sign-off", "publish"}) {
            mvc.perform(post("/api/v1/staff/documents/{id}/{action}", id, action).with(staff)).andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void theOfficerSeesPublishedDocumentsMatchingTheDescriptionTheRequestsUnitFirst() throws Exception {
        String marker = randomHan(4);
        long elsewhere = publish(unit(RequestApiIntegrationTest.FINANCE), "关于" + marker + "资金管理的通知");
        long own = publish(unit(RequestApiIntegrationTest.OFFICE), "关于" + marker + "工作安排的通知");
        String description = "请公开" + marker + "相关的政府信息";
        String receipt = mvc.perform(post("/api/v1/disclosure-requests").with(RequestApiIntegrationTest.fromSomewhere())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RequestApiIntegrationTest.application("钱七", RequestApiIntegrationTest.VALID_ID, description)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String tn = JsonMapper.shared().readTree(receipt).get("trackingNumber").asString();
        var officer = TestActors.as(Role.REQUEST_OFFICER, unit(RequestApiIntegrationTest.OFFICE));

        JsonNode view = JsonMapper.shared().readTree(mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn)
                .with(officer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode matches = view.get("possiblyPublished");
        assertThat(matches.size()).isEqualTo(2);
        assertThat(List.of(matches.get(0).get("id").asLong(), matches.get(1).get("id").asLong()))
                .containsExactly(own, elsewhere);
        assertThat(matches.get(0).get("title").asString()).isEqualTo("关于" + marker + "工作安排的通知");
        assertThat(matches.get(0).get("url").asString()).isEqualTo("/openness/documents/" + own);
        assertThat(matches.get(0).get("indexNumber").asString()).startsWith(RequestApiIntegrationTest.OFFICE + "/");

        String page = mvc.perform(get("/console/requests/" + tn).with(officer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("可能已主动公开").contains("href=\"/openness/documents/" + own + "\"")
                .contains("关于" + marker + "工作安排的通知").doesNotContain("公开目录检索接入后提供");
    }

    @Test
    void aLookupThatFindsNothingIsNotLoggedAsACitizensSearch() throws Exception {
        String marker = randomHan(5);
        mvc.perform(post("/api/v1/disclosure-requests").with(RequestApiIntegrationTest.fromSomewhere())
                .contentType(MediaType.APPLICATION_JSON)
                .content(RequestApiIntegrationTest.application("孙八", RequestApiIntegrationTest.VALID_ID, marker)))
                .andExpect(status().isCreated());
        String tn = jdbc.sql("SELECT tracking_number FROM requests_request WHERE description = :d").param("d", marker)
                .query(String.class).single();

        String page = mvc.perform(get("/console/requests/" + tn)
                .with(TestActors.as(Role.REQUEST_OFFICER, unit(RequestApiIntegrationTest.OFFICE))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("可能已主动公开");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_zero_result WHERE query_text LIKE :q").param("q", "%" + marker + "%")
                .query(Integer.class).single()).isZero();
    }
}
