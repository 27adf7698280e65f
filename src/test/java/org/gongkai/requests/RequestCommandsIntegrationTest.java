package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request commands through the API and the console: the officer's date rules (issue #8 class 3), the forms the
 * page offers, specific error codes, and a sweep that one corrupt ledger cannot stop.
 */
@IntegrationTest
class RequestCommandsIntegrationTest {

    static final String OFFICE = RequestApiIntegrationTest.OFFICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RequestService service;

    RequestPostProcessor officer;

    @BeforeEach
    void officer() {
        officer = TestActors.as(Role.REQUEST_OFFICER, units.findByCreditCode(OFFICE).orElseThrow().id());
    }

    Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    String register() throws Exception {
        return (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(RequestApiIntegrationTest.registration("2025-09-26")))
                .andExpect(status().isCreated())).get("trackingNumber");
    }

    ResultActions act(String tn, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/" + action).with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    int ledgerSize(String tn) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_event e JOIN requests_request r ON r.id = e.request_id "
                + "WHERE r.tracking_number = :tn").param("tn", tn).query(Integer.class).single();
    }

    @Test
    void anEventDatedAfterTodayIsRefusedAtItsDateField() throws Exception {
        String tn = register();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        Map<String, Object> problem = json(act(tn, "extension",
                "{\"on\": \"" + tomorrow + "\", \"days\": 10, \"approver\": \"周志远\"}").andExpect(status().isBadRequest()));

        assertThat(problem).containsEntry("code", "DATE_IN_FUTURE").containsEntry("field", "on");
        assertThat(ledgerSize(tn)).isEqualTo(1);
    }

    @Test
    void anEventDatedBeforeThePreviousOneIsRefusedAtItsDateField() throws Exception {
        String tn = register();
        act(tn, "consultation", "{\"on\": \"2025-10-13\", \"consultee\": \"第三方企业\"}").andExpect(status().isOk());

        Map<String, Object> problem = json(act(tn, "consultation-end", "{\"on\": \"2025-10-10\"}")
                .andExpect(status().isConflict()));

        assertThat(problem).containsEntry("code", "DATE_BEFORE_PREVIOUS_EVENT").containsEntry("field", "on");
        assertThat((String) problem.get("detail")).contains("2025-10-13");
        assertThat(ledgerSize(tn)).isEqualTo(2);
    }

    @Test
    void anAbsurdDateNeverStrandsARequest() throws Exception {
        String tn = register();
        act(tn, "decision", "{\"on\": \"9999-12-31\", \"decisionCode\": \"DISCLOSED\", \"reasons\": \"已公开\"}")
                .andExpect(status().isBadRequest());
        act(tn, "correction-request", "{\"on\": \"2025-09-30\", \"deadline\": \"9999-12-31\", \"what\": \"请写明文号\"}")
                .andExpect(status().isBadRequest());

        Map<String, Object> decided = json(act(tn, "decision",
                "{\"decisionCode\": \"DISCLOSED\", \"reasons\": \"已公开\"}").andExpect(status().isOk()));
        assertThat(decided.get("decisionCode")).isEqualTo("DISCLOSED");
        act(tn, "delivery", "{\"channel\": \"自行领取\"}").andExpect(status().isOk());
        assertThat(json(act(tn, "archive", "")).get("step")).isEqualTo("ARCHIVED");
    }

    @Test
    void refusalsCarrySpecificStableCodes() throws Exception {
        String tn = register();
        act(tn, "extension", "{\"on\": \"2025-10-20\", \"days\": 10, \"approver\": \"周志远\"}").andExpect(status().isOk());
        assertThat(json(act(tn, "extension", "{\"on\": \"2025-10-21\", \"days\": 5, \"approver\": \"周志远\"}")))
                .containsEntry("code", "EXTENSION_ALREADY_USED");
        assertThat(json(act(tn, "payment", "{\"on\": \"2025-10-21\"}"))).containsEntry("code", "NO_PAYMENT_AWAITED");
        assertThat(json(act(tn, "archive", ""))).containsEntry("code", "NOT_YET_DECIDED");
        act(tn, "decision", "{\"on\": \"2025-10-22\", \"decisionCode\": \"DISCLOSED\", \"reasons\": \"已公开\"}")
                .andExpect(status().isOk());
        assertThat(json(act(tn, "withdrawal", "{\"on\": \"2025-10-23\"}"))).containsEntry("code", "ALREADY_DECIDED");
        assertThat(json(act(tn, "archive", ""))).containsEntry("code", "NOT_DELIVERED");
    }

    @Test
    void theRequestPageOffersOnlyTheActionsAllowedNow() throws Exception {
        String tn = register();
        String page = mvc.perform(get("/console/requests/" + tn).with(officer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"form-accept\"", "id=\"form-extension\"", "id=\"form-decision\"")
                .doesNotContain("id=\"form-review\"", "id=\"form-correction\"", "id=\"form-payment\"",
                        "id=\"form-delivery\"", "id=\"form-archive\"", "id=\"form-review-record\"");

        mvc.perform(post("/console/requests/" + tn + "/extension").with(officer).with(csrf()).param("on", "2025-10-20")
                .param("days", "10").param("approver", "周志远")).andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/console/requests/" + tn).with(officer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the extension is used").doesNotContain("id=\"form-extension\"")
                .contains("id=\"form-decision\"");

        mvc.perform(post("/console/requests/" + tn + "/decision").with(officer).with(csrf()).param("on", "2025-10-21")
                .param("decisionCode", "DISCLOSED").param("reasons", "已公开")).andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/console/requests/" + tn).with(officer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("decided: delivery and reviews only")
                .contains("id=\"form-delivery\"", "id=\"form-review-record\"", "value=\"邮寄\"")
                .doesNotContain("id=\"form-decision\"", "id=\"form-withdrawal\"", "id=\"form-archive\"");
    }

    @Test
    void aRefusedConsoleActionKeepsWhatWasTypedAndShowsTheReasonAtTheDateField() throws Exception {
        String tn = register();
        String page = mvc.perform(post("/console/requests/" + tn + "/decision").with(officer).with(csrf())
                .param("on", "2025-09-20").param("decisionCode", "DISCLOSED").param("reasons", "所申请信息予以公开，详见附件"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"decision-on-error\"").contains("aria-describedby=\"decision-on-error\"")
                .contains("value=\"2025-09-20\"").contains("所申请信息予以公开，详见附件")
                .contains("<option value=\"DISCLOSED\" selected=\"selected\">");
        assertThat(ledgerSize(tn)).isEqualTo(1);
    }

    @Test
    void oneCorruptLedgerDoesNotStopTheRemindersOfTheOthers() {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        var actor = new TestActors.TestActor(-9, "sweep-test", "sweep-test", Map.of(office, Set.of(Role.REQUEST_OFFICER)));
        ApplicationInput input = new ApplicationInput("NATURAL_PERSON", "提醒测试", "11010519491231002X", null,
                "13712345678", null, null, OFFICE, "逐件提醒测试", "PAPER", "PICKUP");
        String corrupt = service.register(actor, input, Channel.IN_PERSON, LocalDate.parse("2025-09-26")).trackingNumber();
        String healthy = service.register(actor, input, Channel.IN_PERSON, LocalDate.parse("2025-09-26")).trackingNumber();
        long corruptId = jdbc.sql("SELECT id FROM requests_request WHERE tracking_number = :tn").param("tn", corrupt)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO requests_event (request_id, seq, event_type, on_date, recorded_at) "
                + "VALUES (:id, 99, 'NO_SUCH_EVENT', DATE '2025-10-01', CURRENT_TIMESTAMP)").param("id", corruptId).update();
        try {
            RequestService.SweepResult result = service.sweep(LocalDate.parse("2025-10-23"));

            assertThat(result.failed()).isGreaterThanOrEqualTo(1);
            assertThat(reminders(healthy)).containsExactly("DUE_IN_5");
            assertThat(reminders(corrupt)).isEmpty();
        } finally {
            jdbc.sql("DELETE FROM requests_event WHERE request_id = :id AND seq = 99").param("id", corruptId).update();
        }
    }

    List<String> reminders(String tn) {
        return jdbc.sql("SELECT m.kind FROM requests_reminder m JOIN requests_request r ON r.id = m.request_id "
                + "WHERE r.tracking_number = :tn ORDER BY m.id").param("tn", tn).query(String.class).list();
    }
}
