package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.ConsoleFixtures;
import org.gongkai.ConsoleFixtures.TestUnit;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's request page (#10): the step's next action first and the others folded, letters by their Chinese
 * names, the applicant's identity number and contacts masked until an audited 查看完整信息, 转办 by choosing a unit.
 */
@IntegrationTest
class RequestConsolePageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService requests;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    UnitDirectory units;

    TestUnit unit;
    TestActor officer;
    RequestPostProcessor asOfficer;

    String newRequest(String description) {
        unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "页面测试局");
        officer = new TestActor(-31, "page-officer", "承办", Map.of(unit.id(), Set.of(Role.REQUEST_OFFICER)));
        asOfficer = TestActors.as(officer.staffId(), officer.username(), officer.unitRoles());
        return ConsoleFixtures.requestDueOn(requests, calendar, officer, unit.code(), LocalDate.parse("2026-07-08"),
                description);
    }

    Document page(String tn, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(html(mvc.perform(get("/console/requests/" + tn).with(who)).andExpect(status().isOk())
                .andReturn()));
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    void act(String tn, String action, String... params) throws Exception {
        var request = post("/console/requests/" + tn + "/" + action).with(asOfficer).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The next action's form id, and the folded forms' ids in page order. */
    record Offered(String next, List<String> folded) {}

    static Offered offered(Document page) {
        Element next = page.getElementById("next-action");
        Element more = page.getElementById("more-actions");
        return new Offered(next == null ? null : next.selectFirst("form").id(),
                more == null ? List.of() : more.select("form").eachAttr("id"));
    }

    @Test
    void theStepsNextActionComesFirstWithThePrimaryButtonAndTheOthersAreFolded() throws Exception {
        String tn = newRequest("办理顺序测试：示例县2025年财政预算执行情况");

        Offered registered = offered(page(tn, asOfficer));
        assertThat(registered.next()).isEqualTo("form-accept");
        assertThat(registered.folded()).contains("form-correction-request", "form-consultation", "form-extension",
                "form-fee-notice", "form-decision", "form-withdrawal", "form-transfer").doesNotContain("form-accept");
        Document first = page(tn, asOfficer);
        assertThat(first.getElementById("accept-button").hasClass("btn-primary")).isTrue();
        assertThat(first.getElementById("more-actions").hasAttr("open")).isFalse();
        assertThat(first.getElementById("more-actions").select(".btn-primary")).as("one primary button").isEmpty();
        assertThat(first.getElementById("more-actions").selectFirst("summary").text()).isEqualTo("其他操作");

        act(tn, "accept");
        assertThat(offered(page(tn, asOfficer)).next()).isEqualTo("form-review");
        act(tn, "review");
        Document processing = page(tn, asOfficer);
        assertThat(offered(processing).next()).isEqualTo("form-decision");
        assertThat(processing.getElementById("decide-button").hasClass("btn-primary")).isTrue();

        act(tn, "consultation", "on", "2026-06-15", "consultee", "第三方企业");
        Offered consulting = offered(page(tn, asOfficer));
        assertThat(consulting.next()).as("the clock waits for the opinion").isEqualTo("form-consultation-end");
        assertThat(consulting.folded()).contains("form-decision").doesNotContain("form-consultation");
        act(tn, "consultation-end", "on", "2026-06-15");
        assertThat(offered(page(tn, asOfficer)).next()).isEqualTo("form-decision");

        act(tn, "decision", "on", "2026-06-15", "decisionCode", "DISCLOSED", "reasons", "予以公开。");
        Offered replied = offered(page(tn, asOfficer));
        assertThat(replied.next()).isEqualTo("form-delivery");
        assertThat(replied.folded()).contains("form-review-record").doesNotContain("form-archive", "form-decision");
        act(tn, "delivery", "on", "2026-06-15", "channel", "邮寄");
        assertThat(offered(page(tn, asOfficer)).next()).isEqualTo("form-archive");
        act(tn, "archive");
        Offered archived = offered(page(tn, asOfficer));
        assertThat(archived.next()).isNull();
        assertThat(archived.folded()).containsExactly("form-review-record");
    }

    @Test
    void aRefusedFoldedFormIsShownOpenWithTheReasonAtItsField() throws Exception {
        String tn = newRequest("折叠表单退回测试");
        String refused = html(mvc.perform(post("/console/requests/" + tn + "/extension").with(asOfficer).with(csrf())
                .param("on", "2026-06-15").param("days", "25").param("approver", "周志远"))
                .andExpect(status().isBadRequest()).andReturn());
        Document page = Jsoup.parse(refused);
        assertThat(page.getElementById("more-actions").hasAttr("open")).isTrue();
        assertThat(page.getElementById("extension-days-error").text()).contains("1 至 20 个工作日");
        assertThat(page.getElementById("extension-approver").val()).isEqualTo("周志远");
    }

    @Test
    void lettersAreNamedInChineseAndOnlyThoseThatCanBeGeneratedAreOffered() throws Exception {
        String tn = newRequest("文书名称测试");
        assertThat(page(tn, asOfficer).getElementById("letters").nextElementSibling().text()).contains("尚无可生成的文书");

        act(tn, "correction-request", "on", "2026-06-15", "what", "请写明文件名称");
        act(tn, "correction", "on", "2026-06-15");
        act(tn, "extension", "on", "2026-06-15", "days", "10", "approver", "周志远");
        act(tn, "decision", "on", "2026-06-15", "decisionCode", "DISCLOSED", "reasons", "予以公开。");
        Document page = page(tn, asOfficer);
        String letters = page.getElementById("letters").nextElementSibling().text();
        assertThat(letters).contains("答复书", "补正通知书", "延期答复告知书").doesNotContain("收费通知书", "征求意见函",
                "REPLY", "CORRECTION_NOTICE", "EXTENSION_NOTICE");
        for (String href : page.getElementById("letters").nextElementSibling().select("a").eachAttr("href")) {
            mvc.perform(get(href).with(asOfficer)).andExpect(status().isOk());
        }
    }

    @Test
    void identityNumberAndContactsAreMaskedUntilTheOfficerAsksAndTheViewIsAudited() throws Exception {
        String tn = newRequest("脱敏显示测试");
        Document masked = page(tn, asOfficer);
        assertThat(masked.getElementById("applicant-name").text()).isEqualTo("欧阳娜娜");
        assertThat(masked.getElementById("applicant-identity").text()).isEqualTo("11*************02X");
        assertThat(masked.getElementById("applicant-phone").text()).isEqualTo("137****1111");
        assertThat(masked.getElementById("applicant-email").text()).isEqualTo("o***@example.cn");
        assertThat(masked.getElementById("applicant-address").text()).isEqualTo("示例县城关镇****");
        assertThat(masked.html()).doesNotContain("11010519491231002X", "13700001111", "oy@example.cn", "东街12号");
        assertThat(audits(tn)).isZero();

        mvc.perform(post("/console/requests/" + tn + "/reveal").with(TestActors.as(Role.REQUEST_OFFICER,
                units.findByCreditCode(ConsoleFixtures.OFFICE).orElseThrow().id())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(audits(tn)).as("another unit's officer sees nothing and nothing is recorded as viewed").isZero();

        MvcResult reveal = mvc.perform(post("/console/requests/" + tn + "/reveal").with(asOfficer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(reveal.getResponse().getRedirectedUrl()).isEqualTo("/console/requests/" + tn + "#applicant");
        assertThat(audits(tn)).isEqualTo(1);
        assertThat(reveal.getFlashMap().get("revealed")).isEqualTo(true);
        // the flash attribute travels in the session (Spring Session), as for the browser following the redirect
        jakarta.servlet.http.Cookie session = reveal.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that carries the one-time reveal").isNotNull();
        MvcResult shown = mvc.perform(get("/console/requests/" + tn).with(asOfficer).cookie(session))
                .andExpect(status().isOk()).andReturn();
        Document full = Jsoup.parse(html(shown));
        assertThat(full.getElementById("applicant-identity").text()).isEqualTo("11010519491231002X");
        assertThat(full.getElementById("applicant-phone").text()).isEqualTo("13700001111");
        assertThat(full.getElementById("applicant-address").text()).isEqualTo("示例县城关镇东街12号");
        assertThat(full.getElementById("form-reveal")).isNull();

        assertThat(Jsoup.parse(html(mvc.perform(get("/console/requests/" + tn).with(asOfficer).cookie(session))
                .andReturn())).getElementById("applicant-identity").text()).as("masked again on the next visit")
                .isEqualTo("11*************02X");
        assertThat(audits(tn)).isEqualTo(1);
    }

    @Test
    void aSupervisorMayRevealButSeesNoActionAndItsPostsAreRefused() throws Exception {
        String tn = newRequest("督查只读测试");
        RequestPostProcessor supervisor = TestActors.as(Role.SUPERVISOR, unit.id());
        Document page = page(tn, supervisor);
        assertThat(page.getElementById("next-action")).isNull();
        assertThat(page.getElementById("more-actions")).isNull();
        assertThat(page.getElementById("form-notes")).isNull();
        assertThat(page.getElementById("form-attachments")).isNull();
        assertThat(page.getElementById("form-reveal")).isNotNull();
        mvc.perform(post("/console/requests/" + tn + "/accept").with(supervisor).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/requests/" + tn + "/notes").with(supervisor).with(csrf()).param("body", "x"))
                .andExpect(status().isForbidden());

        Document queue = Jsoup.parse(html(mvc.perform(get("/console/requests").with(supervisor)).andReturn()));
        assertThat(queue.getElementById("register-link")).isNull();
        assertThat(Jsoup.parse(html(mvc.perform(get("/console/requests").with(asOfficer)).andReturn()))
                .getElementById("register-link")).isNotNull();
        mvc.perform(get("/console/requests/new").with(supervisor)).andExpect(status().isForbidden());
        mvc.perform(post("/console/requests/new").with(supervisor).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT step FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(String.class).single()).isEqualTo("REGISTERED");
    }

    @Test
    void transferOffersTheUnitsThatHandleApplicationsGroupedAndTakesTheChosenOne() throws Exception {
        String tn = newRequest("转办测试：示例县城市道路养护合同");
        Document page = page(tn, asOfficer);
        Element select = page.getElementById("transfer-unitId");
        assertThat(select.select("optgroup").eachAttr("label")).containsExactly("县人民政府", "县政府工作部门", "乡镇人民政府");
        List<String> offered = select.select("option").eachText();
        assertThat(offered).contains("示例县财政局", "示例县城关镇人民政府")
                .doesNotContain("示例县城关镇东街村民委员会", "示例县12345热线中心", "示例县人民政府办公室政务公开办公室", unit.name());
        assertThat(page.select("label[for=transfer-unitId]").text()).isEqualTo("转办至");

        long finance = units.findByCreditCode("119901011001002878").orElseThrow().id();
        act(tn, "transfer", "unitId", String.valueOf(finance), "reason", "属财政局职责");
        assertThat(jdbc.sql("SELECT unit_id FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(Long.class).single()).isEqualTo(finance);
        mvc.perform(get("/console/requests/" + tn).with(asOfficer)).andExpect(status().isNotFound());
    }

    @Test
    void transferToAVillageCommitteeAServiceCentreAnUnknownOrTheSameUnitIsRefusedAtTheField() throws Exception {
        String tn = newRequest("转办拒绝测试");
        long village = units.findByCreditCode("54990101100102661B").orElseThrow().id();
        long hotline = units.findByCreditCode("129901011001024506").orElseThrow().id();
        Map<String, String> refusals = Map.of(
                String.valueOf(village), "村（居）民委员会是基层群众自治组织，不受理政府信息公开申请",
                String.valueOf(hotline), "服务中心等事业单位不受理政府信息公开申请",
                "999999999", "未找到该单位，请从列表中选择转办单位",
                String.valueOf(unit.id()), "申请已在“" + unit.name() + "”办理，请选择其他单位",
                "东街村", "请填写整数");
        for (Map.Entry<String, String> attempt : refusals.entrySet()) {
            Document refused = Jsoup.parse(html(mvc.perform(post("/console/requests/" + tn + "/transfer").with(asOfficer)
                    .with(csrf()).param("unitId", attempt.getKey()).param("reason", "试图转办"))
                    .andExpect(status().isBadRequest()).andReturn()));
            assertThat(refused.getElementById("transfer-unitId-error").text()).as(attempt.getKey())
                    .contains(attempt.getValue());
            assertThat(refused.getElementById("transfer-unitId").attr("aria-invalid")).isEqualTo("true");
            assertThat(refused.getElementById("transfer-reason").val()).isEqualTo("试图转办");
            assertThat(refused.getElementById("more-actions").hasAttr("open")).isTrue();
        }
        assertThat(jdbc.sql("SELECT unit_id FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(Long.class).single()).isEqualTo(unit.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'TRANSFER_REQUEST' AND object_id = :tn "
                + "AND outcome = 'REFUSED'").param("tn", tn).query(Integer.class).single())
                .as("each refused command is audited; a unit that is not a number is refused before any command")
                .isEqualTo(4);
    }

    @Test
    void theApiStillTransfersByCreditCodeAndRefusesAVillageCommitteeWithProblemJson() throws Exception {
        String tn = newRequest("接口转办测试");
        RequestPostProcessor token = asOfficer;
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/transfer").with(token)
                        .contentType("application/json").content("{\"unitCode\": \"54990101100102661B\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("unitCode"));
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/transfer").with(token)
                        .contentType("application/json").content("{\"unitCode\": \"119901011001002878\", \"reason\": \"x\"}"))
                .andExpect(status().isNoContent());
    }

    int audits(String tn) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_PERSONAL_DATA_VIEWED' AND object_id = :tn")
                .param("tn", tn).query(Integer.class).single();
    }
}
