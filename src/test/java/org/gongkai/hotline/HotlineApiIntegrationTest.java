package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * The ticket loop through the JSON API (issue #12): a citizen's ticket dispatched, returned, arbitrated, accepted,
 * extended on the centre's approval, urged, replied, closed, called back and reopened; data scope, refusals with their
 * codes and audit, and the caller's data encrypted at rest.
 */
@IntegrationTest
class HotlineApiIntegrationTest {

    static final String CENTRE = "129901011001024506";
    static final String HOUSING = "119901011001003591"; // 住建局
    static final String ENVIRONMENT = "11990101100100770X"; // 生态环境局
    static final String FINANCE = "119901011001002878"; // 财政局

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor centre;
    RequestPostProcessor housing;
    RequestPostProcessor environment;
    RequestPostProcessor finance;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, id(CENTRE));
        housing = TestActors.as(Role.HOTLINE_OFFICER, id(HOUSING));
        environment = TestActors.as(Role.HOTLINE_OFFICER, id(ENVIRONMENT));
        finance = TestActors.as(Role.HOTLINE_OFFICER, id(FINANCE));
    }

    long id(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    static String ticket(String category) {
        return """
                {"category": "%s", "title": "小区路灯不亮", "content": "幸福小区3栋门口路灯坏了一个月",
                 "caller": {"name": "张三丰", "phone": "13912345678"}, "address": "幸福路12号",
                 "lat": 29.5, "long": 106.5}""".formatted(category);
    }

    Map<String, Object> submit(String category) throws Exception {
        return json(mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(ticket(category))).andExpect(status().isCreated()));
    }

    ResultActions act(RequestPostProcessor who, String n, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/staff/hotline/tickets/" + n + "/" + action).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aTicketGoesRoundTheWholeLoop() throws Exception {
        Map<String, Object> receipt = submit("COMPLAINT");
        String n = (String) receipt.get("ticketNumber");
        assertThat(receipt).containsKeys("queryCode", "receivedAt").containsEntry("dueDate", "2026-06-30");

        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\"}").andExpect(status().isOk());
        Map<String, Object> returned = json(act(housing, n, "return", "{\"reason\": \"属生态环境局职责\"}")
                .andExpect(status().isOk()));
        assertThat(returned).containsEntry("status", "RETURNED");
        json(act(centre, n, "arbitrate", "{\"unitCode\": \"" + ENVIRONMENT + "\", \"decision\": \"退单理由成立\"}")
                .andExpect(status().isOk()));
        act(housing, n, "accept", "").andExpect(status().isForbidden()); // it once held the ticket: seen, not held
        act(environment, n, "accept", "").andExpect(status().isOk());
        act(environment, n, "extension-request", "{\"days\": 3, \"reason\": \"需现场勘查\"}").andExpect(status().isOk());
        Map<String, Object> extended = json(act(centre, n, "extend", "{\"approved\": true}").andExpect(status().isOk()));
        assertThat(extended).containsEntry("dueDate", "2026-07-03");
        Map<String, Object> urged = json(act(centre, n, "urge", "{\"note\": \"请加快办理\"}").andExpect(status().isOk()));
        assertThat(urged).containsEntry("urgeCount", 1);
        act(environment, n, "reply", "{\"reply\": \"已更换路灯\"}").andExpect(status().isOk());
        Map<String, Object> closed = json(act(centre, n, "close", "").andExpect(status().isOk()));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("overdue", false)
                .containsEntry("unitCode", ENVIRONMENT);
        act(centre, n, "callback", "{\"satisfaction\": 2, \"solved\": false, \"note\": \"灯又坏了\"}")
                .andExpect(status().isOk());
        Map<String, Object> reopened = json(act(centre, n, "reopen", "{\"reason\": \"市民不满意\"}")
                .andExpect(status().isOk()));
        assertThat(reopened).containsEntry("status", "RECEIVED").containsEntry("reopenCount", 1);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_dispatch d JOIN hotline_ticket t ON t.id = d.ticket_id "
                + "WHERE t.ticket_number = :n AND d.returned_at IS NOT NULL AND d.arbitration IS NOT NULL")
                .param("n", n).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_dispatch d JOIN hotline_ticket t ON t.id = d.ticket_id "
                + "WHERE t.ticket_number = :n AND d.accepted_at IS NOT NULL").param("n", n).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT satisfaction FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id "
                + "WHERE t.ticket_number = :n").param("n", n).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :n AND outcome = 'SUCCESS' "
                + "AND action IN ('DISPATCH_TICKET', 'RETURN_TICKET', 'ARBITRATE_RETURN', 'ACCEPT_TICKET', "
                + "'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'URGE_TICKET', 'REPLY_TICKET', 'CLOSE_TICKET', "
                + "'RECORD_CALLBACK', 'REOPEN_TICKET')").param("n", n).query(Integer.class).single()).isEqualTo(11);
    }

    @Test
    void theCitizenFollowsTheTicketWithTheQueryCodeAndSeesTheReplyOnceClosed() throws Exception {
        Map<String, Object> receipt = submit("CONSULTATION");
        String n = (String) receipt.get("ticketNumber");
        String code = (String) receipt.get("queryCode");
        act(centre, n, "reply", "{\"reply\": \"请携带身份证到政务服务中心办理\"}").andExpect(status().isOk());
        Map<String, Object> before = json(mvc.perform(get("/api/v1/hotline/tickets/" + n).param("queryCode", code))
                .andExpect(status().isOk()));
        assertThat(before).containsEntry("status", "REPLIED").containsEntry("reply", null);
        act(centre, n, "close", "").andExpect(status().isOk());
        Map<String, Object> after = json(mvc.perform(get("/api/v1/hotline/tickets/" + n).param("queryCode", code))
                .andExpect(status().isOk()));
        assertThat(after).containsEntry("status", "CLOSED").containsEntry("reply", "请携带身份证到政务服务中心办理");
        assertThat(after.toString()).doesNotContain("13912345678").doesNotContain("张三丰");

        mvc.perform(get("/api/v1/hotline/tickets/" + n).param("queryCode", "WRONGCODE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hotline/tickets/" + n)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hotline/tickets/RX00000000000000").param("queryCode", code))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCentreAnswersOnlyConsultationsItself() throws Exception {
        String n = (String) submit("COMPLAINT").get("ticketNumber");
        Map<String, Object> problem = json(act(centre, n, "reply", "{\"reply\": \"答复\"}")
                .andExpect(status().isConflict()));
        assertThat(problem).containsEntry("code", "HOTLINE_CENTRE_ANSWERS_CONSULTATIONS_ONLY");
    }

    @Test
    void anotherUnitsTicketIsNotFoundAndAUnitCannotDoTheCentresWork() throws Exception {
        String n = (String) submit("HELP").get("ticketNumber");
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\"}").andExpect(status().isOk());

        mvc.perform(get("/api/v1/staff/hotline/tickets/" + n).with(finance)).andExpect(status().isNotFound());
        act(finance, n, "accept", "").andExpect(status().isNotFound());
        act(housing, n, "urge", "{}").andExpect(status().isForbidden());
        act(housing, n, "dispatch", "{\"unitCode\": \"" + FINANCE + "\"}").andExpect(status().isForbidden());

        List<?> financeQueue = JsonMapper.builder().build().readValue(mvc.perform(get("/api/v1/staff/hotline/tickets")
                .with(finance)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        StandardCharsets.UTF_8), List.class);
        assertThat(financeQueue.toString()).doesNotContain(n);
        String housingQueue = mvc.perform(get("/api/v1/staff/hotline/tickets").with(housing))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(housingQueue).contains(n).contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void aRefusedTransitionAnswers409WithItsCodeAndIsAudited() throws Exception {
        String n = (String) submit("HELP").get("ticketNumber");
        Map<String, Object> problem = json(act(centre, n, "close", "").andExpect(status().isConflict()));
        assertThat(problem).containsEntry("code", "TRANSITION_NOT_ALLOWED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CLOSE_TICKET' AND outcome = 'REFUSED' "
                + "AND object_id = :n").param("n", n).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hostileInputIsRefusedAtItsField() throws Exception {
        String big = "长".repeat(HotlineCommands.CONTENT_MAX + 1);
        mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(ticket("HELP").replace("幸福小区3栋门口路灯坏了一个月", big))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON).content("{\"category\":"))
                .andExpect(status().isBadRequest());
        Map<String, Object> unknown = json(mvc.perform(post("/api/v1/hotline/tickets")
                .contentType(MediaType.APPLICATION_JSON).content(ticket("WHATEVER"))).andExpect(status().isBadRequest()));
        assertThat(unknown).containsEntry("code", "HOTLINE_UNKNOWN_CATEGORY").containsEntry("field", "category");
        Map<String, Object> lat = json(mvc.perform(post("/api/v1/hotline/tickets")
                .contentType(MediaType.APPLICATION_JSON).content(ticket("HELP").replace("29.5", "999")))
                .andExpect(status().isBadRequest()));
        assertThat(lat).containsEntry("field", "lat");
        Map<String, Object> phone = json(mvc.perform(post("/api/v1/hotline/tickets")
                .contentType(MediaType.APPLICATION_JSON).content(ticket("HELP").replace("13912345678", "<script>")))
                .andExpect(status().isBadRequest()));
        assertThat(phone).containsEntry("field", "caller.phone");
        String n = (String) submit("HELP").get("ticketNumber");
        act(centre, n, "dispatch", "{\"unitCode\": \"" + "X".repeat(19) + "\"}").andExpect(status().isBadRequest());
        Map<String, Object> noUnit = json(act(centre, n, "dispatch", "{\"unitCode\": \"000000000000000000\"}")
                .andExpect(status().isBadRequest()));
        assertThat(noUnit).containsEntry("field", "unitCode");
        mvc.perform(get("/api/v1/staff/hotline/tickets/" + "9".repeat(5000)).with(centre))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/staff/hotline/tickets/" + n)).andExpect(status().is4xxClientError());
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\"}").andExpect(status().isOk());
        act(housing, n, "accept", "").andExpect(status().isOk());
        Map<String, Object> days = json(act(housing, n, "extension-request", "{\"days\": 99, \"reason\": \"久\"}")
                .andExpect(status().isBadRequest()));
        assertThat(days).containsEntry("code", "HOTLINE_EXTENSION_TOO_LONG").containsEntry("field", "days");
        act(housing, n, "reply", "{\"reply\": \"好\"}").andExpect(status().isOk());
        act(centre, n, "close", "").andExpect(status().isOk());
        Map<String, Object> satisfaction = json(act(centre, n, "callback", "{\"satisfaction\": 6, \"solved\": true}")
                .andExpect(status().isBadRequest()));
        assertThat(satisfaction).containsEntry("field", "satisfaction");
    }

    @Test
    void theCallersNameAndPhoneAreEncryptedAtRestAndMaskedForStaff() throws Exception {
        String n = (String) submit("HELP").get("ticketNumber");
        Map<String, Object> row = jdbc.sql("SELECT caller_name_enc, caller_phone_enc, caller_phone_index "
                + "FROM hotline_ticket WHERE ticket_number = :n").param("n", n).query().singleRow();
        assertThat(row.values().toString()).doesNotContain("13912345678").doesNotContain("张三丰");
        assertThat((String) row.values().iterator().next()).startsWith("sm4:");
        Map<String, Object> view = json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + n).with(centre))
                .andExpect(status().isOk()));
        assertThat(view).containsEntry("callerName", "张*丰").containsEntry("callerPhone", "139****5678");
        Map<String, Object> hints = json(mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre)
                .param("phone", "13912345678")).andExpect(status().isOk()));
        assertThat(hints.get("callerTickets").toString()).contains(n);
    }
}
