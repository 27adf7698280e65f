package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The form fragments (layout/form.html) on real forms: the unit form of the organisation module, and the case pages
 * moved onto them (the request page and registration, the catalogue document page and editor, the annual-report
 * pages), rendered as they are first shown and after refusals: every {@code aria-describedby} and every error-summary
 * link points at an element that exists, and every control has a label ({@link FormMarkup#assertWellFormed}).
 */
@IntegrationTest
class FormFragmentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    static final String OFFICE = "11990101100100148H"; // 县政府办: requests, catalogue and reports of a demo unit

    private long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    @Test
    void anEmptyFormTakesMaxlengthAndRequiredFromTheFormClassAndDescribesNothingThatIsNotThere() throws Exception {
        String html = mvc.perform(get("/console/organisation/units/new").with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = FormMarkup.assertWellFormed(html);

        Element name = page.getElementById("name");
        assertThat(name.attr("maxlength")).isEqualTo("200");
        assertThat(name.hasAttr("required")).isTrue();
        assertThat(name.hasAttr("aria-describedby")).isFalse();
        assertThat(name.hasAttr("aria-invalid")).isFalse();
        assertThat(page.getElementById("officeAddress").attr("maxlength")).isEqualTo("300");
        assertThat(page.getElementById("officeAddress").hasAttr("required")).isFalse();
        assertThat(page.getElementById("creditCode").attr("maxlength")).isEqualTo("18");
        assertThat(page.select("label[for=type]").text()).isEqualTo("单位类型");
        assertThat(page.select("#type option").first().text()).isEqualTo("请选择");
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(FormMarkup.unbounded(page)).isEmpty();
    }

    @Test
    void aRefusedFormMarksTheFieldsLinksTheSummaryToThemAndKeepsWhatWasTyped() throws Exception {
        String tooLong = "长".repeat(301);
        String html = mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", "").param("name", "表单片段单位").param("type", "DEPARTMENT")
                        .param("officeAddress", tooLong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = FormMarkup.assertWellFormed(html);

        Element address = page.getElementById("officeAddress");
        assertThat(address.attr("aria-invalid")).isEqualTo("true");
        assertThat(address.attr("aria-describedby")).isEqualTo("officeAddress-error");
        assertThat(address.val()).isEqualTo(tooLong);
        assertThat(page.getElementById("officeAddress-error").text()).isEqualTo("不能超过300个字");
        assertThat(page.getElementById("creditCode").attr("aria-describedby")).isEqualTo("creditCode-error");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#officeAddress", "#creditCode");
        assertThat(page.getElementById("name").val()).isEqualTo("表单片段单位");
        assertThat(page.getElementById("name").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#type option[selected]").val()).isEqualTo("DEPARTMENT");
    }

    long office() {
        return units.findByCreditCode(OFFICE).orElseThrow().id();
    }

    /** The page that {@code request} answers with {@code status}, checked by {@link FormMarkup#assertWellFormed}. */
    Document page(RequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return FormMarkup.assertWellFormed(html);
    }

    @Test
    void theRequestPagesDescribeOnlyWhatExistsBeforeAndAfterARefusal() throws Exception {
        RequestPostProcessor officer = TestActors.as(Role.REQUEST_OFFICER, office());
        Document register = page(get("/console/requests/new").with(officer), 200);
        assertThat(register.select("label[for=channel]").text()).isEqualTo("申请方式");
        Document refusedRegistration = page(post("/console/requests/new").with(officer).with(csrf())
                .param("channel", "LETTER").param("receivedOn", "2025-09-26").param("applicantType", "NATURAL_PERSON")
                .param("name", "").param("phone", "123"), 200);
        assertThat(refusedRegistration.select(".error-summary a").eachAttr("href")).contains("#name", "#phone");
        assertThat(refusedRegistration.getElementById("phone").attr("aria-describedby")).isEqualTo("phone-error");

        String location = mvc.perform(post("/console/requests/new").with(officer).with(csrf())
                        .param("channel", "LETTER").param("receivedOn", "2025-09-26").param("applicantType", "NATURAL_PERSON")
                        .param("name", "表单片段申请人").param("idNumber", "11010519491231002X").param("phone", "13700002222")
                        .param("unitCode", OFFICE).param("description", "表单片段测试：示例县防汛应急预案")
                        .param("deliveryForm", "PAPER").param("deliveryChannel", "PICKUP"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String tn = location.substring(location.lastIndexOf('/') + 1);

        Document fresh = page(get("/console/requests/" + tn).with(officer), 200);
        assertThat(fresh.getElementById("form-extension")).isNotNull();
        assertThat(fresh.getElementById("extension-days").hasAttr("aria-describedby")).isFalse();
        assertThat(fresh.select(".error-summary")).isEmpty();

        Document atField = page(post("/console/requests/" + tn + "/extension").with(officer).with(csrf())
                .param("on", "").param("days", "25").param("approver", "周志远"), 400);
        assertThat(atField.getElementById("extension-days").attr("aria-describedby")).isEqualTo("extension-days-error");
        assertThat(atField.getElementById("extension-days").attr("aria-invalid")).isEqualTo("true");
        assertThat(atField.getElementById("extension-days").val()).isEqualTo("25");
        assertThat(atField.getElementById("extension-approver").val()).isEqualTo("周志远");
        assertThat(atField.select(".error-summary a").eachAttr("href")).containsExactly("#extension-days");

        // a refusal of a form that is not offered now: the reason without a link to a form that is not there
        Document notOffered = page(post("/console/requests/" + tn + "/archive").with(officer).with(csrf()), 409);
        assertThat(notOffered.getElementById("form-archive")).isNull();
        assertThat(notOffered.select(".error-summary").text()).contains("尚未作出答复");
        assertThat(notOffered.select(".error-summary a")).isEmpty();

        Document upload = page(multipart("/console/requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}))
                .with(officer).with(csrf()), 400);
        assertThat(upload.getElementById("attachments-file").attr("aria-describedby"))
                .isEqualTo("attachments-file-error");

        // decided, with a pending reconsideration: delivery, reviews and the one review-result form
        page(post("/console/requests/" + tn + "/decision").with(officer).with(csrf()).param("on", "2025-10-10")
                .param("decisionCode", "DISCLOSED").param("reasons", "予以公开"), 302);
        page(post("/console/requests/" + tn + "/review-record").with(officer).with(csrf()).param("kind", "RECONSIDERATION")
                .param("filedOn", "2025-10-20").param("result", "PENDING"), 302);
        Document decided = page(get("/console/requests/" + tn).with(officer), 200);
        assertThat(decided.getElementById("form-delivery")).isNotNull();
        assertThat(decided.select("#review-result-review option").eachAttr("value"))
                .containsExactly("RECONSIDERATION/2025-10-20");
        Document result = page(post("/console/requests/" + tn + "/review-result").with(officer).with(csrf())
                .param("review", "RECONSIDERATION/2025-10-20").param("result", "UPHELD").param("resultOn", "2025-10-01"), 400);
        assertThat(result.getElementById("review-result-resultOn").attr("aria-describedby"))
                .isEqualTo("review-result-resultOn-error");
        assertThat(result.getElementById("review-result-resultOn").val()).isEqualTo("2025-10-01");
        assertThat(result.select("#review-result-result option[selected]").val()).isEqualTo("UPHELD");
        page(post("/console/requests/" + tn + "/review-result").with(officer).with(csrf())
                .param("review", "RECONSIDERATION/2025-10-20").param("result", "UPHELD").param("resultOn", "2025-11-01"), 302);
        assertThat(page(get("/console/requests/" + tn).with(officer), 200).getElementById("form-review-result")).isNull();

        Document reader = page(get("/console/requests/" + tn).with(TestActors.as(Role.SUPERVISOR, office())), 200);
        assertThat(reader.select("main form").eachAttr("id")).as("a supervisor reads (and may ask to see the "
                + "applicant's data in full); the action forms are the officers'").containsExactly("form-reveal");
    }

    @Test
    void theCatalogueDocumentPagesDescribeOnlyWhatExists() throws Exception {
        long office = office();
        RequestPostProcessor staff = TestActors.as(-5, "form-editor", Map.of(office,
                Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        String title = "表单片段文件 " + System.nanoTime();
        mvc.perform(post("/console/catalogue").with(staff).with(csrf()).param("unitId", String.valueOf(office))
                        .param("title", title).param("writtenOn", "2026-05-20").param("topic", "综合政务\\政务公开")
                        .param("category", "A20_15_OTHER").param("body", "<p>联系电话13812345678</p>"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();

        page(get("/console/catalogue/{id}/edit", id).with(staff), 200);
        page(get("/console/catalogue/new").with(staff), 200);
        Document draft = page(get("/console/catalogue/{id}", id).with(staff), 200);
        assertThat(draft.getElementById("form-attachments")).isNotNull();
        page(post("/console/catalogue/{id}/act/submit", id).with(staff).with(csrf()), 302);
        long finding = jdbc.sql("SELECT id FROM catalogue_finding WHERE document_id = ?").param(id)
                .query(Long.class).single();

        Document override = page(post("/console/catalogue/findings/{f}/override", finding).with(staff).with(csrf())
                .param("documentId", String.valueOf(id)).param("reason", "可以"), 200);
        String reason = "override-" + finding + "-reason";
        assertThat(override.getElementById(reason).attr("aria-describedby")).isEqualTo(reason + "-error");
        assertThat(override.select(".error-summary a").eachAttr("href")).containsExactly("#" + reason);

        Document giveBack = page(post("/console/catalogue/{id}/act/return", id).with(staff).with(csrf())
                .param("reason", " "), 200);
        assertThat(giveBack.getElementById("act-return-reason").attr("aria-invalid")).isEqualTo("true");
        Document wholeForm = page(post("/console/catalogue/{id}/act/review", id).with(staff).with(csrf()), 200);
        assertThat(wholeForm.select(".error-summary a").eachAttr("href")).containsExactly("#form-act-review");
        assertThat(wholeForm.getElementById("act-review-error").text()).contains("未处理");
    }

    @Test
    void theAnnualReportPagesDescribeOnlyWhatExists() throws Exception {
        long office = office();
        RequestPostProcessor preparer = TestActors.as(-6, "form-preparer", Map.of(office,
                Set.of(Role.EDITOR, Role.REQUEST_OFFICER)));
        page(get("/console/reports").with(preparer), 200);
        page(get("/console/reports").with(TestActors.as(Role.SUPERVISOR, office)), 200);
        page(get("/console/reports/import").with(preparer), 200);
        Document report = page(get("/console/reports/" + OFFICE + "/2025").with(preparer), 200);
        assertThat(report.getElementById("form-draft")).isNotNull();
        assertThat(report.getElementById("licensing").hasAttr("aria-describedby")).isFalse();

        Document entries = page(post("/console/reports/" + OFFICE + "/2025/entries").with(preparer).with(csrf())
                .param("licensing", "-1").param("penalties", "3").param("coercion", "").param("fees", ""), 200);
        assertThat(entries.getElementById("licensing").attr("aria-describedby")).isEqualTo("licensing-error");
        assertThat(entries.select("#form-entries .error-summary a").eachAttr("href")).containsExactly("#licensing");

        page(get("/console/reports/" + OFFICE + "/earlier").with(preparer), 200);
        Document earlier = page(multipart("/console/reports/" + OFFICE + "/earlier").with(preparer).with(csrf())
                .param("format", "2021").param("year", "").param("data", "{}"), 200);
        assertThat(earlier.getElementById("year").attr("aria-describedby")).isEqualTo("year-error");
        assertThat(earlier.getElementById("data").attr("aria-describedby")).isEqualTo("data-hint");
        Document imported = page(multipart("/console/reports/import").with(preparer).with(csrf()), 200);
        assertThat(imported.getElementById("file").attr("aria-describedby")).isEqualTo("file-error");
    }

    @Test
    void theServiceDeskPagesDescribeOnlyWhatExistsBeforeAndAfterARefusal() throws Exception {
        long unit = office();
        RequestPostProcessor officer = TestActors.as(Role.SERVICE_OFFICER, unit);
        org.gongkai.services.desk.DeskFixtures.Item item = new org.gongkai.services.desk.DeskFixtures(jdbc)
                .item(unit, "FF-DESK-" + System.nanoTime() % 1_000_000);
        page(get("/console/services/cases/new").with(officer), 200);
        page(get("/console/services/cases/new?item=" + item.code()).with(officer), 200);
        Document refusedIntake = page(post("/console/services/cases/new").with(officer).with(csrf())
                .param("itemCode", item.code()).param("channel", "WINDOW").param("type", "PERSON").param("name", "")
                .param("phone", "13812345678"), 400);
        assertThat(refusedIntake.getElementById("intake-name").attr("aria-describedby")).contains("intake-name-error");
        String location = mvc.perform(post("/console/services/cases/new").with(officer).with(csrf())
                        .param("itemCode", item.code()).param("channel", "WINDOW").param("type", "PERSON")
                        .param("name", "张三").param("idNumber", "11010519491231002X").param("phone", "13812345678")
                        .param("provided", String.valueOf(item.materials().get(0)), String.valueOf(item.materials().get(1))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring(location.lastIndexOf('/') + 1);
        page(get("/console/services/cases").with(officer), 200);
        page(get("/console/services/cases/" + number).with(officer), 200);
        Document refused = page(post("/console/services/cases/" + number + "/refuse").with(officer).with(csrf())
                .param("on", "").param("reason", "").param("legalBasis", "x"), 400);
        assertThat(refused.getElementById("refuse-reason").attr("aria-describedby")).isEqualTo("refuse-reason-error");
        page(post("/console/services/cases/" + number + "/materials").with(officer).with(csrf())
                .param("provided", "x"), 400);
        mvc.perform(post("/console/services/cases/" + number + "/accept").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document opinion = page(post("/console/services/cases/" + number + "/opinion").with(officer).with(csrf())
                .param("unitCode", "").param("question", "").param("limitDays", "5"), 400);
        assertThat(opinion.select("#form-opinion [aria-invalid=true]")).isNotEmpty();
        page(post("/console/services/cases/" + number + "/suspend").with(officer).with(csrf())
                .param("procedure", "").param("start", "").param("plannedEnd", ""), 400);
        page(get("/console/services/opinions").with(officer), 200);
        page(get("/services/cases"), 200);
        page(post("/services/cases").with(csrf()).param("caseNumber", number).param("queryCode", "WRONG"), 200);
    }

    @Test
    void theCheckFailsOnADescriptionThatIsNotThereOrAControlWithoutALabel() {
        assertThatThrownBy(() -> FormMarkup.assertWellFormed(
                "<form><label for=a>甲</label><input id=a aria-describedby=a-error></form>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("aria-describedby=a-error");
        assertThatThrownBy(() -> FormMarkup.assertWellFormed("<form><input id=b name=b></form>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("without a label");
        FormMarkup.assertWellFormed("<form><label>丙 <input name=c></label><input type=hidden name=d>"
                + "<select aria-label=丁 name=e></select></form>");
    }
}
