package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public register of requests (#10): only answered requests with the applicant's consent, in units whose
 * register is on; personal data masked in the question and the letter; bounded search; the daily statistics; the
 * one-step 主动公开 draft of Art. 44 and who may make it; the decision on the status page before delivery; the receipt
 * PDF only for the holder of tracking number and access code.
 */
@IntegrationTest
class RequestRegisterIntegrationTest {

    static final String OFFICE = RequestApiIntegrationTest.OFFICE;
    static final String NAME = "欧阳娜娜";
    static final String ID = "11010519491231002X";
    static final String PHONE = "13700001111";
    static final String EMAIL = "ouyang.nana@example.cn";
    static final String ADDRESS = "示例县城关镇人民路12号3栋2单元501室";
    static final String OTHER_ID = "110101199003078515";
    static final String OTHER_PHONE = "13912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService service;
    @Autowired
    RequestRegister register;
    @Autowired
    RegisterStatisticsJob job;

    long office;
    TestActor officer;

    @BeforeEach
    void setUp() {
        office = units.findByCreditCode(OFFICE).orElseThrow().id();
        officer = new TestActor(-71, "register-officer", "登记测试承办人", Map.of(office, Set.of(Role.REQUEST_OFFICER)));
    }

    record Applied(String trackingNumber, String accessCode, long id) {}

    /** Applies through the public form (consent as given), as the applicant with personal data in the question. */
    Applied apply(String description, boolean consent) throws Exception {
        MockHttpServletRequestBuilder form = post("/requests/apply").with(csrf())
                .with(RequestApiIntegrationTest.fromSomewhere())
                .param("applicantType", "NATURAL_PERSON").param("name", NAME).param("idNumber", ID)
                .param("phone", PHONE).param("email", EMAIL).param("address", ADDRESS).param("unitCode", OFFICE)
                .param("description", description).param("deliveryForm", "ELECTRONIC")
                .param("deliveryChannel", "EMAIL").param("formToken", UUID.randomUUID().toString());
        if (consent) {
            form.param("publishConsent", "true");
        }
        var receipt = (RequestService.Submitted) mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn()
                .getFlashMap().get("receipt");
        long id = jdbc.sql("SELECT id FROM requests_request WHERE tracking_number = :tn")
                .param("tn", receipt.trackingNumber()).query(Long.class).single();
        return new Applied(receipt.trackingNumber(), receipt.accessCode(), id);
    }

    void decide(Applied a, DecisionCode code, String reasons) {
        service.decide(officer, a.trackingNumber(), LocalDate.of(2026, 6, 15), code, reasons);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(RequestApiIntegrationTest.fromSomewhere())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String marker() {
        return "登记" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void listsOnlyAnsweredRequestsWhoseApplicantConsentedAndWhoseUnitHasTheRegisterOn() throws Exception {
        String m = marker();
        Applied listed = apply(m + "甲 示例县2026年道路改造计划", true);
        Applied noConsent = apply(m + "乙 示例县2026年道路改造计划", false);
        Applied open = apply(m + "丙 示例县2026年道路改造计划", true);
        decide(listed, DecisionCode.DISCLOSED, "予以公开");
        decide(noConsent, DecisionCode.DISCLOSED, "予以公开");

        String page = html(get("/requests/register").param("q", m));
        assertThat(page).contains(m + "甲").doesNotContain(m + "乙").doesNotContain(m + "丙")
                .contains("共 <strong>1</strong> 件");
        assertThat(html(get("/requests/register/" + listed.id()))).contains(m + "甲");
        for (Applied hidden : new Applied[] {noConsent, open}) {
            mvc.perform(get("/requests/register/" + hidden.id()).with(RequestApiIntegrationTest.fromSomewhere()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT publish_consent FROM requests_request WHERE id = :id").param("id", noConsent.id())
                .query(Boolean.class).single()).as("the default is no consent").isFalse();

        var leader = TestActors.as(-72, "register-leader", Map.of(office, Set.of(Role.LEADER)));
        try {
            mvc.perform(post("/console/requests/register-settings").with(leader).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(html(get("/requests/register").param("q", m))).doesNotContain(m + "甲");
            mvc.perform(get("/requests/register/" + listed.id()).with(RequestApiIntegrationTest.fromSomewhere()))
                    .andExpect(status().isNotFound());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_REGISTER_SETTING_CHANGED' "
                    + "AND object_id = :u").param("u", String.valueOf(office)).query(Long.class).single()).isPositive();
            mvc.perform(post("/console/requests/register-settings").with(TestActors.as(Role.REQUEST_OFFICER, office))
                    .with(csrf()).param("enabled", String.valueOf(office))).andExpect(status().isForbidden());
        } finally {
            mvc.perform(post("/console/requests/register-settings").with(leader).with(csrf())
                    .param("enabled", String.valueOf(office))).andExpect(status().is3xxRedirection());
            jdbc.sql("DELETE FROM requests_register_unit").update(); // every unit back to the default (on)
        }
        assertThat(html(get("/requests/register").param("q", m))).contains(m + "甲");
    }

    @Test
    void theQuestionAndTheLetterAreMaskedAndTheApplicantAccessCodeAndNotesAreNeverShown() throws Exception {
        String m = marker();
        Applied a = apply(m + " 本人" + NAME + "（身份证号" + ID + "，电话" + PHONE + "，邮箱" + EMAIL + "），住" + ADDRESS
                + "，申请公开示例县城关镇人民路拓宽工程的征收补偿标准。", true);
        service.addNote(officer, a.trackingNumber(), "内部备注：请法制股把关" + m);
        decide(a, DecisionCode.PARTIALLY_DISCLOSED, "补偿名册中第三人王五（身份证号" + OTHER_ID + "，手机" + OTHER_PHONE
                + "，邮箱wangwu@example.com，住址示例县城关镇解放路8号）的个人信息不予公开。");

        String entry = html(get("/requests/register/" + a.id()));

        assertThat(entry).contains("申请公开示例县城关镇人民路拓宽工程的征收补偿标准")
                .contains("（二）部分公开").contains("政府信息公开申请答复书")
                .contains("11*************02X").contains("137****1111").contains("o***@example.cn")
                .contains("欧**娜").contains("11*************515").contains("139****5678").contains("w***@example.com")
                .contains("（地址已隐去）").contains("示例县城关镇")
                .contains("2026-06-15")
                // the remedies the applicant's own letter names, not blanks to fill in
                .contains("内向示例县人民政府申请行政复议").contains("内向示例县人民法院提起行政诉讼");
        for (String secret : new String[] {NAME, ID, PHONE, EMAIL, "人民路12号", "3栋2单元501室", OTHER_ID, OTHER_PHONE,
                "wangwu@example.com", "解放路8号", a.accessCode(), a.trackingNumber(), "内部备注"}) {
            assertThat(entry).as("the entry page must not show " + secret).doesNotContain(secret);
        }
        assertThat(html(get("/requests/register").param("q", m))).doesNotContain(ID).doesNotContain(NAME)
                .doesNotContain(PHONE);
        assertThat(html(get("/requests/register").param("q", ID))).as("the raw ID number finds nothing")
                .doesNotContain(m);
    }

    @Test
    void everySearchParameterIsBoundedAndABadValueIsShownAtItsFieldWithWhatWasTyped() throws Exception {
        String tooLong = "路".repeat(RegisterSearchFormLimits.Q_MAX + 1);
        String page = html(get("/requests/register").param("q", tooLong).param("unit", "NOT-A-UNIT")
                .param("decision", "DROP TABLE"));
        assertThat(page).contains("检索词不能超过100个字").contains("请从列表中选择受理单位").contains("请从列表中选择办理结果")
                .contains("id=\"q-error\"").contains("aria-invalid=\"true\"").contains("value=\"" + tooLong + "\"")
                .doesNotContain("register-count");
        assertThat(page).contains("maxlength=\"100\"");

        for (String p : new String[] {"0", "-1", "abc", "999999999999", "501"}) {
            mvc.perform(get("/requests/register").param("page", p).with(RequestApiIntegrationTest.fromSomewhere()))
                    .andExpect(status().isOk());
        }
        assertThat(html(get("/requests/register").param("q", "%_\\"))).contains("共 <strong>0</strong> 件");
        for (String id : new String[] {"abc", "-1", "1e3", "99999999999999999999", "0"}) {
            mvc.perform(get("/requests/register/" + id).with(RequestApiIntegrationTest.fromSomewhere()))
                    .andExpect(status().isNotFound());
        }
        String m = marker();
        Applied withheld = apply(m + " 示例县内部会议纪要", true);
        decide(withheld, DecisionCode.WITHHELD_PROCESS_INFORMATION, "属于过程性信息");
        assertThat(html(get("/requests/register").param("q", m).param("decision", "WITHHELD")
                .param("unit", OFFICE))).contains(m).contains("（三）不予公开 6.属于四类过程性信息");
        assertThat(html(get("/requests/register").param("q", m).param("decision", "DISCLOSED"))).doesNotContain(m + " ");
    }

    /** The search form's limits as the page declares them. */
    static final class RegisterSearchFormLimits {
        static final int Q_MAX = org.gongkai.requests.web.RegisterSearchForm.Q_MAX;
    }

    @Test
    void theDailyJobComputesPerUnitStatisticsShownWithTheirTime() throws Exception {
        Applied a = apply(marker() + " 示例县2026年财政预算", false);
        decide(a, DecisionCode.UNAVAILABLE_NOT_HELD, "本机关不掌握");
        int answered = jdbc.sql("SELECT COUNT(*) FROM requests_request WHERE unit_id = :u AND decision_code IS NOT NULL")
                .param("u", office).query(Integer.class).single();
        int notHeld = jdbc.sql("SELECT COUNT(*) FROM requests_request WHERE unit_id = :u "
                + "AND decision_code = 'UNAVAILABLE_NOT_HELD'").param("u", office).query(Integer.class).single();

        job.run();

        RequestRegister.UnitStatistics stats = register.statistics().orElseThrow().units().stream()
                .filter(u -> u.unitId() == office).findFirst().orElseThrow();
        assertThat(stats.answered()).isEqualTo(answered);
        assertThat(stats.decisions()).containsEntry(DecisionCode.UNAVAILABLE_NOT_HELD, notHeld);
        assertThat(stats.onTime()).isLessThanOrEqualTo(stats.answered()).isPositive();
        String page = html(get("/requests/register/statistics"));
        assertThat(page).contains("统计截至 2026-06-15").contains(units.findById(office).orElseThrow().name())
                .contains("（四）无法提供 1.本机关不掌握相关政府信息");
    }

    @Test
    void anOfficerWhoIsAlsoTheUnitsEditorTurnsAnAnswerIntoADraftInOneStep() throws Exception {
        String m = marker();
        Applied a = apply(m + " 本人" + NAME + "申请公开示例县2026年农村公路养护资金分配表", false);
        decide(a, DecisionCode.DISCLOSED, "予以公开，见附件。联系人电话" + OTHER_PHONE);
        var officerOnly = TestActors.as(-73, "promote-officer", Map.of(office, Set.of(Role.REQUEST_OFFICER)));
        var officerEditor = TestActors.as(-74, "promote-editor", Map.of(office, Set.of(Role.REQUEST_OFFICER, Role.EDITOR)));
        var otherUnit = TestActors.as(-75, "promote-other", Map.of(units.findByCreditCode(RequestApiIntegrationTest.FINANCE)
                .orElseThrow().id(), Set.of(Role.REQUEST_OFFICER, Role.EDITOR)));
        int documents = jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Integer.class).single();

        assertThat(html(get("/console/requests/" + a.trackingNumber()).with(officerOnly)))
                .as("the button is not shown to an officer who cannot use it").doesNotContain("form-promote");
        assertThat(html(get("/console/requests/" + a.trackingNumber()).with(officerEditor))).contains("form-promote");

        mvc.perform(post("/console/requests/" + a.trackingNumber() + "/promote").with(officerOnly).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/requests/" + a.trackingNumber() + "/promote").with(otherUnit).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/requests/" + a.trackingNumber() + "/promote").with(csrf())
                .with(RequestApiIntegrationTest.fromSomewhere())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Integer.class).single())
                .as("refused: nothing drafted").isEqualTo(documents);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'PROMOTE_TO_DOCUMENT' AND object_id = :tn "
                + "AND outcome = 'REFUSED'").param("tn", a.trackingNumber()).query(Long.class).single()).isPositive();

        String location = mvc.perform(post("/console/requests/" + a.trackingNumber() + "/promote").with(officerEditor)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/console/catalogue/".length()));
        Map<String, Object> draft = jdbc.sql("SELECT unit_id, status, title, body FROM catalogue_document WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(((Number) draft.get("unit_id")).longValue()).isEqualTo(office);
        assertThat((String) draft.get("title")).contains("示例县2026年农村公路养护资金分配表").doesNotContain(NAME);
        assertThat(org.jsoup.Jsoup.parse((String) draft.get("body")).text()).contains("（一）予以公开").contains("139****5678").contains("欧**娜")
                .doesNotContain(OTHER_PHONE).doesNotContain(NAME).doesNotContain(a.accessCode());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'PROMOTE_TO_DOCUMENT' AND object_id = :tn "
                + "AND outcome = 'SUCCESS'").param("tn", a.trackingNumber()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'DRAFT_DOCUMENT' AND object_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        assertThat(html(get("/console/requests/" + a.trackingNumber()).with(officerEditor)))
                .contains("/console/catalogue/" + id).doesNotContain("form-promote");
        mvc.perform(post("/console/requests/" + a.trackingNumber() + "/promote").with(officerEditor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Integer.class).single())
                .as("a second click drafts nothing").isEqualTo(documents + 1);

        Applied withheld = apply(marker() + " 示例县内部请示", false);
        decide(withheld, DecisionCode.WITHHELD_PROCESS_INFORMATION, "过程性信息");
        var refused = mvc.perform(post("/console/requests/" + withheld.trackingNumber() + "/promote").with(officerEditor)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("promotionError")).contains("只有予以公开或部分公开的答复");
    }

    @Test
    void theStatusPageShowsTheDecisionAsSoonAsItIsMadeAndTheLetterOnceDelivered() throws Exception {
        Applied a = apply(marker() + " 示例县2026年防汛物资储备", false);
        decide(a, DecisionCode.DISCLOSED, "予以公开");

        String page = html(post("/requests/status").with(csrf()).param("trackingNumber", a.trackingNumber())
                .param("accessCode", a.accessCode()));
        assertThat(page).contains("已作出答复，待送达").contains("（一）予以公开（2026-06-15 作出）")
                .contains("送达后可在本页下载答复书").doesNotContain("download-letter");

        service.deliver(officer, a.trackingNumber(), LocalDate.of(2026, 6, 15), "电子邮件");
        assertThat(html(post("/requests/status").with(csrf()).param("trackingNumber", a.trackingNumber())
                .param("accessCode", a.accessCode()))).contains("已答复并送达").contains("download-letter");
    }

    @Test
    void theReceiptPdfIsOnlyForTheHolderOfTrackingNumberAndAccessCode() throws Exception {
        Applied a = apply(marker() + " 示例县2026年城区停车场规划", false);

        var ok = mvc.perform(post("/requests/receipt/pdf").with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                .param("trackingNumber", a.trackingNumber().toLowerCase()).param("accessCode", a.accessCode()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(ok.getContentType()).isEqualTo("application/pdf");
        assertThat(ok.getHeader("Cache-Control")).isEqualTo("no-store");
        String text;
        try (PDDocument pdf = Loader.loadPDF(ok.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text).contains("政府信息公开申请回执").contains(a.trackingNumber()).contains(a.accessCode())
                .contains("示例县2026年城区停车场规划").contains("欧**娜").doesNotContain(ID).doesNotContain(PHONE);

        Map<String, String> refused = Map.of(a.accessCode().substring(1) + "X", a.trackingNumber(),
                "", a.trackingNumber(), a.accessCode(), "YS00000000000000", "A".repeat(33), a.trackingNumber(),
                "' OR 1=1 --", a.trackingNumber());
        for (var e : refused.entrySet()) {
            mvc.perform(post("/requests/receipt/pdf").with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                    .param("trackingNumber", e.getValue()).param("accessCode", e.getKey()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/requests/receipt/pdf").with(RequestApiIntegrationTest.fromSomewhere())
                .param("trackingNumber", a.trackingNumber()).param("accessCode", a.accessCode()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReceiptPageOffersThePdfAndPrintsAsTheReceiptOnly() throws Exception {
        var submitted = mvc.perform(post("/requests/apply").with(csrf())
                .with(RequestApiIntegrationTest.fromSomewhere())
                .param("applicantType", "NATURAL_PERSON").param("name", NAME).param("idNumber", ID)
                .param("phone", PHONE).param("unitCode", OFFICE).param("description", marker() + " 示例县2026年公交线路调整")
                .param("deliveryForm", "ELECTRONIC").param("deliveryChannel", "ONLINE")
                .param("formToken", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection()).andReturn();
        var a = (RequestService.Submitted) submitted.getFlashMap().get("receipt");
        // the flash attribute lives in the (Spring Session JDBC) session: follow the redirect with its cookie
        var shown = mvc.perform(get("/requests/receipt").cookie(submitted.getResponse().getCookie("SESSION"))
                .with(RequestApiIntegrationTest.fromSomewhere())).andReturn().getResponse();
        assertThat(shown.getStatus()).as(shown.getRedirectedUrl() + " " + submitted.getFlashMap()).isEqualTo(200);
        String page = shown.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("action=\"/requests/receipt/pdf\"").contains("name=\"accessCode\" value=\"" + a.accessCode())
                .contains("receipt-actions");
        String css = html(get("/css/gongkai.css"));
        assertThat(css).contains(".site-header, .site-footer, .receipt-actions, .column-nav { display: none; }");
    }

    @Test
    void theApplyFormsExplainTheRegisterAndTheConsentBoxIsUnticked() throws Exception {
        String form = html(get("/requests/apply"));
        assertThat(form).contains("id=\"publishConsent\"").doesNotContain("checked=\"checked\" id=\"publishConsent\"")
                .contains("申请人姓名、身份证号码、统一社会信用代码、联系电话、电子邮箱、通信地址、查询码").contains("自动隐去");
        assertThat(form.substring(form.indexOf("id=\"publishConsent\"") - 200, form.indexOf("id=\"publishConsent\"") + 200))
                .doesNotContain("checked");
        assertThat(html(get("/console/requests/new").with(TestActors.as(Role.REQUEST_OFFICER, office))))
                .contains("id=\"publishConsent\"");
        String tn = mvc.perform(post("/console/requests/new").with(TestActors.as(Role.REQUEST_OFFICER, office)).with(csrf())
                        .param("channel", "LETTER").param("receivedOn", "2026-06-12").param("applicantType", "NATURAL_PERSON")
                        .param("name", "信函申请人").param("idNumber", ID).param("phone", PHONE).param("unitCode", OFFICE)
                        .param("description", marker() + " 示例县防汛应急预案").param("deliveryForm", "PAPER")
                        .param("deliveryChannel", "PICKUP").param("publishConsent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()
                .replace("/console/requests/", "");
        assertThat(jdbc.sql("SELECT publish_consent FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(Boolean.class).single()).isTrue();
    }
}
