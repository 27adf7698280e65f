package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * POLICY_INTERPRETED_ON_TIME_RATE over a month of imported policies (September 2025), hand-counted: the National Day
 * holiday (1–8 October 2025, with Saturday 11 October a working day) lies between two policies of 30 September and
 * their interpretations, so 11 October is the 3rd working day (counts) and 13 October the 4th (does not). Measured as
 * differences: the database is shared with the demo and other tests.
 */
@IntegrationTest
class InterpretationsOnTimeTest {

    @Autowired MockMvc mvc;
    @Autowired CatalogueStatistics statistics;
    @Autowired List<IndicatorSource> sources;
    @Autowired UnitDirectory units;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcClient jdbc;

    private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

    @Test
    void countsPoliciesOfTheMonthInterpretedWithinThreeWorkingDaysAcrossTheNationalDayHoliday() throws Exception {
        long unit = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 3).date()).isEqualTo(LocalDate.of(2025, 10, 11));
        String tag = CatalogueFixtures.unique("解读");
        CatalogueStatistics.InterpretedOnTime before = row(unit);
        IndicatorSource.UnitFigure figureBefore = figure();

        importLines(unit, policy(tag, "A", "办法", "2025-09-30"), policy(tag, "B", "办法", "2025-09-30"),
                policy(tag, "C", "规定", "2025-09-10"), policy(tag, "D", "办法", "2025-09-15"),
                policy(tag, "E", "通知", "2025-09-16"), policy(tag, "F", "办法", "2025-08-29"));
        importLines(unit, interpretation(tag, "A", "2025-10-11"), interpretation(tag, "B", "2025-10-13"),
                interpretation(tag, "C", "2025-09-15"), interpretation(tag, "E", "2025-09-16"),
                interpretation(tag, "F", "2025-09-01"));

        // A (Nth working day), C (3rd working day) on time; B (N+1) late; D none; E's genre needs none; F is August's
        CatalogueStatistics.InterpretedOnTime after = row(unit);
        assertThat(after.policies() - before.policies()).isEqualTo(4);
        assertThat(after.interpretedOnTime() - before.interpretedOnTime()).isEqualTo(2);

        IndicatorSource.UnitFigure figure = figure();
        assertThat(figure.code()).isEqualTo("POLICY_INTERPRETED_ON_TIME_RATE");
        assertThat(figure.denominator() - (figureBefore == null ? 0 : figureBefore.denominator())).isEqualTo(4);
        assertThat(figure.numerator() - (figureBefore == null ? 0 : figureBefore.numerator())).isEqualTo(2);
        assertThat(figure.recordsHref()).isEqualTo("/console/catalogue/interpretations");

        // the supervisor's list: D is still without an interpretation (B has a late one, E needs none)
        var supervisor = TestActors.as(-8, "supervisor-test", Map.of(unit, Set.of(Role.SUPERVISOR)));
        mvc.perform(get("/console/catalogue/interpretations").with(supervisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "D")))
                .andExpect(content().string(containsString("2025-09-18")))
                .andExpect(content().string(not(containsString(tag + "B"))))
                .andExpect(content().string(not(containsString(tag + "E"))));

        // the editor's warning on D's page, none on A's
        mvc.perform(get("/console/catalogue/" + id(tag + "D")).with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须发布政策解读")))
                .andExpect(content().string(containsString("现已超期")));
        mvc.perform(get("/console/catalogue/" + id(tag + "A")).with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("须发布政策解读"))));
    }

    @Test
    void refusesAnImportedInterpretationOfAnUnknownPolicyAtItsColumn() throws Exception {
        long unit = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        String line = interpretation(CatalogueFixtures.unique("无"), "X", "2025-09-02");
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(line.getBytes(StandardCharsets.UTF_8)).with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("interprets"));
    }

    private CatalogueStatistics.InterpretedOnTime row(long unit) {
        return statistics.interpretedOnTime(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth()).stream()
                .filter(r -> r.unitId() == unit).findFirst()
                .orElse(new CatalogueStatistics.InterpretedOnTime(unit, 0, 0));
    }

    private IndicatorSource.UnitFigure figure() {
        return sources.stream().flatMap(s -> s.figures(SEPTEMBER).stream())
                .filter(f -> f.code().equals("POLICY_INTERPRETED_ON_TIME_RATE")
                        && f.unitCode().equals(CatalogueFixtures.FINANCE))
                .findFirst().orElse(null);
    }

    private long id(String title) {
        return jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
    }

    private void importLines(long unit, String... lines) throws Exception {
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                        .with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(lines.length));
    }

    private static String policy(String tag, String name, String genre, String publishedOn) {
        return ("{\"title\": \"%s%s\", \"publisherCode\": \"%s\", \"writtenOn\": \"%s\", \"publishedOn\": \"%s\","
                + " \"topic\": \"财政、金融、审计\\\\财政\", \"genre\": \"%s\", \"validity\": \"有效\","
                + " \"indexNumber\": \"%s\", \"body\": \"政策正文\"}")
                .formatted(tag, name, CatalogueFixtures.FINANCE, publishedOn, publishedOn, genre, index(tag, name));
    }

    private static String interpretation(String tag, String name, String publishedOn) {
        return ("{\"title\": \"%s%s的解读\", \"publisherCode\": \"%s\", \"writtenOn\": \"%s\", \"publishedOn\": \"%s\","
                + " \"topic\": \"财政、金融、审计\\\\财政\", \"genre\": \"解读\", \"validity\": \"有效\","
                + " \"interprets\": \"%s\", \"body\": \"解读正文\"}")
                .formatted(tag, name, CatalogueFixtures.FINANCE, publishedOn, publishedOn, index(tag, name));
    }

    private static String index(String tag, String name) {
        return "JD-" + tag + "-" + name;
    }
}
