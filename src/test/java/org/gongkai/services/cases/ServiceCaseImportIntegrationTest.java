package org.gongkai.services.cases;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The historical import of service cases (issue #11) over the real database; today is Monday 2026-06-15. */
@IntegrationTest
class ServiceCaseImportIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String IMPORT = "/api/v1/staff/service-cases/import";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    long agriculture;
    RequestPostProcessor officer;
    String workingDayItem;
    String calendarDayItem;
    String immediateItem;

    @BeforeEach
    void setUp() {
        agriculture = units.findByCreditCode(ServiceFixtures.AGRICULTURE).orElseThrow().id();
        officer = TestActors.as(Role.SERVICE_OFFICER, agriculture);
        workingDayItem = ServiceFixtures.promisedItem(jdbc, agriculture, 5);
        calendarDayItem = ServiceFixtures.item(jdbc, agriculture, "PROMISED", 10, "CALENDAR_DAYS");
        immediateItem = ServiceFixtures.item(jdbc, agriculture, "IMMEDIATE", 0, "WORKING_DAYS");
    }

    ResultActions importLines(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(officer).contentType("application/x-ndjson")
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JSON.readValue(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});
    }

    String line(String item, String acceptedOn, String events, String completedOn, String ratings) {
        return "{\"itemCode\": \"" + item + "\", \"channel\": \"WINDOW\", \"unitCode\": \""
                + ServiceFixtures.AGRICULTURE + "\", \"acceptedOn\": \"" + acceptedOn + "\", \"events\": [" + events
                + "]" + (completedOn == null ? "" : ", \"completedOn\": \"" + completedOn + "\"") + ", \"ratings\": ["
                + ratings + "]}\n";
    }

    String column(String sql, String caseNumber) {
        return String.valueOf(jdbc.sql(sql).param("n", caseNumber).query((rs, i) -> rs.getObject(1)).single());
    }

    @Test
    void importsAYearsLedgerInInputOrderWithTheSameClockAsLiveCases() throws Exception {
        String body = line(workingDayItem, "2025-09-26", "", "2025-10-10",
                        "{\"level\": 5, \"channel\": \"WINDOW\", \"on\": \"2025-10-10\"}")
                + line(workingDayItem, "2025-09-26", "", "2025-10-13",
                        "{\"level\": 1, \"channel\": \"SMS\", \"on\": \"2025-10-14\", \"rectificationClosedOn\": \"2025-10-20\"},"
                                + "{\"level\": 2, \"channel\": \"ONLINE\", \"on\": \"2025-10-15\"}")
                + line(calendarDayItem, "2026-06-01", "{\"type\": \"SUSPENDED\", \"on\": \"2026-06-03\"},"
                        + "{\"type\": \"RESUMED\", \"on\": \"2026-06-08\"}", null, "")
                + line(immediateItem, "2026-06-12", "", null, "");
        Map<String, Object> reply = json(importLines(post(IMPORT), body).andExpect(status().isOk()));
        List<String> numbers = (List<String>) reply.get("caseNumbers");
        assertThat(reply).containsOnlyKeys("caseNumbers");
        assertThat(numbers).hasSize(4);
        assertThat(numbers.get(0)).startsWith("BJ20250926");
        assertThat(numbers.get(1)).startsWith("BJ20250926").isGreaterThan(numbers.get(0));
        assertThat(numbers.get(2)).startsWith("BJ20260601");

        // on time (due 10-10 over National Day), late by one working day, both imported like live cases
        assertThat(column("SELECT due_on FROM services_case WHERE case_number = :n", numbers.get(0))).isEqualTo("2025-10-10");
        assertThat(column("SELECT completed_on FROM services_case WHERE case_number = :n", numbers.get(1)))
                .isEqualTo("2025-10-13");
        assertThat(column("SELECT status FROM services_case WHERE case_number = :n", numbers.get(1))).isEqualTo("COMPLETED");
        assertThat(column("SELECT imported FROM services_case WHERE case_number = :n", numbers.get(1))).isEqualTo("true");
        // open: 10 calendar days from 06-01, the suspension excludes 06-04..06-08 (5 days) → 06-16
        assertThat(column("SELECT due_on FROM services_case WHERE case_number = :n", numbers.get(2))).isEqualTo("2026-06-16");
        assertThat(column("SELECT status FROM services_case WHERE case_number = :n", numbers.get(2))).isEqualTo("ACCEPTED");
        // open immediate item accepted last Friday: due that day, now red
        assertThat(column("SELECT due_on FROM services_case WHERE case_number = :n", numbers.get(3))).isEqualTo("2026-06-12");

        assertThat(column("SELECT COUNT(*) FROM services_rating r JOIN services_case c ON c.id = r.case_id "
                + "WHERE c.case_number = :n AND r.imported", numbers.get(1))).isEqualTo("2");
        assertThat(jdbc.sql("SELECT x.status FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                        + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = :n ORDER BY r.level")
                .param("n", numbers.get(1)).query(String.class).list()).containsExactly("CLOSED", "OPEN");
        assertThat(column("SELECT COUNT(*) FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = :n", numbers.get(0))).isEqualTo("0");

        Map<String, Object> view = json(mvc.perform(get("/api/v1/staff/service-cases/" + numbers.get(3)).with(officer))
                .andExpect(status().isOk()));
        assertThat(view).containsEntry("dueDate", "2026-06-12").containsEntry("overdue", true)
                .containsEntry("light", "RED").containsEntry("imported", true);
    }

    @Test
    void oneBadLineRefusesTheWholeFileAndNamesEveryBadLine() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single();
        String body = line(workingDayItem, "2025-09-26", "", "2025-10-10", "")
                + line(workingDayItem, "2025-09-26", "", "2025-09-20", "") // completed before acceptance
                + "{not json\n"
                + line(workingDayItem, "2025-09-26", "", null, "{\"level\": 4, \"channel\": \"SMS\", \"on\": \"2025-10-01\", "
                        + "\"rectificationClosedOn\": \"2025-10-02\"}") // only bad ratings are rectified
                + line("NO-SUCH-ITEM", "2025-09-26", "", null, "")
                + line(workingDayItem, "2027-01-01", "", null, "");
        Map<String, Object> problem = json(importLines(post(IMPORT), body).andExpect(status().isUnprocessableContent()));
        assertThat(problem).containsEntry("code", "IMPORT_FAILED");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).extracting(e -> e.get("row")).containsExactly(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single()).isEqualTo(before);

        problem = json(importLines(post(IMPORT), body.replace("{not json\n", ""))
                .andExpect(status().isUnprocessableContent()));
        errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).extracting(e -> e.get("row")).containsExactly(2, 3, 4, 5);
        assertThat(errors).extracting(e -> e.get("column")).containsExactly("on", "ratings", "itemCode", "acceptedOn");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SERVICE_CASES_IMPORTED' "
                + "AND outcome = 'FAILURE'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anotherUnitsLinesAreRefusedAndARetryWithTheSameKeyImportsNothingTwice() throws Exception {
        String foreign = line(workingDayItem, "2025-09-26", "", null, "").replace(ServiceFixtures.AGRICULTURE,
                ServiceFixtures.CENTRE);
        importLines(post(IMPORT), foreign).andExpect(status().isUnprocessableContent());

        String body = line(workingDayItem, "2025-11-03", "", "2025-11-05", "");
        long before = jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single();
        Map<String, Object> first = json(importLines(post(IMPORT).header("Idempotency-Key", "cases-1"), body)
                .andExpect(status().isOk()));
        Map<String, Object> again = json(importLines(post(IMPORT).header("Idempotency-Key", "cases-1"), body)
                .andExpect(status().isOk()));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class).single()).isEqualTo(before + 1);
        importLines(post(IMPORT).header("Idempotency-Key", "cases-1"), body + body).andExpect(status().isConflict());
        mvc.perform(post(IMPORT).with(TestActors.as(Role.SERVICE_AGENT, agriculture)).contentType("application/x-ndjson")
                .content(body)).andExpect(status().isForbidden());
    }
}
