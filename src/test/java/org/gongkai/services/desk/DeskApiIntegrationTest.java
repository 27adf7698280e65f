package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's API over HTTP: the materials check and its one-time notice, parallel opinions asked and answered by the
 * other unit, the case documents; and the hostile side — another unit's case is 404 (audited as refused), a refused
 * step is 409 with its code and an audit record REFUSED, oversized and malformed input is 400 and writes nothing.
 */
@IntegrationTest
class DeskApiIntegrationTest {

    static final String OFFICE = "11990101100100148H";
    static final String FINANCE = "119901011001002878";
    static final String CASES = "/api/v1/staff/service-cases/";
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    WorkingDayCalendar calendar;

    long office;
    long finance;
    RequestPostProcessor officer;
    RequestPostProcessor financeOfficer;
    DeskFixtures fixtures;
    DeskFixtures.Item item;

    @BeforeEach
    void setUp() {
        office = units.findByCreditCode(OFFICE).orElseThrow().id();
        finance = units.findByCreditCode(FINANCE).orElseThrow().id();
        officer = TestActors.as(Role.SERVICE_OFFICER, office);
        financeOfficer = TestActors.as(Role.SERVICE_OFFICER, finance);
        fixtures = new DeskFixtures(jdbc);
        item = fixtures.item(office, "DESK-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000);
    }

    String newCase(String status) {
        String number = "FWT" + System.nanoTime() % 1_000_000_000L + SEQ.incrementAndGet();
        fixtures.aCase(item, office, number, status);
        return number;
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    ResultActions check(String number, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(put(CASES + number + "/materials").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long refusedAudits(String action, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND object_id = ? AND outcome = 'REFUSED'")
                .params(action, number).query(Long.class).single();
    }

    long materialRows(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM services_case_material m JOIN services_case c ON c.id = m.case_id "
                + "WHERE c.case_number = ?").param(number).query(Long.class).single();
    }

    static String pdfText(ResultActions result) throws IOException {
        return pdfText(result.andReturn().getResponse().getContentAsByteArray());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void materialsCheckListsTheMissingOnesAndTheNoticePrintsEveryOneOfThem() throws Exception {
        String number = newCase("RECEIVED");
        Map<String, Object> before = json(mvc.perform(get(CASES + number + "/materials").with(officer))
                .andExpect(status().isOk()));
        assertThat((List<Map<String, Object>>) before.get("materials")).hasSize(3)
                .allSatisfy(m -> assertThat(m.get("provided")).isNull());

        Map<String, Object> after = json(check(number, officer, "{\"provided\": [" + item.materials().get(0) + "]}")
                .andExpect(status().isOk()));

        assertThat(after).containsEntry("missing", 2).containsEntry("noticeDue", true)
                .containsEntry("checkedOn", "2026-06-15");
        assertThat((List<Map<String, Object>>) after.get("materials")).extracting(m -> m.get("provided"))
                .containsExactly(true, false, false);
        String notice = pdfText(mvc.perform(get(CASES + number + "/documents/notice.pdf").with(officer))
                .andExpect(status().isOk()));
        assertThat(notice).contains("一次性告知书", number, "营业执照", "场地租赁合同", "共2项").doesNotContain("居民身份证");
        String receipt = pdfText(mvc.perform(get(CASES + number + "/documents/receipt.pdf").with(officer))
                .andExpect(status().isOk()));
        assertThat(receipt).contains("收件凭证", number, "居民身份证").doesNotContain("营业执照");
    }

    @Test
    void aCompleteCheckNeedsNoNoticeAndALaterCheckReplacesTheEarlier() throws Exception {
        String number = newCase("RECEIVED");
        check(number, officer, "{\"provided\": [" + item.materials().get(0) + "]}").andExpect(status().isOk());
        String all = item.materials().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();

        Map<String, Object> after = json(check(number, officer, "{\"provided\": [" + all + "]}")
                .andExpect(status().isOk()));

        assertThat(after).containsEntry("missing", 0).containsEntry("noticeDue", false);
        assertThat(materialRows(number)).isEqualTo(3);
        assertThat(json(mvc.perform(get(CASES + number + "/documents/notice.pdf").with(officer))
                .andExpect(status().isConflict()))).containsEntry("code", "TRANSITION_NOT_ALLOWED");
    }

    @Test
    void aMaterialOfAnotherItemIsRefusedAndNothingIsStored() throws Exception {
        String number = newCase("RECEIVED");
        DeskFixtures.Item other = fixtures.item(office, "DESK-OTHER-" + System.nanoTime() % 100000);

        assertThat(json(check(number, officer, "{\"provided\": [" + other.materials().get(0) + "]}")
                .andExpect(status().isBadRequest()))).containsEntry("code", "MATERIAL_NOT_OF_ITEM")
                .containsEntry("field", "provided");
        assertThat(materialRows(number)).isZero();
    }

    @Test
    void theCheckAfterAcceptanceIsARefusedTransitionAudited() throws Exception {
        String number = newCase("ACCEPTED");

        assertThat(json(check(number, officer, "{\"provided\": []}").andExpect(status().isConflict())))
                .containsEntry("code", "TRANSITION_NOT_ALLOWED");
        assertThat(refusedAudits("CHECK_MATERIALS", number)).isEqualTo(1);
        assertThat(materialRows(number)).isZero();
    }

    @Test
    void anotherUnitsCaseIsNotFoundEverywhereAndTheAttemptIsAudited() throws Exception {
        String number = newCase("RECEIVED");

        check(number, financeOfficer, "{\"provided\": []}").andExpect(status().isNotFound());
        mvc.perform(get(CASES + number + "/materials").with(financeOfficer)).andExpect(status().isNotFound());
        mvc.perform(get(CASES + number + "/opinions").with(financeOfficer)).andExpect(status().isNotFound());
        mvc.perform(get(CASES + number + "/documents/receipt.pdf").with(financeOfficer))
                .andExpect(status().isNotFound());
        mvc.perform(get(CASES + "NOSUCHCASE1/materials").with(officer)).andExpect(status().isNotFound());
        assertThat(refusedAudits("CHECK_MATERIALS", number)).isEqualTo(1);
        assertThat(materialRows(number)).isZero();
    }

    @Test
    void hostileBodiesAreRefusedWithoutWriting() throws Exception {
        String number = newCase("RECEIVED");

        check(number, officer, "{\"provided\": [1,").andExpect(status().isBadRequest());
        check(number, officer, "{\"provided\": [\"x\"]}").andExpect(status().isBadRequest());
        check(number, officer, "{\"provided\": null}").andExpect(status().isBadRequest());
        String many = "1,".repeat(500) + "1";
        check(number, officer, "{\"provided\": [" + many + "]}").andExpect(status().isBadRequest());
        mvc.perform(get(CASES + "x".repeat(200) + "/materials").with(officer)).andExpect(status().isNotFound());
        assertThat(materialRows(number)).isZero();
    }

    ResultActions ask(String number, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post(CASES + number + "/opinions").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void anOpinionIsAskedWithItsOwnLimitAnsweredOnceByTheOtherUnit() throws Exception {
        String number = newCase("ACCEPTED");

        Map<String, Object> asked = json(ask(number, officer, "{\"unitCode\": \"" + FINANCE
                + "\", \"question\": \"请就资金安排出具意见\", \"limitDays\": 5}").andExpect(status().isCreated()));

        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 6, 15), 5).date();
        assertThat(asked).containsEntry("dueOn", due.toString()).containsEntry("unitCode", FINANCE)
                .containsEntry("overdue", false).containsEntry("limitDays", 5);
        Number id = (Number) asked.get("id");
        String owed = mvc.perform(get("/api/v1/staff/service-opinions").with(financeOfficer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(owed).contains(number, "请就资金安排出具意见");
        String answer = CASES + number + "/opinions/" + id + "/answer";

        mvc.perform(post(answer).with(officer).contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"同意\"}"))
                .andExpect(status().isNotFound());
        assertThat(json(mvc.perform(post(answer).with(financeOfficer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\": \"同意，资金已落实\"}")).andExpect(status().isOk())))
                .containsEntry("answer", "同意，资金已落实").containsEntry("answeredOn", "2026-06-15");
        assertThat(json(mvc.perform(post(answer).with(financeOfficer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\": \"再答一次\"}")).andExpect(status().isConflict())))
                .containsEntry("code", "OPINION_ALREADY_ANSWERED");
        assertThat(refusedAudits("ANSWER_OPINION", number)).isEqualTo(2);
        assertThat(mvc.perform(get("/api/v1/staff/service-opinions").with(financeOfficer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(number);
    }

    @Test
    void anOverdueOpinionIsFlagged() throws Exception {
        String number = newCase("ACCEPTED");
        long caseId = jdbc.sql("SELECT id FROM services_case WHERE case_number = ?").param(number).query(Long.class)
                .single();
        jdbc.sql("INSERT INTO services_opinion (case_id, unit_id, question, requested_on, due_on, limit_days) "
                + "VALUES (?, ?, '意见', ?, ?, 3)").params(caseId, finance, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 4)).update();

        String list = mvc.perform(get(CASES + number + "/opinions").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(list).contains("\"overdue\":true", "\"dueOn\":\"2026-06-04\"");
    }

    @Test
    void opinionRefusalsHaveTheirCodesAndFields() throws Exception {
        String open = newCase("ACCEPTED");
        String received = newCase("RECEIVED");

        assertThat(json(ask(open, officer, "{\"unitCode\": \"" + OFFICE + "\", \"question\": \"q\", \"limitDays\": 5}")
                .andExpect(status().isConflict()))).containsEntry("code", "OPINION_UNIT_INVALID");
        assertThat(json(ask(open, officer, "{\"unitCode\": \"000000000000000000\", \"question\": \"q\", "
                + "\"limitDays\": 5}").andExpect(status().isBadRequest()))).containsEntry("field", "unitCode");
        assertThat(json(ask(received, officer, "{\"unitCode\": \"" + FINANCE + "\", \"question\": \"q\", "
                + "\"limitDays\": 5}").andExpect(status().isConflict()))).containsEntry("code", "TRANSITION_NOT_ALLOWED");
        assertThat(refusedAudits("REQUEST_OPINION", received)).isEqualTo(1);
        ask(open, officer, "{\"unitCode\": \"" + FINANCE + "\", \"question\": \"" + "长".repeat(2001)
                + "\", \"limitDays\": 5}").andExpect(status().isBadRequest());
        ask(open, officer, "{\"unitCode\": \"" + FINANCE + "\", \"question\": \"q\", \"limitDays\": 0}")
                .andExpect(status().isBadRequest());
        ask(open, officer, "{\"unitCode\": \"" + FINANCE + "\", \"question\": \"q\", \"limitDays\": \"五\"}")
                .andExpect(status().isBadRequest());
        ask(open, financeOfficer, "{\"unitCode\": \"" + FINANCE + "\", \"question\": \"q\", \"limitDays\": 5}")
                .andExpect(status().isNotFound());
        ask(open, TestActors.as(Role.SERVICE_AGENT, office), "{\"unitCode\": \"" + FINANCE
                + "\", \"question\": \"q\", \"limitDays\": 5}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_opinion o JOIN services_case c ON c.id = o.case_id "
                + "WHERE c.case_number IN (?, ?)").params(open, received).query(Long.class).single()).isZero();
    }

    @Test
    void theRefusalNoticeIsOnlyForARefusedCase() throws Exception {
        String refused = newCase("REFUSED");
        String accepted = newCase("ACCEPTED");

        String text = pdfText(mvc.perform(get(CASES + refused + "/documents/refusal.pdf").with(officer))
                .andExpect(status().isOk()));
        assertThat(text).contains("不予受理通知书", "申请事项依法不需要取得行政许可", "第三十二条", "申请行政复议", "提起行政诉讼");
        mvc.perform(get(CASES + accepted + "/documents/refusal.pdf").with(officer)).andExpect(status().isConflict());
        String receipt = pdfText(mvc.perform(get(CASES + accepted + "/documents/receipt.pdf").with(officer))
                .andExpect(status().isOk()));
        assertThat(receipt).contains("受理通知书", "8个工作日", "2026年6月25日");
    }
}
