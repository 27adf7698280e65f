package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The desk's console and portal pages over the case module: the queue with lights in words, the case page with the
 * clock in words and only the forms the lifecycle allows (next first, others folded), masked personal data until an
 * audited reveal, refusals at the field keeping what was typed, the opinions page of the asked unit, the intake page
 * with its materials checklist, and the public status page.
 */
@IntegrationTest
class DeskPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    long office;
    long finance;
    RequestPostProcessor officer;
    DeskFixtures.Item item;

    @BeforeEach
    void setUp() {
        office = units.findByCreditCode(DeskApiIntegrationTest.OFFICE).orElseThrow().id();
        finance = units.findByCreditCode(DeskApiIntegrationTest.FINANCE).orElseThrow().id();
        officer = TestActors.as(Role.SERVICE_OFFICER, office);
        item = new DeskFixtures(jdbc).item(office, "DESKP-" + System.nanoTime() % 1_000_000);
    }

    /** A case taken in through the intake page (materials: the first one ticked); returns number and query code. */
    /** A case taken in with both required materials (the optional third one missing). */
    String[] intake() throws Exception {
        return intake(item.materials().get(0), item.materials().get(1));
    }

    String[] intake(Long... provided) throws Exception {
        String location = mvc.perform(post("/console/services/cases/new").with(officer).with(csrf())
                        .param("itemCode", item.code()).param("channel", "WINDOW").param("type", "PERSON")
                        .param("name", "张三").param("idNumber", "11010519491231002X").param("phone", "13812345678")
                        .param("provided", java.util.Arrays.stream(provided).map(String::valueOf)
                                .toArray(String[]::new)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring(location.lastIndexOf('/') + 1);
        return new String[] {number, queryCode(number)};
    }

    void act(String number, String action, String body) throws Exception {
        mvc.perform(post("/api/v1/staff/service-cases/" + number + "/" + action).with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    Document page(RequestBuilder request, int status) throws Exception {
        return FormMarkup.assertWellFormed(mvc.perform(request).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void intakeRecordsTheMaterialsAndTheCasePageOffersAcceptanceNextAndRefusalFolded() throws Exception {
        Document form = page(get("/console/services/cases/new?item=" + item.code()).with(officer), 200);
        assertThat(form.select("#form-intake input[name=provided]")).hasSize(3);
        String number = intake(item.materials().get(0))[0];

        Document fresh = page(get("/console/services/cases/" + number).with(officer), 200);

        assertThat(fresh.getElementById("clock").text()).contains("收件日期 2026-06-15，尚未受理");
        assertThat(fresh.getElementById("applicant-identity").text()).isEqualTo("11*************02X");
        assertThat(fresh.getElementById("applicant-name").text()).isEqualTo("张*");
        assertThat(fresh.getElementById("materials").text()).contains("缺少 2 项");
        // a required material is missing: the check comes first, acceptance waits for it
        assertThat(fresh.select("#next-action form").attr("id")).isEqualTo("form-materials");
        assertThat(fresh.select("#more-actions form").eachAttr("id")).containsExactly("form-accept", "form-refuse");
        assertThat(fresh.getElementById("materials-notice-due").text()).contains("一次性告知书");
        assertThat(fresh.select("#documents a").eachText()).contains("收件凭证（PDF）", "一次性告知书（PDF）");

        mvc.perform(post("/console/services/cases/" + number + "/reveal").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SERVICE_CASE_PERSONAL_DATA_VIEWED' "
                + "AND object_id = ?").param(number).query(Long.class).single()).isEqualTo(1);

        Document refused = page(post("/console/services/cases/" + number + "/refuse").with(officer).with(csrf())
                .param("on", "").param("reason", "不属于本机关职权").param("legalBasis", ""), 400);
        assertThat(refused.getElementById("refuse-reason").text()).isEqualTo("不属于本机关职权");
        assertThat(refused.getElementById("refuse-legalBasis-error")).isNotNull();
        assertThat(refused.getElementById("more-actions").hasAttr("open")).isTrue();
        Document badDate = page(post("/console/services/cases/" + number + "/accept").with(officer).with(csrf())
                .param("on", "2026-13-01"), 400);
        assertThat(badDate.getElementById("accept-on-error")).isNotNull();
        page(post("/console/services/cases/" + number + "/deliver").with(officer).with(csrf())
                .param("method", "POST"), 409);

        Document waiting = page(post("/console/services/cases/" + number + "/accept").with(officer).with(csrf())
                .param("on", ""), 409);
        assertThat(waiting.getElementById("main").text()).contains("缺少营业执照");
        mvc.perform(post("/console/services/cases/" + number + "/materials").with(officer).with(csrf())
                .param("provided", String.valueOf(item.materials().get(0)), String.valueOf(item.materials().get(1))))
                .andExpect(status().is3xxRedirection());
        Document checked = page(get("/console/services/cases/" + number).with(officer), 200);
        assertThat(checked.select("#next-action form").attr("id")).isEqualTo("form-accept");
        assertThat(checked.getElementById("materials-notice-due")).isNull();
        mvc.perform(post("/console/services/cases/" + number + "/accept").with(officer).with(csrf()).param("on", ""))
                .andExpect(status().is3xxRedirection());
        Document accepted = page(get("/console/services/cases/" + number).with(officer), 200);
        assertThat(accepted.getElementById("clock").text()).contains("于 2026-06-15 受理，承诺办理时限 8 个工作日");
        assertThat(accepted.select("#next-action form").attr("id")).isEqualTo("form-complete");
        assertThat(accepted.select("#more-actions form").eachAttr("id")).containsExactly("form-suspend", "form-opinion");
        assertThat(accepted.getElementById("light").text()).startsWith("正常：剩");
    }

    @Test
    void theQueueShowsLightsInWordsAndFiltersAndTheOpinionRoundTrip() throws Exception {
        String number = intake()[0];
        act(number, "accept", "{}");

        Document queue = page(get("/console/services/cases?due=open&status=nonsense&unit=x").with(officer), 200);
        assertThat(queue.select("tr:contains(" + number + ") .light-green").text()).startsWith("正常（");
        assertThat(queue.select("tr:contains(" + number + ")").text()).contains("张*").doesNotContain("张三");
        assertThat(page(get("/console/services/cases?due=overdue").with(officer), 200).text()).doesNotContain(number);
        assertThat(page(get("/console/services/cases").with(TestActors.as(Role.SERVICE_OFFICER, finance)), 200)
                .text()).doesNotContain(number);

        Document refused = page(post("/console/services/cases/" + number + "/opinion").with(officer).with(csrf())
                .param("unitCode", DeskApiIntegrationTest.FINANCE).param("question", "请出具意见")
                .param("limitDays", "99"), 400);
        assertThat(refused.getElementById("opinion-question").text()).isEqualTo("请出具意见");
        mvc.perform(post("/console/services/cases/" + number + "/opinion").with(officer).with(csrf())
                .param("unitCode", DeskApiIntegrationTest.FINANCE).param("question", "请出具意见")
                .param("limitDays", "3")).andExpect(status().is3xxRedirection());
        RequestPostProcessor financeOfficer = TestActors.as(Role.SERVICE_OFFICER, finance);
        assertThat(page(get("/console/services/opinions").with(financeOfficer), 200).text()).contains(number);
        long id = jdbc.sql("SELECT o.id FROM services_opinion o JOIN services_case c ON c.id = o.case_id "
                + "WHERE c.case_number = ?").param(number).query(Long.class).single();
        Document empty = page(post("/console/services/opinions/" + number + "/" + id).with(financeOfficer)
                .with(csrf()).param("answer", ""), 400);
        assertThat(empty.getElementById("answer-" + id + "-answer-error")).isNotNull();
        mvc.perform(post("/console/services/opinions/" + number + "/" + id).with(financeOfficer).with(csrf())
                .param("answer", "同意")).andExpect(status().is3xxRedirection());
        Document after = page(get("/console/services/cases/" + number).with(officer), 200);
        assertThat(after.getElementById("opinions").text()).contains("2026-06-15：同意");
        assertThat(after.getElementById("events").text()).contains("征求意见", "意见答复");
    }

    @Test
    void anotherUnitsCaseIsNotFoundAndAnAgentCannotAnswerOpinions() throws Exception {
        String number = intake()[0];
        RequestPostProcessor other = TestActors.as(Role.SERVICE_OFFICER, finance);

        mvc.perform(get("/console/services/cases/" + number).with(other)).andExpect(status().isNotFound());
        mvc.perform(post("/console/services/cases/" + number + "/accept").with(other).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/services/cases/" + number + "/reveal").with(other).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/services/cases/" + number + "/nonsense").with(officer).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/services/opinions").with(TestActors.as(Role.SERVICE_AGENT, office)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/services/cases/" + number + "/documents/nonsense.pdf").with(officer))
                .andExpect(status().isNotFound());
    }

    @Test
    void intakeRefusalsLandAtTheirFieldsAndKeepWhatWasTyped() throws Exception {
        Document refused = page(post("/console/services/cases/new").with(officer).with(csrf())
                .param("itemCode", item.code()).param("channel", "WINDOW").param("type", "PERSON").param("name", "李四")
                .param("idNumber", "123").param("phone", "13812345678"), 400);

        assertThat(refused.getElementById("intake-idNumber-error")).isNotNull();
        assertThat(refused.getElementById("intake-name").val()).isEqualTo("李四");
        assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#intake-idNumber");
    }

    @Test
    void thePublicStatusPageNeedsTheRightCodeAndOffersTheReceipt() throws Exception {
        String[] created = intake();
        String number = created[0];
        String code = created[1];
        act(number, "accept", "{}");

        Document form = page(get("/services/cases"), 200);
        assertThat(form.select("label[for=caseNumber]").text()).isEqualTo("办件编号");
        Document wrong = page(post("/services/cases").with(csrf()).param("caseNumber", number)
                .param("queryCode", "WRONG1"), 200);
        assertThat(wrong.getElementById("lookup-error").text()).contains("不正确");
        assertThat(wrong.getElementById("caseNumber").attr("aria-describedby")).contains("lookup-error");
        Document right = page(post("/services/cases").with(csrf()).param("caseNumber", number)
                .param("queryCode", code), 200);
        assertThat(right.getElementById("status-label").text()).isEqualTo("已受理");
        assertThat(right.getElementById("status-due").text()).startsWith("2026-06-");
        assertThat(right.text()).contains("张*").doesNotContain("张三");
        byte[] pdf = mvc.perform(post("/services/cases/receipt").with(csrf()).param("caseNumber", number)
                .param("queryCode", code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DeskApiIntegrationTest.pdfText(pdf)).contains("受理通知书", number).doesNotContain(code);
        mvc.perform(post("/services/cases/receipt").with(csrf()).param("caseNumber", number)
                .param("queryCode", "WRONG1")).andExpect(status().isNotFound());
        assertThat(mvc.perform(post("/services/cases").with(csrf()).param("caseNumber", "x".repeat(5000))
                .param("queryCode", "y")).andReturn().getResponse().getStatus()).isLessThan(500);
    }

    @Autowired
    org.gongkai.common.FieldCipher cipher;

    String queryCode(String number) {
        return cipher.decrypt(jdbc.sql("SELECT query_code_enc FROM services_case WHERE case_number = ?").param(number)
                .query(String.class).single());
    }
}
