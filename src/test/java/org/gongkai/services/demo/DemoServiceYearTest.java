package org.gongkai.services.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo county's year of cases (issue #11), in a context of its own that asks for 600 of them (other test contexts
 * load none): loaded on start through the historical import, dated in the year up to the test clock's today, a
 * realistic mix, counted by the KPI API, and loaded only once.
 */
@IntegrationTest
@TestPropertySource(properties = "gongkai.services.demo-year.cases=" + DemoServiceYearTest.CASES)
class DemoServiceYearTest {

    static final int CASES = 600;
    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final String SYSTEM_CASES = "SELECT c.* FROM services_case c WHERE c.imported = TRUE AND EXISTS "
            + "(SELECT 1 FROM services_case_event e WHERE e.case_id = c.id AND e.recorded_by = 'system')";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoServiceYear year;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    UnitDirectory units;
    @Autowired
    MockMvc mvc;

    long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + SYSTEM_CASES + ") c WHERE " + where).query(Long.class).single();
    }

    @Test
    void aYearOfCasesAndRatingsIsImportedOnceOnStart() throws Exception {
        assertThat(count("1 = 1")).isEqualTo(CASES);
        assertThat(count("c.accepted_on > DATE '2025-06-15' AND c.accepted_on <= DATE '2026-06-15'")).isEqualTo(CASES);
        long completed = count("c.completed_on IS NOT NULL");
        long late = count("c.completed_on > c.due_on");
        long open = count("c.completed_on IS NULL");
        long overdueOpen = count("c.completed_on IS NULL AND c.due_on < DATE '2026-06-15'");
        assertThat(completed).isBetween(CASES * 8L / 10, CASES - 5L);
        assertThat(late).isBetween(10L, completed / 5);
        assertThat(open).isPositive();
        assertThat(overdueOpen).isPositive().isLessThan(open + 1);
        assertThat(count("c.kind = 'IMMEDIATE'")).isPositive();
        assertThat(count("c.clock_unit = 'CALENDAR_DAYS'")).isPositive();
        assertThat(count("EXISTS (SELECT 1 FROM services_case_event e WHERE e.case_id = c.id "
                + "AND e.event_type = 'SUSPENDED')")).isPositive();
        assertThat(count("c.channel = 'AGENT'")).isPositive();

        Map<String, Long> rectifications = new HashMap<>();
        jdbc.sql("SELECT x.status, COUNT(*) FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                        + "JOIN (" + SYSTEM_CASES + ") c ON c.id = r.case_id GROUP BY x.status")
                .query((rs, n) -> rectifications.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(rectifications).containsKeys("OPEN", "CLOSED");
        long rated = count("EXISTS (SELECT 1 FROM services_rating r WHERE r.case_id = c.id)");
        assertThat(rated).isBetween(completed / 2, completed);

        assertThat(year.loadIfMissing()).as("only once").isZero();
        assertThat(count("1 = 1")).isEqualTo(CASES);

        long centre = units.findByCreditCode("12990101100102311F").orElseThrow().id();
        String body = mvc.perform(get("/api/v1/service-kpis?from=2025-06-16&to=2026-06-15")
                        .with(TestActors.as(Role.SERVICE_DIRECTOR, centre)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode indicators = JsonMapper.builder().build().readTree(body).get("indicators");
        assertThat(indicators.get(0).get("code").asText()).isEqualTo("ACCEPTED");
        assertThat(indicators.get(0).get("numerator").asLong()).isGreaterThanOrEqualTo(CASES);
        String page = mvc.perform(get("/console/services/kpis?from=2025-06-16&to=2026-06-15")
                        .with(TestActors.as(Role.SERVICE_DIRECTOR, centre)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("导入的历史办件只有办结日期"); // figures: county-wide, other contexts share a PG database
    }

    @Test
    void theSameSeedDayAndItemsGiveTheSameYear() {
        List<DemoYearLines.Item> items = List.of(new DemoYearLines.Item("A", "U1", false, 5, false),
                new DemoYearLines.Item("B", "U2", true, 0, false), new DemoYearLines.Item("C", "U1", false, 10, true));
        List<String> one = new DemoYearLines(calendar, TODAY, 7).generate(items, 200);
        assertThat(new DemoYearLines(calendar, TODAY, 7).generate(items, 200)).isEqualTo(one);
        assertThat(new DemoYearLines(calendar, TODAY, 8).generate(items, 200)).isNotEqualTo(one);
        assertThat(one).hasSize(200).allMatch(l -> l.contains("\"acceptedOn\":\"2026-") || l.contains("\"acceptedOn\":\"2025-"));
    }
}
