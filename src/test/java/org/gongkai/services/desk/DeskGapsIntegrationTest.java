package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ServiceRows;
import org.gongkai.services.cases.CaseNumbers;
import org.gongkai.services.cases.ServiceFixtures;
import org.junit.jupiter.api.AfterEach;
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

/**
 * The desk's gaps closed (issue #11), through HTTP: intake only where the item is offered (the township accepts, the
 * county decides); no acceptance while a required material is missing (the one-time notice instead); the public status
 * page leads to the rating form once rating is allowed; rectification steps dated with the day they were done, within
 * bounds; agents see the cases of their stations only. Refusals carry a stable code and are audited.
 */
@IntegrationTest
class DeskGapsIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String API = "/api/v1/staff/service-cases";
    static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestClock clock;
    @Autowired
    CaseNumbers codes;

    long agriculture;
    long township;
    long dongjie;
    RequestPostProcessor officer;
    String item;

    @BeforeEach
    void setUp() {
        agriculture = unit(ServiceFixtures.AGRICULTURE);
        township = unit(ServiceFixtures.CHENGGUAN);
        dongjie = unit(ServiceFixtures.DONGJIE);
        officer = TestActors.as(Role.SERVICE_OFFICER, agriculture);
        item = ServiceFixtures.promisedItem(jdbc, agriculture, 5);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    static RequestPostProcessor from() {
        String ip = "10.77." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    static String intake(String itemCode, String channel, String stationCode) {
        return """
                {"itemCode": "%s", "channel": "%s", "applicant": {"type": "PERSON", "name": "张三丰",
                  "idNumber": "%s", "phone": "13912345678"}%s}"""
                .formatted(itemCode, channel, ServiceFixtures.VALID_ID,
                        stationCode == null ? "" : ", \"stationCode\": \"" + stationCode + "\"");
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(who).with(from()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JSON.readValue(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});
    }

    static String text(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long refusals(String codePrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE outcome = 'REFUSED' AND detail LIKE :d")
                .param("d", codePrefix + "%").query(Long.class).single();
    }

    long itemId(String code) {
        return jdbc.sql("SELECT id FROM services_item WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aCaseIsTakenInOnlyWhereItsItemIsOffered() throws Exception {
        // offered at the county level only: the township centre may not take it in; the county centre and the
        // deciding unit may
        jdbc.sql("DELETE FROM services_item_offering WHERE item_id = ? AND level <> 'COUNTY'").param(itemId(item))
                .update();
        long refusedBefore = refusals("ITEM_NOT_OFFERED_HERE");
        long casesBefore = jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single();
        Map<String, Object> problem = json(send(post(API), TestActors.as(Role.SERVICE_OFFICER, township),
                intake(item, "WINDOW", null)).andExpect(status().isUnprocessableContent()));
        assertThat(problem).containsEntry("code", "ITEM_NOT_OFFERED_HERE");
        assertThat(problem.toString()).contains("itemCode").contains("该事项在县级受理");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single()).isEqualTo(casesBefore);
        assertThat(refusals("ITEM_NOT_OFFERED_HERE")).isEqualTo(refusedBefore + 1);

        send(post(API), TestActors.as(Role.SERVICE_OFFICER, unit(ServiceFixtures.CENTRE)),
                intake(item, "WINDOW", null)).andExpect(status().isCreated());
        send(post(API), officer, intake(item, "WINDOW", null)).andExpect(status().isCreated());

        // a village level offered at one named station only: another station's agent is refused at the station field
        String here = ServiceFixtures.station(jdbc, dongjie, "李代办");
        String there = ServiceFixtures.station(jdbc, dongjie, "王代办");
        jdbc.sql("INSERT INTO services_item_offering (item_id, level, unit_id, station_id) SELECT ?, 'VILLAGE', "
                + "unit_id, id FROM services_station WHERE code = ?").params(itemId(item), here).update();
        RequestPostProcessor agent = TestActors.as(-71, "agent-dongjie", Map.of(dongjie, Set.of(Role.SERVICE_AGENT)));
        Map<String, Object> atThere = json(send(post(API), agent, intake(item, "AGENT", there))
                .andExpect(status().isUnprocessableContent()));
        assertThat(atThere).containsEntry("code", "ITEM_NOT_OFFERED_HERE");
        assertThat(atThere.toString()).contains("stationCode").contains("县级、村（社区）级受理");
        send(post(API), agent, intake(item, "AGENT", here)).andExpect(status().isCreated());
    }

    @Test
    void acceptanceWaitsUntilTheRequiredMaterialsAreInAndTheNoticeIsIssuedInstead() throws Exception {
        String n = (String) json(send(post(API), officer, intake(item, "WINDOW", null))
                .andExpect(status().isCreated())).get("caseNumber");
        long material = jdbc.sql("SELECT id FROM services_item_material WHERE item_id = ?").param(itemId(item))
                .query(Long.class).single();
        send(put(API + "/" + n + "/materials"), officer, "{\"provided\": []}").andExpect(status().isOk());

        Map<String, Object> refused = json(send(post(API + "/" + n + "/accept"), officer, "{}")
                .andExpect(status().isConflict()));
        assertThat(refused).containsEntry("code", "MATERIALS_MISSING");
        assertThat((String) refused.get("detail")).contains("缺少申请表").contains("一次性告知");
        assertThat(jdbc.sql("SELECT status FROM services_case WHERE case_number = ?").param(n).query(String.class)
                .single()).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = ? AND outcome = 'REFUSED' "
                + "AND detail LIKE 'MATERIALS_MISSING%'").param(n).query(Long.class).single()).isEqualTo(1);
        // the one-time notice is what the officer hands over instead
        mvc.perform(get(API + "/" + n + "/documents/notice.pdf").with(officer)).andExpect(status().isOk());
        // the console's accept form says the same at the form
        assertThat(text(mvc.perform(post("/console/services/cases/" + n + "/accept").with(officer).with(csrf())
                .param("on", "2026-06-15")))).contains("缺少申请表");

        send(put(API + "/" + n + "/materials"), officer, "{\"provided\": [" + material + "]}")
                .andExpect(status().isOk());
        assertThat(json(send(post(API + "/" + n + "/accept"), officer, "{}").andExpect(status().isOk())))
                .containsEntry("status", "ACCEPTED");
    }

    @Test
    void theStatusPageLeadsToTheRatingFormOnceTheCaseIsAcceptedAndTheCodeStaysOutOfTheAddress() throws Exception {
        Map<String, Object> created = json(send(post(API), officer, intake(item, "WINDOW", null))
                .andExpect(status().isCreated()));
        String n = (String) created.get("caseNumber");
        String code = (String) created.get("queryCode");
        String received = text(mvc.perform(post("/services/cases").with(from()).with(csrf()).param("caseNumber", n)
                .param("queryCode", code)).andExpect(status().isOk()));
        assertThat(received).contains("办件 " + n).doesNotContain("form-rate");

        send(post(API + "/" + n + "/accept"), officer, "{}").andExpect(status().isOk());
        String accepted = text(mvc.perform(post("/services/cases").with(from()).with(csrf()).param("caseNumber", n)
                .param("queryCode", code)).andExpect(status().isOk()));
        assertThat(accepted).contains("id=\"form-rate\"").contains("action=\"/services/cases/" + n + "/rate\"")
                .contains("value=\"" + code + "\"");

        String form = text(mvc.perform(post("/services/cases/" + n + "/rate").with(from()).with(csrf())
                .param("queryCode", code).param("begin", "1")).andExpect(status().isOk()));
        assertThat(form).contains("评价等级").contains("value=\"" + code + "\"").doesNotContain("未能提交评价");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_rating r JOIN services_case c ON c.id = r.case_id "
                + "WHERE c.case_number = ?").param(n).query(Long.class).single()).isZero();

        String rated = text(mvc.perform(post("/services/cases/" + n + "/rate").with(from()).with(csrf())
                .param("queryCode", code).param("level", "2").param("comment", "等候时间长")).andExpect(status().isOk()));
        assertThat(rated).contains("已启动差评整改");
    }

    @Test
    void rectificationStepsRecordTheDayTheyWereDoneNeitherAheadOfTodayNorBeforeTheRatingOrTheStepBefore()
            throws Exception {
        ConsoleFixtures.TestUnit office = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "民政局");
        ServiceRows.Item rowItem = ServiceRows.item(jdbc, office.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1);
        String n = ServiceRows.number(ServiceRows.insert(jdbc, codes, new ServiceRows.Case(rowItem, null, "ACCEPTED",
                java.time.LocalDate.parse("2026-06-12"), java.time.LocalDate.parse("2026-06-22"), null, null, null),
                "QC777"));
        send(post("/api/v1/service-cases/" + n + "/ratings"), r -> r,
                "{\"queryCode\":\"QC777\",\"level\":1,\"channel\":\"ONLINE\",\"comment\":\"态度差\"}")
                .andExpect(status().isCreated());
        long id = jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = ?").param(n).query(Long.class)
                .single();
        RequestPostProcessor staff = TestActors.as(Role.SERVICE_OFFICER, office.id());
        clock.advance(Duration.ofDays(10)); // today 2026-06-25; rated 2026-06-15
        String step = "/api/v1/staff/service-rectifications/" + id + "/";

        assertThat(json(send(post(step + "confirm"), staff, "{\"text\":\"属实\",\"on\":\"2026-06-26\"}")
                .andExpect(status().isBadRequest())).toString()).contains("on").contains("不能晚于今天");
        assertThat(json(send(post(step + "confirm"), staff, "{\"text\":\"属实\",\"on\":\"2026-06-14\"}")
                .andExpect(status().isBadRequest())).toString()).contains("不能早于评价日期");
        send(post(step + "confirm"), staff, "{\"text\":\"属实\",\"on\":\"2026-13-01\"}")
                .andExpect(status().isBadRequest());
        assertThat(refusals("VALIDATION_FAILED")).isPositive();
        send(post(step + "confirm"), staff, "{\"text\":\"属实，已致歉\",\"on\":\"2026-06-17\"}")
                .andExpect(status().isOk());

        // the console form: the date before the previous step is refused at the field
        String page = text(mvc.perform(post("/console/services/rectifications/" + id + "/rectify").with(staff)
                .with(csrf()).param("measures", "增设导办岗").param("on", "2026-06-16")));
        assertThat(page).contains("日期不能早于上一步的日期（2026-06-17）");
        mvc.perform(post("/console/services/rectifications/" + id + "/rectify").with(staff).with(csrf())
                .param("measures", "增设导办岗").param("on", "2026-06-24")).andExpect(status().is3xxRedirection());
        send(post(step + "close"), staff, "{\"text\":\"电话回访，满意\",\"outcome\":\"已整改\"}")
                .andExpect(status().isOk());

        Map<String, Object> row = jdbc.sql("SELECT verified_on, rectified_on, callback_on, closed_on, status FROM "
                + "services_rectification WHERE id = ?").param(id).query().singleRow();
        assertThat(row.values().stream().map(String::valueOf).toList())
                .containsExactly("2026-06-17", "2026-06-24", "2026-06-25", "2026-06-25", "CLOSED");
        assertThat(text(mvc.perform(get("/console/services/rectifications/" + id).with(staff))))
                .contains("（2026-06-17）").contains("（2026-06-24）");
    }

    @Test
    void aBadRatingOfACaseTakenInAtTheCentreIsWorkedByTheCentreAsWellAsTheDecidingUnit() throws Exception {
        long centre = unit(ServiceFixtures.CENTRE);
        RequestPostProcessor window = TestActors.as(Role.SERVICE_OFFICER, centre);
        Map<String, Object> created = json(send(post(API), window, intake(item, "WINDOW", null))
                .andExpect(status().isCreated()));
        String n = (String) created.get("caseNumber");
        send(post(API + "/" + n + "/accept"), window, "{}").andExpect(status().isOk());
        send(post("/api/v1/service-cases/" + n + "/ratings"), r -> r, "{\"queryCode\":\"" + created.get("queryCode")
                + "\",\"level\":2,\"channel\":\"ONLINE\"}").andExpect(status().isCreated());
        long id = jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = ?").param(n).query(Long.class)
                .single();
        String rectifications = "/api/v1/staff/service-rectifications";
        RequestPostProcessor director = TestActors.as(Role.SERVICE_DIRECTOR, centre);
        assertThat(text(mvc.perform(get(rectifications).with(director)).andExpect(status().isOk()))).contains(n);
        assertThat(text(mvc.perform(get(rectifications).with(officer)).andExpect(status().isOk()))).contains(n);
        mvc.perform(get(rectifications + "/" + id).with(TestActors.as(Role.SERVICE_OFFICER, township)))
                .andExpect(status().isNotFound());
        send(post(rectifications + "/" + id + "/confirm"), director, "{\"text\":\"属实，已致歉\"}")
                .andExpect(status().isOk());
    }

    @Test
    void anAgentReadsAndChecksTheCasesOfItsOwnStationOnlyAndDecidesNone() throws Exception {
        String station = ServiceFixtures.station(jdbc, dongjie, "李代办");
        RequestPostProcessor agent = TestActors.as(-72, "agent-dj", Map.of(dongjie, Set.of(Role.SERVICE_AGENT)));
        String atStation = (String) json(send(post(API), agent, intake(item, "AGENT", station))
                .andExpect(status().isCreated())).get("caseNumber");
        String atWindow = (String) json(send(post(API), TestActors.as(Role.SERVICE_OFFICER, dongjie),
                intake(item, "WINDOW", null)).andExpect(status().isCreated())).get("caseNumber");

        mvc.perform(get(API + "/" + atStation).with(agent)).andExpect(status().isOk());
        mvc.perform(get(API + "/" + atStation + "/materials").with(agent)).andExpect(status().isOk());
        send(put(API + "/" + atStation + "/materials"), agent, "{\"provided\": []}").andExpect(status().isOk());
        // taken in at the village's window without the station: not the agent's case, on either API
        mvc.perform(get(API + "/" + atWindow).with(agent)).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + atWindow + "/materials").with(agent)).andExpect(status().isNotFound());
        send(post(API + "/" + atStation + "/accept"), agent, "{}").andExpect(status().isForbidden());
    }
}
