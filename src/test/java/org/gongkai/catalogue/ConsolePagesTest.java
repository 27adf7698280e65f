package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.allRoles;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void refusedDraftKeepsWhatTheEditorTypedAndShowsEachFieldError() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        String title = unique("保留输入");
        mvc.perform(post("/console/catalogue").with(allRoles(office)).with(csrf())
                        .param("unitId", String.valueOf(office)).param("title", title).param("writtenOn", "")
                        .param("topic", "").param("body", "正文草稿内容"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("正文草稿内容"),
                        containsString("请填写成文日期"), containsString("请选择主题分类"), containsString("请选择信息类别"),
                        containsString("id=\"writtenOn-error\""))));
    }

    @Test
    void draftSavedThroughTheFormIsSanitisedAndShownWithItsFindings() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        String title = unique("页面起草");
        mvc.perform(post("/console/catalogue").with(allRoles(office)).with(csrf())
                        .param("unitId", String.valueOf(office)).param("title", title).param("writtenOn", "2026-11-20")
                        .param("topic", "综合政务\\政务公开").param("category", "A20_15_OTHER")
                        .param("body", "<p onclick=\"x()\">请联系13912345678</p><a href=\"javascript:alert(1)\">链接</a>"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
        String body = jdbc.sql("SELECT body FROM catalogue_document WHERE id = ?").param(id).query(String.class).single();
        assertThat(body).doesNotContain("onclick", "javascript:").contains("请联系13912345678");

        mvc.perform(post("/console/catalogue/{id}/act/submit", id).with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/catalogue/{id}", id).with(allRoles(office)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("手机号码"), containsString("139****5678"),
                        containsString("确认可公开"))));
    }

    @Test
    void queueFlagsLateDraftsAndTheSupervisorSeesThem() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        mvc.perform(get("/console/catalogue").with(TestActors.as(Role.EDITOR, office)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已逾期"), containsString("满意度调查"))));
        mvc.perform(get("/console/catalogue/late").with(TestActors.as(Role.SUPERVISOR, office)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("满意度调查")));
    }

    @Test
    void otherUnitsDocumentPageIs404() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        long finance = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        long id = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE unit_id = ?").param(office)
                .query(Long.class).single();
        mvc.perform(get("/console/catalogue/{id}", id).with(TestActors.as(Role.EDITOR, finance)))
                .andExpect(status().isNotFound());
    }

    @Test
    void citizensAndOtherRolesCannotOpenTheConsole() throws Exception {
        mvc.perform(get("/console/catalogue")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/catalogue").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void versionsPageShowsADiffBetweenPublishedVersions() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        String title = unique("版本");
        mvc.perform(post("/console/catalogue").with(allRoles(office)).with(csrf())
                .param("unitId", String.valueOf(office)).param("title", title).param("writtenOn", "2026-11-20")
                .param("topic", "综合政务\\政务公开").param("category", "A20_15_OTHER").param("body", "第一段\n第二段"));
        long id = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
        publish(id, office);
        mvc.perform(post("/console/catalogue/{id}/edit", id).with(allRoles(office)).with(csrf())
                .param("title", title).param("writtenOn", "2026-11-20")
                .param("topic", "综合政务\\政务公开").param("category", "A20_15_OTHER").param("body", "第一段\n第二段已修改"))
                .andExpect(status().is3xxRedirection());
        // the public still sees version 1 while the revision is reviewed
        mvc.perform(get("/openness/documents/{id}", id)).andExpect(content().string(containsString("第二段")));
        publish(id, office);
        mvc.perform(get("/console/catalogue/{id}/versions", id).with(allRoles(office)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第2版"), containsString("− 删除"),
                        containsString("第二段已修改"))));
    }

    @Test
    void theDocumentPageOffersOnlyTheActionsTheWorkflowAndTheActorsRolesAllowNow() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        long id = draft(office, unique("按状态显示"), "<p>正文</p>");
        mvc.perform(get("/console/catalogue/{id}", id).with(TestActors.as(Role.EDITOR, office)))
                .andExpect(content().string(allOf(containsString("/act/submit\""),
                        org.hamcrest.Matchers.not(containsString("/act/review\"")),
                        org.hamcrest.Matchers.not(containsString("/act/publish\"")))));
        mvc.perform(post("/console/catalogue/{id}/act/submit", id).with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // submitted: the editor has nothing left to do; the reviewer may pass it or send it back
        mvc.perform(get("/console/catalogue/{id}", id).with(TestActors.as(Role.EDITOR, office)))
                .andExpect(content().string(allOf(org.hamcrest.Matchers.not(containsString("/act/submit\"")),
                        org.hamcrest.Matchers.not(containsString("/act/review\"")),
                        org.hamcrest.Matchers.not(containsString("/act/return\"")))));
        mvc.perform(get("/console/catalogue/{id}", id).with(TestActors.as(Role.REVIEWER, office)))
                .andExpect(content().string(allOf(containsString("/act/review\""), containsString("/act/return\""),
                        org.hamcrest.Matchers.not(containsString("/act/sign-off\"")))));
    }

    @Test
    void aRefusedActionShowsThePageAgainWithWhatWasTypedAndTheReasonAtTheField() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        long id = draft(office, unique("拒绝保留"), "<p>联系电话13812345678</p>");
        mvc.perform(post("/console/catalogue/{id}/act/submit", id).with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long finding = jdbc.sql("SELECT id FROM catalogue_finding WHERE document_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(post("/console/catalogue/findings/{f}/override", finding).with(allRoles(office)).with(csrf())
                        .param("documentId", String.valueOf(id)).param("reason", "可以"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"可以\""),
                        containsString("id=\"override-" + finding + "-reason-error\""), containsString("至少4个字"),
                        containsString("aria-describedby=\"override-" + finding + "-reason-error\""))));
        // the refusal of a workflow step is on the record, under the command's name
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'OVERRIDE_FINDING' AND outcome = 'REFUSED'"
                + " AND detail LIKE '%至少4个字%'").query(Long.class).single()).isPositive();

        mvc.perform(post("/console/catalogue/{id}/act/review", id).with(allRoles(office)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("处个人信息或密级标识未处理")));
        mvc.perform(post("/console/catalogue/{id}/act/return", id).with(allRoles(office)).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"act-return-reason-error\""),
                        containsString("请填写退回理由"))));
        assertThat(jdbc.sql("SELECT status FROM catalogue_document WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(detail(id, office)).doesNotContain("id=\"returned-reason\"");

        // returned with a reason: the editor sees why on the draft's page, until the draft is submitted again
        mvc.perform(post("/console/catalogue/{id}/act/return", id).with(allRoles(office)).with(csrf())
                        .param("reason", "请删除第三段的手机号码")).andExpect(status().is3xxRedirection());
        assertThat(detail(id, office)).contains("id=\"returned-reason\"").contains("请删除第三段的手机号码");
        mvc.perform(post("/console/catalogue/{id}/act/submit", id).with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(detail(id, office)).doesNotContain("请删除第三段的手机号码");
    }

    private String detail(long id, long office) throws Exception {
        return mvc.perform(get("/console/catalogue/{id}", id).with(allRoles(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long draft(long office, String title, String body) throws Exception {
        mvc.perform(post("/console/catalogue").with(allRoles(office)).with(csrf())
                        .param("unitId", String.valueOf(office)).param("title", title).param("writtenOn", "2026-11-20")
                        .param("topic", "综合政务\\政务公开").param("category", "A20_15_OTHER").param("body", body))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
    }

    private void publish(long id, long office) throws Exception {
        for (String a : new String[] {"submit", "review", "sign-off", "publish"}) {
            mvc.perform(post("/console/catalogue/{id}/act/{a}", id, a).with(allRoles(office)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("SELECT status FROM catalogue_document WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("PUBLISHED");
    }
}
