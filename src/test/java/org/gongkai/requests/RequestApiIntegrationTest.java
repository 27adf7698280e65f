package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The API contract of issue #4 §5 through HTTP over the real database. */
@IntegrationTest
class RequestApiIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办: the demo request officer's unit
    static final String FINANCE = "119901011001002878";
    static final String VALID_ID = "11010519491231002X";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;
    RequestPostProcessor financeOfficer;

    @BeforeEach
    void officers() {
        officer = TestActors.as(Role.REQUEST_OFFICER, units.findByCreditCode(OFFICE).orElseThrow().id());
        financeOfficer = TestActors.as(Role.REQUEST_OFFICER, units.findByCreditCode(FINANCE).orElseThrow().id());
    }

    static String application(String name, String idNumber, String description) {
        return """
                {"applicant": {"type": "NATURAL_PERSON", "name": "%s", "idNumber": "%s", "phone": "13912345678",
                  "email": "zhang@example.cn", "address": "示例县人民大道100号"},
                 "unitCode": "%s", "description": "%s", "deliveryForm": "ELECTRONIC", "deliveryChannel": "EMAIL"}"""
                .formatted(name, idNumber, OFFICE, description);
    }

    static RequestPostProcessor fromSomewhere() {
        String ip = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    Map<String, Object> json(ResultActions result) throws Exception {
        return JSON.readValue(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});
    }

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(fromSomewhere()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    Map<String, Object> submit(String body) throws Exception {
        return json(send(post("/api/v1/disclosure-requests"), body).andExpect(status().isCreated()));
    }

    @Test
    void appliesOnlineAndFollowsTheRequestWithTheAccessCode() throws Exception {
        Map<String, Object> receipt = submit(application("张三", VALID_ID, "2024年示例县财政预算执行情况"));

        assertThat(receipt).containsOnlyKeys("trackingNumber", "accessCode", "receivedOn", "dueDate");
        assertThat((String) receipt.get("accessCode")).hasSizeGreaterThanOrEqualTo(8);
        LocalDate today = LocalDate.now(clock);
        assertThat(receipt.get("receivedOn")).isEqualTo(today.toString());
        assertThat(receipt.get("dueDate")).isEqualTo(calendar.addWorkingDays(today, 20).date().toString());

        Map<String, Object> status = json(mvc.perform(get("/api/v1/disclosure-requests/" + receipt.get("trackingNumber"))
                .param("accessCode", (String) receipt.get("accessCode"))).andExpect(status().isOk()));
        assertThat(status).containsEntry("applicantName", "张*").containsEntry("provisional", false)
                .containsEntry("dueDate", receipt.get("dueDate")).containsEntry("decision", null);
        assertThat((List<?>) status.get("events")).hasSize(1);
        assertThat(status.toString()).doesNotContain("13912345678").doesNotContain(VALID_ID);
    }

    @Test
    void anOverlongAddressOrEmailIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Long.class).single();
        String longAddress = application("张三", VALID_ID, "地址过长的申请")
                .replace("示例县人民大道100号", "长".repeat(200_000));
        String problem = send(post("/api/v1/disclosure-requests"), longAddress).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // refused at the edge by the declared limit (ApplicantJson, @Valid): the member's JSON path
        assertThat(problem).contains("\"field\":\"applicant.address\"").contains("\"code\":\"TOO_LONG\"");
        String longEmail = application("张三", VALID_ID, "邮箱过长的申请")
                .replace("zhang@example.cn", "a".repeat(5_000) + "@example.cn");
        problem = send(post("/api/v1/disclosure-requests"), longEmail).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"field\":\"applicant.email\"").contains("\"code\":\"TOO_LONG\"");
        String atTheLimit = application("张三", VALID_ID, "地址正好200字的申请").replace("示例县人民大道100号", "址".repeat(200));
        submit(atTheLimit);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void wrongAccessCodeIsNotFound() throws Exception {
        Map<String, Object> receipt = submit(application("李四", VALID_ID, "某项目环评批复"));

        mvc.perform(get("/api/v1/disclosure-requests/" + receipt.get("trackingNumber")).param("accessCode", "WRONGCODE1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosure-requests/YS00000000000000").param("accessCode", "WRONGCODE1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsTheDecisionCodesWithTheirExactChineseLabels() throws Exception {
        List<Map<String, Object>> codes = JSON.readValue(mvc.perform(get("/api/v1/disclosure-requests/decision-codes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});

        assertThat(codes).hasSize(21);
        assertThat(codes.get(0)).containsEntry("code", "DISCLOSED").containsEntry("groupLabel", "（一）予以公开");
        assertThat(codes.get(2)).containsEntry("code", "WITHHELD_STATE_SECRET").containsEntry("subLabel", "1.属于国家秘密");
        assertThat(codes.get(20)).containsEntry("code", "OTHER").containsEntry("groupLabel", "（六）其他处理")
                .containsEntry("subLabel", "3.其他");
    }

    @Test
    void refusesAnInvalidIdNumberAtItsField() throws Exception {
        Map<String, Object> problem = json(send(post("/api/v1/disclosure-requests"),
                application("张三", "110105194912310021", "某文件")).andExpect(status().isBadRequest()));

        assertThat(problem).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "idNumber")
                .containsEntry("detail", "身份证号码校验位不正确，请核对");
    }

    @Test
    void refusesAnEmptyDescriptionAndAnUnknownUnit() throws Exception {
        assertThat(json(send(post("/api/v1/disclosure-requests"), application("张三", VALID_ID, "  "))
                .andExpect(status().isBadRequest()))).containsEntry("field", "description");
        assertThat(json(send(post("/api/v1/disclosure-requests"),
                application("张三", VALID_ID, "某文件").replace(OFFICE, "91350100M000100Y43"))
                .andExpect(status().isBadRequest()))).containsEntry("field", "unitCode");
    }

    @Test
    void anIdempotencyKeyMakesADoubleSubmissionCreateOneRequest() throws Exception {
        String key = "idem-" + System.nanoTime();
        String body = application("王五", VALID_ID, "示例县2024年度征地补偿标准");
        int before = count();

        Map<String, Object> first = json(send(post("/api/v1/disclosure-requests").header("Idempotency-Key", key), body)
                .andExpect(status().isCreated()));
        Map<String, Object> second = json(send(post("/api/v1/disclosure-requests").header("Idempotency-Key", key), body)
                .andExpect(status().isCreated()));

        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);
        send(post("/api/v1/disclosure-requests").header("Idempotency-Key", key), body.replace("征地", "拆迁"))
                .andExpect(status().isConflict());
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Integer.class).single();
    }

    static String registration(String receivedOn) {
        return """
                {"applicant": {"type": "COMMERCIAL_ENTERPRISE", "name": "示例科技有限公司", "creditCode": "%s",
                  "phone": "13812345678", "address": "示例县工业园1号"},
                 "unitCode": "%s", "description": "2025年企业扶持资金分配结果", "deliveryForm": "PAPER",
                 "deliveryChannel": "POST", "channel": "LETTER", "receivedOn": "%s"}"""
                .formatted(FINANCE, OFFICE, receivedOn);
    }

    Map<String, Object> staffPost(String tn, String action, String body) throws Exception {
        return json(mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/" + action).with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void officerWalksTheClockFromReceiptToDeliveryAndTheApplicantSeesTheDecision() throws Exception {
        Map<String, Object> receipt = json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration("2025-09-26")))
                .andExpect(status().isCreated()));
        String tn = (String) receipt.get("trackingNumber");
        assertThat(receipt).containsEntry("receivedOn", "2025-09-26").containsEntry("dueDate", "2025-10-30");

        staffPost(tn, "accept", "{}");
        staffPost(tn, "correction-request", "{\"on\": \"2025-09-30\", \"what\": \"请写明文件名称或文号\"}");
        staffPost(tn, "correction", "{\"on\": \"2025-10-10\"}");
        staffPost(tn, "review", "");
        staffPost(tn, "consultation", "{\"on\": \"2025-10-13\", \"consultee\": \"第三方企业\"}");
        Map<String, Object> view = staffPost(tn, "consultation-end", "{\"on\": \"2025-10-20\"}");

        Map<?, ?> status = (Map<?, ?>) view.get("status");
        assertThat(status.get("dueDate")).isEqualTo("2025-11-13");
        assertThat((String) status.get("summary")).isEqualTo("收到申请 2025-09-26 → 补正通知 2025-09-30，补正期限 2025-10-28 → "
                + "补正到达 2025-10-10，期限重新计算 → 征求第三方意见 2025-10-13（第三方企业） → 收到意见 2025-10-20，暂停 5 个工作日 → "
                + "答复期限 2025-11-13");
        assertThat(view.get("stepLabel")).isEqualTo("办理");
        assertThat(((Map<?, ?>) view.get("applicant")).get("identityNumber")).isEqualTo(FINANCE);

        staffPost(tn, "decision", "{\"on\": \"2025-11-10\", \"decisionCode\": \"PARTIALLY_DISCLOSED\", \"reasons\": \"涉及商业秘密部分不予公开\"}");
        Map<String, Object> beforeDelivery = json(mvc.perform(get("/api/v1/disclosure-requests/" + tn)
                .param("accessCode", (String) receipt.get("accessCode"))));
        assertThat((Map<String, Object>) beforeDelivery.get("decision")).as("the decision as soon as it is made (#10)")
                .containsEntry("code", "PARTIALLY_DISCLOSED").containsEntry("decidedOn", "2025-11-10")
                .containsEntry("deliveredOn", null);

        staffPost(tn, "delivery", "{\"on\": \"2025-11-11\", \"channel\": \"邮寄\"}");
        Map<String, Object> after = json(mvc.perform(get("/api/v1/disclosure-requests/" + tn)
                .param("accessCode", (String) receipt.get("accessCode"))).andExpect(status().isOk()));
        assertThat((Map<String, Object>) after.get("decision")).containsEntry("code", "PARTIALLY_DISCLOSED")
                .containsEntry("deliveredOn", "2025-11-11");
        staffPost(tn, "reconsideration", "{\"filedOn\": \"2025-12-01\", \"result\": \"PENDING\"}");
        Map<String, Object> archived = staffPost(tn, "archive", "");
        assertThat(archived.get("stepLabel")).isEqualTo("归档");
        assertThat((List<?>) archived.get("reviews")).hasSize(1);
    }

    @Test
    void refusesASecondExtensionWithTheRuleAndSavesNothing() throws Exception {
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration("2025-09-26")))).get("trackingNumber");
        staffPost(tn, "extension", "{\"on\": \"2025-10-20\", \"days\": 10, \"approver\": \"周志远\"}");

        Map<String, Object> problem = json(mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/extension")
                .with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2025-10-21\", \"days\": 5, \"approver\": \"周志远\"}"))
                .andExpect(status().isConflict()));
        assertThat(problem.get("detail")).isEqualTo("答复期限只能延长一次（《条例》第三十三条）");
        assertThat(problem.get("code")).isEqualTo("EXTENSION_ALREADY_USED");

        Map<?, ?> status = (Map<?, ?>) json(mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn).with(officer)))
                .get("status");
        assertThat((List<?>) status.get("events")).hasSize(2);
        assertThat(status.get("dueDate")).isEqualTo("2025-11-13");
    }

    @Test
    void refusesADecisionBeforeReceiptOfAnUnconfirmedApplication() throws Exception {
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration("2025-09-26")))).get("trackingNumber");

        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2025-09-25\", \"decisionCode\": \"DISCLOSED\", \"reasons\": \"已公开\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2025-10-09\", \"decisionCode\": \"NO_SUCH_CODE\", \"reasons\": \"已公开\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void officersOfOtherUnitsGetNotFound() throws Exception {
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration("2025-09-26")))).get("trackingNumber");

        mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn).with(financeOfficer)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/accept").with(financeOfficer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn).with(officer)).andExpect(status().isOk());
    }

    @Test
    void everyFullViewOfPersonalDataIsAudited() throws Exception {
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration("2025-09-26")))).get("trackingNumber");
        mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn).with(officer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/disclosure-requests/" + tn).with(officer)).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_PERSONAL_DATA_VIEWED' AND object_id = :tn")
                .param("tn", tn).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void personalDataIsEncryptedAtRest() throws Exception {
        String tn = (String) submit(application("赵六", VALID_ID, "示例县公租房分配名单")).get("trackingNumber");

        Map<String, Object> row = jdbc.sql("SELECT applicant_id_enc, applicant_phone_enc, applicant_email_enc, "
                + "applicant_address_enc FROM requests_request WHERE tracking_number = :tn").param("tn", tn).query()
                .singleRow();
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("sm4:"));
        assertThat(row.toString()).doesNotContain(VALID_ID).doesNotContain("13912345678");
    }
}
