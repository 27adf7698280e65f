package org.gongkai.services.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
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

/** The service case API of issue #11 through HTTP over the real database (TestClock: Monday 2026-06-15). */
@IntegrationTest
class ServiceCaseApiIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String API = "/api/v1/staff/service-cases";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestClock clock;

    long agriculture;
    long township;
    long dongjie;
    RequestPostProcessor officer;
    RequestPostProcessor townshipOfficer;
    RequestPostProcessor centreOfficer;
    RequestPostProcessor agent;
    String item;

    @BeforeEach
    void setUp() {
        agriculture = unit(ServiceFixtures.AGRICULTURE);
        township = unit(ServiceFixtures.CHENGGUAN);
        dongjie = unit(ServiceFixtures.DONGJIE);
        officer = TestActors.as(Role.SERVICE_OFFICER, agriculture);
        townshipOfficer = TestActors.as(Role.SERVICE_OFFICER, township);
        centreOfficer = TestActors.as(Role.SERVICE_OFFICER, unit(ServiceFixtures.CENTRE));
        agent = TestActors.as(-7, "agent-dongjie", Map.of(dongjie, Set.of(Role.SERVICE_AGENT)));
        item = ServiceFixtures.promisedItem(jdbc, agriculture, 5);
    }

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    static String intake(String itemCode, String channel, String stationCode) {
        return """
                {"itemCode": "%s", "channel": "%s", "applicant": {"type": "PERSON", "name": "张三丰",
                  "idNumber": "%s", "phone": "13912345678"}%s}"""
                .formatted(itemCode, channel, ServiceFixtures.VALID_ID,
                        stationCode == null ? "" : ", \"stationCode\": \"" + stationCode + "\"");
    }

    static RequestPostProcessor fromSomewhere() {
        String ip = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(who).with(fromSomewhere()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JSON.readValue(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});
    }

    Map<String, Object> create(RequestPostProcessor who, String body) throws Exception {
        return json(send(post(API), who, body).andExpect(status().isCreated()));
    }

    Map<String, Object> act(String caseNumber, String action, String body) throws Exception {
        return json(send(post(API + "/" + caseNumber + "/" + action), officer, body).andExpect(status().isOk()));
    }

    @Test
    void aWindowCaseGoesFromIntakeToDeliveryAndExplainsItsClock() throws Exception {
        Map<String, Object> created = create(officer, intake(item, "WINDOW", null));
        assertThat(created).containsOnlyKeys("caseNumber", "queryCode");
        String n = (String) created.get("caseNumber");
        assertThat(n).startsWith("BJ20260615");
        assertThat((String) created.get("queryCode")).hasSize(10);

        Map<String, Object> view = json(mvc.perform(get(API + "/" + n).with(officer)).andExpect(status().isOk()));
        assertThat(view).containsEntry("status", "RECEIVED").containsEntry("itemCode", item)
                .containsEntry("acceptedOn", null).containsEntry("dueDate", null).containsEntry("overdue", false);
        assertThat((List<Object>) view.get("allowedActions")).containsExactly("accept", "refuse");
        assertThat(view.toString()).doesNotContain("13912345678").doesNotContain(ServiceFixtures.VALID_ID)
                .contains("张*丰");

        // accepted Mon 06-15: 5 working days, 端午 06-19..06-21 off → Tue 06-23
        view = act(n, "accept", "{}");
        assertThat(view).containsEntry("status", "ACCEPTED").containsEntry("acceptedOn", "2026-06-15")
                .containsEntry("dueDate", "2026-06-23").containsEntry("light", "GREEN");

        view = act(n, "suspend", "{\"procedure\": \"现场勘查\", \"plannedEnd\": \"2026-06-17\"}");
        assertThat(view).containsEntry("status", "SUSPENDED").containsEntry("provisional", true)
                .containsEntry("dueDate", "2026-06-25");

        clock.advance(Duration.ofDays(1));
        view = act(n, "resume", "{\"end\": \"2026-06-16\"}");
        assertThat(view).containsEntry("status", "ACCEPTED").containsEntry("dueDate", "2026-06-24")
                .containsEntry("provisional", false);

        view = act(n, "complete", "{\"result\": \"准予许可，证书编号 2026-001\"}");
        assertThat(view).containsEntry("status", "COMPLETED").containsEntry("completedOn", "2026-06-16")
                .containsEntry("overdue", false).containsEntry("light", null);
        view = act(n, "deliver", "{\"method\": \"POST\"}");
        assertThat(view).containsEntry("status", "DELIVERED").containsEntry("deliveryMethod", "POST");

        List<Map<String, Object>> events = (List<Map<String, Object>>) view.get("events");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("RECEIVED", "ACCEPTED", "SUSPENDED",
                "RESUMED", "COMPLETED", "DELIVERED");
        assertThat(events.get(3).get("explanation")).asString().contains("1 个工作日不计入时限");
        assertThat(events.get(4).get("explanation")).asString().contains("准予许可");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :n AND outcome = 'SUCCESS'")
                .param("n", n).query(Long.class).single()).isEqualTo(6); // accept … deliver, and intake
    }

    @Test
    void theApplicantFollowsTheCaseWithTheQueryCodeAndAWrongCodeIsNotFound() throws Exception {
        Map<String, Object> created = create(officer, intake(item, "WINDOW", null));
        String n = (String) created.get("caseNumber");
        act(n, "accept", "{}");

        Map<String, Object> status = json(mvc.perform(get("/api/v1/service-cases/" + n).with(fromSomewhere())
                .param("queryCode", (String) created.get("queryCode"))).andExpect(status().isOk()));
        assertThat(status).containsEntry("status", "ACCEPTED").containsEntry("dueDate", "2026-06-23")
                .containsEntry("applicantName", "张*丰");
        assertThat(status.toString()).doesNotContain("13912345678");

        mvc.perform(get("/api/v1/service-cases/" + n).with(fromSomewhere()).param("queryCode", "WRONGCODE2"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-cases/" + n).with(fromSomewhere())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-cases/BJ20990101999999").with(fromSomewhere())
                .param("queryCode", (String) created.get("queryCode"))).andExpect(status().isNotFound());
    }

    @Test
    void anAgentTakesACaseInAtItsStationAndTheStationAndAgentAreRecorded() throws Exception {
        String station = ServiceFixtures.station(jdbc, dongjie, "李代办");
        Map<String, Object> created = create(agent, intake(item, "AGENT", station));
        String n = (String) created.get("caseNumber");

        Map<String, Object> view = json(mvc.perform(get(API + "/" + n).with(agent)).andExpect(status().isOk()));
        assertThat(view).containsEntry("channel", "AGENT").containsEntry("stationCode", station)
                .containsEntry("agentName", "agent-dongjie");
        assertThat((List<?>) view.get("allowedActions")).isEmpty();
        // the deciding unit's officer acts on it; the agent may not decide
        act(n, "accept", "{}");
        send(post(API + "/" + n + "/complete"), agent, "{\"result\": \"x\"}").andExpect(status().isForbidden());

        // an agent cannot take cases in at another village's station, nor at a window
        String other = ServiceFixtures.station(jdbc, unit(ServiceFixtures.XIJIE), "王代办");
        assertThat(send(post(API), agent, intake(item, "AGENT", other)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"stationCode\"");
        send(post(API), agent, intake(item, "WINDOW", station)).andExpect(status().isBadRequest());
    }

    @Test
    void aTownshipTakesTheCaseInAndTheDecidingUnitSeesIt() throws Exception {
        String n = (String) create(townshipOfficer, intake(item, "WINDOW", null)).get("caseNumber");
        Map<String, Object> view = json(mvc.perform(get(API + "/" + n).with(officer)).andExpect(status().isOk()));
        assertThat(view).containsEntry("status", "RECEIVED");
        assertThat(jdbc.sql("SELECT accepting_unit_id FROM services_case WHERE case_number = :n").param("n", n)
                .query(Long.class).single()).isEqualTo(township);
        json(send(post(API + "/" + n + "/accept"), townshipOfficer, "{}").andExpect(status().isOk()));
    }

    @Test
    void anotherUnitsCaseIsNotFound() throws Exception {
        String n = (String) create(officer, intake(item, "WINDOW", null)).get("caseNumber");
        mvc.perform(get(API + "/" + n).with(centreOfficer)).andExpect(status().isNotFound());
        send(post(API + "/" + n + "/accept"), centreOfficer, "{}").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM services_case WHERE case_number = :n").param("n", n)
                .query(String.class).single()).isEqualTo("RECEIVED");
    }

    @Test
    void aRefusedTransitionIsAConflictAndIsAuditedAsRefused() throws Exception {
        String n = (String) create(officer, intake(item, "WINDOW", null)).get("caseNumber");
        String problem = send(post(API + "/" + n + "/complete"), officer, "{\"result\": \"办结\"}")
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"code\":\"TRANSITION_NOT_ALLOWED\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'COMPLETE_SERVICE_CASE' "
                + "AND outcome = 'REFUSED' AND object_id = :n").param("n", n).query(Long.class).single()).isEqualTo(1);

        act(n, "refuse", "{\"reason\": \"不属于本机关职权范围\", \"legalBasis\": \"《行政许可法》第三十二条\"}");
        send(post(API + "/" + n + "/accept"), officer, "{}").andExpect(status().isConflict());
    }

    @Test
    void hostileInputIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single();
        String tooLong = intake(item, "WINDOW", null).replace("张三丰", "长".repeat(5_000));
        assertThat(send(post(API), officer, tooLong).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("TOO_LONG").contains("applicant.name");
        send(post(API), officer, intake(item, "WINDOW", null).replace(ServiceFixtures.VALID_ID, "110105194912310021"))
                .andExpect(status().isBadRequest());
        send(post(API), officer, intake(item, "FAX", null)).andExpect(status().isBadRequest());
        send(post(API), officer, intake("NO-SUCH-ITEM", "WINDOW", null)).andExpect(status().isBadRequest());
        send(post(API), officer, "{\"itemCode\": ").andExpect(status().isBadRequest());
        send(post(API), officer, intake(item, "WINDOW", null).replace("13912345678", "12345"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single()).isEqualTo(before);

        String n = (String) create(officer, intake(item, "WINDOW", null)).get("caseNumber");
        act(n, "accept", "{}");
        send(post(API + "/" + n + "/suspend"), officer, "{\"procedure\": \"喝茶\", \"plannedEnd\": \"2026-06-20\"}")
                .andExpect(status().isBadRequest());
        send(post(API + "/" + n + "/suspend"), officer, "{\"procedure\": \"公示\", \"plannedEnd\": \"2026-13-45\"}")
                .andExpect(status().isBadRequest());
        send(post(API + "/" + n + "/complete"), officer, "{\"on\": \"2026-07-01\", \"result\": \"x\"}")
                .andExpect(status().isBadRequest()); // in the future
        send(post(API + "/" + n + "/complete"), officer, "{\"on\": \"2026-06-01\", \"result\": \"x\"}")
                .andExpect(status().isConflict()); // before the acceptance
        send(post(API + "/" + n + "/complete"), officer, "{\"result\": \"" + "长".repeat(3_000) + "\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get(API + "/" + "x".repeat(500)).with(officer)).andExpect(status().isNotFound());
    }

    @Test
    void theQueueListsTheScopesOpenCasesByLight() throws Exception {
        String n = (String) create(officer, intake(item, "WINDOW", null)).get("caseNumber");
        act(n, "accept", "{}");
        Map<String, Object> queue = json(mvc.perform(get(API).with(officer).param("due", "OPEN"))
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) queue.get("cases");
        assertThat(rows).extracting(r -> r.get("caseNumber")).contains(n);
        assertThat(rows).filteredOn(r -> n.equals(r.get("caseNumber"))).first()
                .satisfies(r -> assertThat(r).containsEntry("light", "GREEN").containsEntry("applicantName", "张*丰"));

        clock.advance(Duration.ofDays(7)); // Mon 06-22: one working day left → due soon
        rows = (List<Map<String, Object>>) json(mvc.perform(get(API).with(officer).param("due", "DUE_SOON"))
                .andExpect(status().isOk())).get("cases");
        assertThat(rows).extracting(r -> r.get("caseNumber")).contains(n);
        clock.advance(Duration.ofDays(2)); // Wed 06-24: overdue
        rows = (List<Map<String, Object>>) json(mvc.perform(get(API).with(officer).param("due", "OVERDUE"))
                .andExpect(status().isOk())).get("cases");
        assertThat(rows).filteredOn(r -> n.equals(r.get("caseNumber"))).first()
                .satisfies(r -> assertThat(r).containsEntry("light", "RED"));
        rows = (List<Map<String, Object>>) json(mvc.perform(get(API).with(centreOfficer).param("due", "OVERDUE"))
                .andExpect(status().isOk())).get("cases");
        assertThat(rows).extracting(r -> r.get("caseNumber")).doesNotContain(n);
        mvc.perform(get(API).with(officer).param("size", "1000")).andExpect(status().isBadRequest());
    }
}
