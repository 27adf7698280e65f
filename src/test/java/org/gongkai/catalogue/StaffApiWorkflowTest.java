package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.allRoles;
import static org.gongkai.catalogue.CatalogueFixtures.draftJson;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StaffApiWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    long office;
    String creditCode;

    @BeforeEach
    void unit() {
        office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        creditCode = CatalogueFixtures.OFFICE;
    }

    long create(String title, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/staff/documents").with(allRoles(office))
                        .contentType(MediaType.APPLICATION_JSON).content(draftJson(office, title, body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(json).get("id").asLong();
    }

    JsonNode act(long id, String action, String body, int expected) throws Exception {
        var request = post("/api/v1/staff/documents/{id}/{action}", id, action).with(allRoles(office));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String json = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(json);
    }

    @Test
    void draftWithAMobileNumberIsBlockedUntilMaskedThenPublishedWithAnIndexNumber() throws Exception {
        String title = unique("关于政务公开的通知");
        long id = create(title, "<p>联系人电话13812345678，请于月底前报送。</p><script>alert(1)</script>");

        JsonNode submitted = act(id, "submit", null, 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("body").asString()).doesNotContain("script");
        assertThat(submitted.get("findings")).hasSize(1);
        JsonNode finding = submitted.get("findings").get(0);
        assertThat(finding.get("kind").asString()).isEqualTo("MOBILE");
        assertThat(finding.get("masked").asString()).isEqualTo("138****5678");
        assertThat(finding.get("context").asString()).contains("【138****5678】").doesNotContain("13812345678");

        JsonNode refused = act(id, "review", null, 409);
        assertThat(refused.get("code").asString()).isEqualTo("FINDINGS_OPEN");

        JsonNode masked = act(id, "mask", null, 200);
        assertThat(masked.get("body").asString()).contains("138****5678").doesNotContain("13812345678");
        assertThat(masked.get("findings").get(0).get("status").asString()).isEqualTo("MASKED");

        act(id, "review", null, 200);
        act(id, "sign-off", null, 200);
        JsonNode published = act(id, "publish", null, 200);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("indexNumber").asString()).matches(creditCode + "/\\d{4}-\\d{5}");

        mvc.perform(get("/api/v1/documents/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.indexNumber").value(published.get("indexNumber").asString()))
                .andExpect(jsonPath("$.validity").value("有效"))
                .andExpect(jsonPath("$.category").value("行政规范性文件"));

        act(id, "withdraw", "{\"reason\": \"内容已过时\"}", 200);
        mvc.perform(get("/api/v1/documents/{id}", id)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = ? AND action = 'WITHDRAW_DOCUMENT'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reviewerOverrideNeedsAReasonAndIsAudited() throws Exception {
        long id = create(unique("公示"), "<p>秘密★1年</p><p>正文</p>");
        JsonNode submitted = act(id, "submit", null, 200);
        JsonNode finding = submitted.get("findings").get(0);
        assertThat(finding.get("kind").asString()).isEqualTo("SECRECY");
        act(id, "publish", null, 409);

        mvc.perform(post("/api/v1/staff/documents/findings/{f}/override", finding.get("id").asLong())
                        .with(allRoles(office)).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post("/api/v1/staff/documents/findings/{f}/override", finding.get("id").asLong())
                        .with(allRoles(office)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"标识为历史文件原文，已解密\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].status").value("OVERRIDDEN"));
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE object_id = ? AND action = 'OVERRIDE_FINDING'")
                .param(String.valueOf(id)).query(String.class).single()).contains("已解密");
        act(id, "review", null, 200);
        act(id, "sign-off", null, 200);
        act(id, "publish", null, 200);
    }

    @Test
    void missingMetadataIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/api/v1/staff/documents").with(allRoles(office)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"title\": \"x\", \"writtenOn\": \"2026-11-20\", \"topic\": \"不存在\\\\的分类\", \"category\": \"规章\"}".formatted(office)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("topic"));
        mvc.perform(post("/api/v1/staff/documents").with(allRoles(office)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"title\": \"x\", \"writtenOn\": \"2026-13-45\"}".formatted(office)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("writtenOn"));
    }

    @Test
    void editorOfAnotherUnitGets404() throws Exception {
        long id = create(unique("本单位文件"), "正文");
        long finance = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        mvc.perform(get("/api/v1/staff/documents/{id}", id).with(TestActors.as(Role.EDITOR, finance)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff/documents/{id}/submit", id).with(TestActors.as(Role.EDITOR, finance)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void forbiddenTransitionIsAConflict() throws Exception {
        long id = create(unique("草稿"), "正文");
        act(id, "publish", null, 409);
        act(id, "sign-off", null, 409);
        act(id, "withdraw", "{\"reason\": \"x\"}", 409);
    }

    @Test
    void repealLinksOldAndNewAndShowsOnBothPublicPages() throws Exception {
        long old = publish(unique("旧办法"));
        long replacement = publish(unique("新办法"));
        act(old, "repeal", "{\"replacementId\": %d, \"note\": \"由新办法废止\"}".formatted(replacement), 200);
        mvc.perform(get("/api/v1/documents/{id}", old))
                .andExpect(jsonPath("$.validity").value("废止"))
                .andExpect(jsonPath("$.replacedBy.id").value(replacement));
        mvc.perform(get("/api/v1/documents/{id}", replacement))
                .andExpect(jsonPath("$.replaces.id").value(old));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = ? AND action = 'REPEAL_DOCUMENT'")
                .param(String.valueOf(old)).query(Long.class).single()).isEqualTo(1);
    }

    long publish(String title) throws Exception {
        long id = create(title, "正文内容");
        for (String a : new String[] {"submit", "review", "sign-off", "publish"}) {
            act(id, a, null, 200);
        }
        return id;
    }
}
