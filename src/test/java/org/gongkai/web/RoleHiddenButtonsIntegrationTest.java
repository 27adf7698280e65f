package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.gongkai.ConsoleFixtures;
import org.gongkai.ConsoleFixtures.TestUnit;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.Role;
import org.gongkai.reports.ReportService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Buttons a user's roles cannot use are not shown (#10) — derived from the commands' own authorisation — and the
 * POST behind each hidden button is still refused. Each case has a positive control: a role that may use the button
 * sees it. (The request page and queue: {@code RequestConsolePageIntegrationTest}.)
 */
@IntegrationTest
class RoleHiddenButtonsIntegrationTest {

    static final String NO_ROLE = "您在该单位没有执行此操作所需的角色";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportService reports;

    Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    String post(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
            RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String documentStatus(long id) {
        return jdbc.sql("SELECT status FROM catalogue_document WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void theDocumentPageShowsEachFormOnlyToTheRolesItsCommandAdmits() throws Exception {
        TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "按钮测试局");
        RequestPostProcessor all = TestActors.as(-41, "buttons-all", Map.of(unit.id(),
                Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        RequestPostProcessor editor = TestActors.as(Role.EDITOR, unit.id());
        RequestPostProcessor reviewer = TestActors.as(Role.REVIEWER, unit.id());
        RequestPostProcessor leader = TestActors.as(Role.LEADER, unit.id());
        String title = "按钮可见性" + System.nanoTime();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/console/catalogue")
                        .with(all).with(csrf()).param("unitId", String.valueOf(unit.id())).param("title", title)
                        .param("writtenOn", "2026-06-01").param("topic", "综合政务\\政务公开")
                        .param("category", "A20_15_OTHER").param("body", "<p>请联系13912345678</p>"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
        String path = "/console/catalogue/" + id;

        Document asEditor = page(path, editor);
        assertThat(asEditor.getElementById("form-act-submit")).isNotNull();
        assertThat(asEditor.getElementById("form-attachments")).isNotNull();
        assertThat(asEditor.select("a[href=" + path + "/edit]")).isNotEmpty();

        assertThat(asEditor.select("a[href=/console/catalogue/new]")).isNotEmpty();
        assertThat(asEditor.select("a[href=/console/catalogue/late]")).as("not a supervisor").isEmpty();

        Document asReviewer = page(path, reviewer);
        assertThat(asReviewer.select("a[href=/console/catalogue/new]")).as("drafting needs an editor").isEmpty();
        assertThat(asReviewer.select("a[href=/console/catalogue/import]")).isEmpty();
        assertThat(asReviewer.getElementById("form-act-submit")).isNull();
        assertThat(asReviewer.getElementById("form-attachments")).isNull();
        assertThat(asReviewer.select("a[href=" + path + "/edit]")).isEmpty();
        assertThat(asReviewer.getElementById("form-mask")).as("reviewers may mask").isNotNull();
        assertThat(post(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path + "/act/submit"),
                reviewer)).contains(NO_ROLE);
        assertThat(post(multipart(path + "/attachments").file(new MockMultipartFile("file", "a.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8))), reviewer)).contains(NO_ROLE);
        assertThat(documentStatus(id)).isEqualTo("DRAFT");

        Document asLeader = page(path, leader);
        assertThat(asLeader.getElementById("form-mask")).as("leaders do not mask").isNull();
        assertThat(post(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path + "/mask"), leader))
                .contains(NO_ROLE);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path + "/act/submit")
                .with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        long finding = jdbc.sql("SELECT MIN(id) FROM catalogue_finding WHERE document_id = ?").param(id)
                .query(Long.class).single();
        assertThat(page(path, reviewer).getElementById("form-override-" + finding)).isNotNull();
        assertThat(page(path, editor).getElementById("form-override-" + finding)).as("only reviewers confirm").isNull();
        assertThat(page(path, editor).getElementById("form-act-review")).isNull();
        int refusedBefore = refusals("OVERRIDE_FINDING");
        assertThat(post(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/console/catalogue/findings/" + finding + "/override").param("documentId", String.valueOf(id))
                .param("reason", "可以公开"), editor)).contains(NO_ROLE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_finding WHERE id = ? AND override_reason IS NULL")
                .param(finding).query(Integer.class).single()).isEqualTo(1);
        assertThat(refusals("OVERRIDE_FINDING")).as("the refusal is audited").isEqualTo(refusedBefore + 1);
    }

    @Test
    void theReportPageShowsApprovalOnlyToTheApproverAndPreparationOnlyToThePreparers() throws Exception {
        TestUnit township = ConsoleFixtures.newUnit(jdbc, "TOWNSHIP_GOVERNMENT", "按钮镇");
        TestActor preparer = new TestActor(-42, "buttons-preparer", "编写", Map.of(township.id(), Set.of(Role.EDITOR)));
        TestActor leader = new TestActor(-43, "buttons-leader", "镇长", Map.of(township.id(), Set.of(Role.LEADER)));
        RequestPostProcessor asPreparer = TestActors.as(preparer.staffId(), preparer.username(), preparer.unitRoles());
        RequestPostProcessor asLeader = TestActors.as(leader.staffId(), leader.username(), leader.unitRoles());
        String path = "/console/reports/" + township.code() + "/2025";
        reports.saveNarrative(preparer, township.code(), 2025, "总体情况。", "存在的主要问题：人员不足。改进情况：加强培训。",
                "本年度未收取信息处理费。");
        reports.submit(preparer, township.code(), 2025);

        Document asApprover = page(path, asLeader);
        assertThat(asApprover.getElementById("form-approve")).isNotNull();
        assertThat(asApprover.getElementById("form-return")).isNotNull();
        Document forPreparer = page(path, asPreparer);
        assertThat(forPreparer.getElementById("form-approve")).isNull();
        assertThat(forPreparer.getElementById("form-return")).isNull();
        assertThat(post(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path + "/approve"),
                asPreparer)).contains("只有政务公开主管部门（政府自行）可以审核年度报告");
        assertThat(jdbc.sql("SELECT status FROM reports_report WHERE unit_id = ? AND report_year = 2025")
                .param(township.id()).query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void theRequestQueueAndConsoleShowNoLinkTheAccessRulesWouldRefuse() throws Exception {
        TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "链接测试局");
        RequestPostProcessor leader = TestActors.as(Role.LEADER, unit.id());
        Document queue = page("/console/requests", leader);
        assertThat(queue.getElementById("register-link")).isNull();
        mvc.perform(get("/console/requests/new").with(leader)).andExpect(status().isForbidden());
        assertThat(page("/console/requests", TestActors.as(Role.REQUEST_OFFICER, unit.id()))
                .getElementById("register-link")).isNotNull();
    }

    int refusals(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND outcome = 'REFUSED'")
                .param(action).query(Integer.class).single();
    }
}
