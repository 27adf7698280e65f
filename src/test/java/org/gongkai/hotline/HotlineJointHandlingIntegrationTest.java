package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.hotline.HotlineApiIntegrationTest.CENTRE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.ENVIRONMENT;
import static org.gongkai.hotline.HotlineApiIntegrationTest.FINANCE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.HOUSING;
import static org.gongkai.hotline.HotlineApiIntegrationTest.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Joint handling (联合办理) through HTTP: the centre names a lead unit and co-units, each co-unit gives its part (seen
 * by the lead unit, the centre and the co-units), the lead unit replies only once every part is in; refusals with
 * their codes and audit, hostile input at its field, and the console forms of each party.
 */
@IntegrationTest
class HotlineJointHandlingIntegrationTest {

    static final String EDUCATION = "11990101100100842N"; // 教育局, not named in the dispatch

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

    String submit() throws Exception {
        return (String) json(mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(HotlineApiIntegrationTest.ticket("COMPLAINT"))).andExpect(status().isCreated()))
                .get("ticketNumber");
    }

    ResultActions act(RequestPostProcessor who, String n, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/staff/hotline/tickets/" + n + "/" + action).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String jointDispatch(String n) throws Exception {
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": [\"" + ENVIRONMENT + "\", \""
                + FINANCE + "\"]}").andExpect(status().isOk());
        return n;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadUnitRepliesOnceEveryCoUnitHasGivenItsPart() throws Exception {
        String n = jointDispatch(submit());
        act(housing, n, "accept", "").andExpect(status().isOk());

        // a co-unit sees the ticket in its inbox and gives its part; it cannot accept or reply for the lead
        assertThat(json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + n).with(environment))
                .andExpect(status().isOk())).get("allowedActions")).isEqualTo(List.of("contribute"));
        String inbox = mvc.perform(get("/api/v1/staff/hotline/tickets").with(finance)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains(n);
        Map<String, Object> refused = json(act(housing, n, "reply", "{\"reply\": \"已处理\"}")
                .andExpect(status().isConflict()));
        assertThat(refused).containsEntry("code", "HOTLINE_CO_UNIT_PARTS_MISSING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REPLY_TICKET' AND outcome = 'REFUSED' "
                + "AND object_id = :n").param("n", n).query(Integer.class).single()).isEqualTo(1);
        act(environment, n, "reply", "{\"reply\": \"越权答复\"}").andExpect(status().isForbidden());

        act(environment, n, "contribute", "{\"part\": \"经监测，噪声超标，已责令整改\"}").andExpect(status().isOk());
        Map<String, Object> again = json(act(environment, n, "contribute", "{\"part\": \"再说一次\"}")
                .andExpect(status().isConflict()));
        assertThat(again.get("code")).isEqualTo("HOTLINE_PART_ALREADY_GIVEN");
        act(finance, n, "contribute", "{\"part\": \"维修资金可按程序申请\"}").andExpect(status().isOk());
        // a co-unit that has given its part no longer finds the ticket in its inbox
        assertThat(mvc.perform(get("/api/v1/staff/hotline/tickets").with(finance)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(n);

        Map<String, Object> lead = json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + n).with(housing))
                .andExpect(status().isOk()));
        List<Map<String, Object>> parts = (List<Map<String, Object>>) lead.get("coUnits");
        assertThat(parts).extracting(p -> p.get("unitCode")).containsExactly(ENVIRONMENT, FINANCE);
        assertThat(parts).extracting(p -> p.get("part")).containsExactly("经监测，噪声超标，已责令整改", "维修资金可按程序申请");
        assertThat((List<String>) lead.get("allowedActions")).contains("reply");

        act(housing, n, "reply", "{\"reply\": \"会同生态环境局、财政局处理完毕\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_co_unit c JOIN hotline_ticket t ON t.id = c.ticket_id "
                + "WHERE t.ticket_number = :n AND c.part_at IS NOT NULL").param("n", n).query(Integer.class).single())
                .isEqualTo(2);
        // co-units are not dispatches: the KPIs' accept and return rates count the lead unit's dispatch only
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_dispatch d JOIN hotline_ticket t ON t.id = d.ticket_id "
                + "WHERE t.ticket_number = :n").param("n", n).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aUnitNotNamedFindsNothingAndTheLeadUnitIsNotACoUnit() throws Exception {
        String n = jointDispatch(submit());
        RequestPostProcessor education = TestActors.as(Role.HOTLINE_OFFICER, id(EDUCATION));
        act(education, n, "contribute", "{\"part\": \"x\"}").andExpect(status().isNotFound());
        act(housing, n, "contribute", "{\"part\": \"主办单位不提交协办意见\"}").andExpect(status().isForbidden());
        act(centre, n, "contribute", "{\"part\": \"中心\"}").andExpect(status().isForbidden());
    }

    @Test
    void hostileJointInputIsRefusedAtItsField() throws Exception {
        String n = submit();
        Map<String, Object> self = json(act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING
                + "\", \"coUnitCodes\": [\"" + HOUSING + "\"]}").andExpect(status().isBadRequest()));
        assertThat(self.toString()).contains("coUnitCodes");
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": [\"" + ENVIRONMENT + "\", \""
                + ENVIRONMENT + "\"]}").andExpect(status().isBadRequest());
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": [\"000000000000000000\"]}")
                .andExpect(status().isBadRequest());
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": [\"" + "9".repeat(500)
                + "\"]}").andExpect(status().isBadRequest());
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": [\"a\",\"b\",\"c\",\"d\","
                + "\"e\",\"f\"]}").andExpect(status().isBadRequest());
        act(centre, n, "dispatch", "{\"unitCode\": \"" + HOUSING + "\", \"coUnitCodes\": \"notalist\"}")
                .andExpect(status().isBadRequest());
        assertThat(json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + n).with(centre))).get("status"))
                .isEqualTo("RECEIVED"); // nothing of it was stored
        jointDispatch(n);
        act(environment, n, "contribute", "{\"part\": \"" + "长".repeat(HotlineCommands.REPLY_MAX + 1) + "\"}")
                .andExpect(status().isBadRequest());
        act(environment, n, "contribute", "{\"part\": \"  \"}").andExpect(status().isBadRequest());
        act(environment, n, "contribute", "{\"part\": ").andExpect(status().isBadRequest());
    }

    @Test
    void theConsoleOffersEachPartyItsForm() throws Exception {
        String n = submit();
        mvc.perform(post("/console/hotline/tickets/" + n + "/dispatch").with(centre).with(csrf())
                .param("unitCode", HOUSING).param("coUnitCodes", ENVIRONMENT).param("coUnitCodes", FINANCE))
                .andExpect(status().is3xxRedirection());
        Document co = FormMarkup.assertWellFormed(page(environment, n));
        assertThat(co.getElementById("form-contribute")).isNotNull();
        assertThat(co.getElementById("form-accept")).isNull();
        mvc.perform(post("/console/hotline/tickets/" + n + "/contribute").with(environment).with(csrf())
                .param("part", "已现场监测")).andExpect(status().is3xxRedirection());
        Document lead = FormMarkup.assertWellFormed(page(housing, n));
        assertThat(lead.getElementById("co-units").text()).contains("已现场监测").contains("尚未提交");
        assertThat(lead.getElementById("form-accept")).isNotNull();
        assertThat(lead.getElementById("form-contribute")).isNull();
        Document centrePage = FormMarkup.assertWellFormed(page(centre, n));
        assertThat(centrePage.getElementById("co-units")).isNotNull();
    }

    @Test
    void theResponsibilityListSuggestsTheUnitForATopic() throws Exception {
        Map<String, Object> hints = json(mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre)
                .param("topic", "噪音扰民")).andExpect(status().isOk()));
        assertThat(hints).containsEntry("suggestedUnitCode", ENVIRONMENT);
        assertThat(json(mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre).param("topic", "无此主题"))
                .andExpect(status().isOk()))).containsEntry("suggestedUnitCode", null);
    }

    @Test
    void theDispatchFormKeepsTheChosenCoUnitsWhenRefused() throws Exception {
        String n = submit();
        String html = mvc.perform(post("/console/hotline/tickets/" + n + "/dispatch").with(centre).with(csrf())
                .param("unitCode", HOUSING).param("coUnitCodes", HOUSING)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document d = FormMarkup.assertWellFormed(html);
        assertThat(d.getElementById("dispatch-coUnitCodes").attr("aria-invalid")).isEqualTo("true");
        assertThat(d.select("#dispatch-coUnitCodes option[selected]")).extracting(e -> e.attr("value"))
                .containsExactly(HOUSING);
    }

    String page(RequestPostProcessor who, String n) throws Exception {
        return mvc.perform(get("/console/hotline/tickets/" + n).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
