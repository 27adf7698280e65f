package org.gongkai.trading.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.postJson;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Projects through the import and single endpoints (issue #14), and the statistics by type proved over an imported
 * set: the expected sums are computed here from the lines written, not by the code under test.
 */
@IntegrationTest
class ProjectImportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;

    @BeforeEach
    void actors() {
        officer = TestActors.as(Role.TRADING_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void statisticsByTypeOverAnImportedYear() throws Exception {
        // A far-away year, so that projects of other tests (dealt in 2026) do not count.
        Random random = new Random(14);
        String[] types = {"WORKS", "PROCUREMENT", "LAND_MINING", "STATE_ASSETS"};
        long[][] expected = new long[4][4]; // projects, budget, deal, reserve
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int t = i % 4;
            long budget = 1_000_000L + random.nextInt(90_000_000);
            long deal = budget - random.nextInt(2_000_000) + (t >= 2 ? 3_000_000 : 0);
            long reserve = budget - 500_000;
            String day = "2019-%02d-%02d".formatted(1 + i % 12, 1 + i % 28);
            boolean inPeriod = !day.startsWith("2019-12"); // the period ends on 2019-11-30
            lines.add(projectLine("STAT-" + i, types[t], budget, List.of(company(7000 + i)), null, deal,
                    t >= 2 ? reserve : null, day));
            if (inPeriod) {
                expected[t][0]++;
                expected[t][1] += budget;
                expected[t][2] += deal;
                expected[t][3] += t >= 2 ? reserve : 0;
            }
        }
        lines.add(projectLine("STAT-OPEN", "WORKS", 5_000_000L, List.of(), null, null, null, null)); // no deal yet
        Map<String, Object> imported = json(importLines(mvc, officer, "projects", lines).andExpect(status().isOk()));
        assertThat((List<String>) imported.get("projectCodes")).hasSize(121).startsWith("STAT-0", "STAT-1");

        Map<String, Object> stats = json(mvc.perform(get("/api/v1/trading/statistics?from=2019-01-01&to=2019-11-30"))
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) stats.get("types");
        assertThat(rows).extracting(r -> r.get("type")).containsExactly((Object[]) types);
        for (int t = 0; t < 4; t++) {
            Map<String, Object> row = rows.get(t);
            assertThat(((Number) row.get("projects")).longValue()).isEqualTo(expected[t][0]);
            assertThat(((Number) row.get("budgetFen")).longValue()).isEqualTo(expected[t][1]);
            assertThat(((Number) row.get("dealFen")).longValue()).isEqualTo(expected[t][2]);
            if (t < 2) {
                long savings = expected[t][1] - expected[t][2];
                assertThat(((Number) row.get("savingsFen")).longValue()).isEqualTo(savings);
                assertThat(new BigDecimal(row.get("savingsRate").toString()).doubleValue())
                        .isCloseTo((double) savings / expected[t][1], org.assertj.core.data.Offset.offset(1e-6));
                assertThat(row.get("addedRevenueFen")).isNull();
            } else {
                assertThat(((Number) row.get("addedRevenueFen")).longValue())
                        .isEqualTo(expected[t][2] - expected[t][3]);
                assertThat(row.get("savingsFen")).isNull();
                assertThat(row.get("savingsRate")).isNull();
            }
        }
        // both ends included: a deal on the last day counts
        Map<String, Object> oneDay = json(mvc.perform(get("/api/v1/trading/statistics?from=2019-11-25&to=2019-11-25")));
        long onThatDay = ((List<Map<String, Object>>) oneDay.get("types")).stream()
                .mapToLong(r -> ((Number) r.get("projects")).longValue()).sum();
        assertThat(onThatDay).isEqualTo(lines.stream().filter(l -> l.contains("\"dealOn\":\"2019-11-25\"")).count());
    }

    @Test
    void aBadLineRefusesTheWholeImportAtItsField() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM trading_project").query(Integer.class).single();
        List<String> lines = List.of(projectLine("BAD-1", "WORKS", 1000L, List.of(company(1)), null, null, null, null),
                projectLine("BAD-2", "WORKS", 1000L, List.of("91990101MA00000010"), null, null, null, null));
        Map<String, Object> problem = json(importLines(mvc, officer, "projects", lines)
                .andExpect(status().isUnprocessableContent()));
        assertThat(problem).containsEntry("code", "IMPORT_FAILED").containsEntry("field", "bidderCodes");
        assertThat((String) problem.get("detail")).startsWith("第 2 行");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trading_project").query(Integer.class).single()).isEqualTo(before);

        for (String[] bad : new String[][] {
            {"{\"projectCode\":\"" + "X".repeat(61) + "\"}", "projectCode"},
            {projectLine("BAD-3", "BARTER", 1000L, List.of(), null, null, null, null), "type"},
            {projectLine("BAD-4", "WORKS", -1L, List.of(), null, null, null, null), "budgetFen"},
            {projectLine("BAD-5", "WORKS", 1000L, List.of(), "9999-01-01T09:00:00+08:00", null, null, null),
                "evaluationAt"},
            {projectLine("BAD-6", "WORKS", 1000L, List.of(), null, 900L, null, "2027-01-01"), "dealOn"},
            {projectLine("BAD-7", "LAND_MINING", 1000L, List.of(), null, 900L, null, "2026-01-01"), "reserveFen"}}) {
            assertThat(json(importLines(mvc, officer, "projects", List.of(bad[0]))
                    .andExpect(status().isUnprocessableContent()))).as(bad[1]).containsEntry("field", bad[1]);
        }
        importLines(mvc, officer, "projects", List.of("{not json")).andExpect(status().isUnprocessableContent());
        importLines(mvc, TestActors.as(Role.EXPERT_ADMIN, units.findByCreditCode(CENTRE).orElseThrow().id()),
                "projects", lines.subList(0, 1)).andExpect(status().isForbidden());
    }

    @Test
    void singleProjectsAreCreatedUpdatedAndKeptInTheirUnit() throws Exception {
        String line = projectLine("ONE-1", "PROCUREMENT", 2_000_000L, List.of(company(11), company(12)),
                "2026-07-01T09:30:00+08:00", null, null, null);
        postJson(mvc, officer, "/api/v1/staff/trading/projects", line).andExpect(status().isCreated());
        assertThat(json(postJson(mvc, officer, "/api/v1/staff/trading/projects", line)
                .andExpect(status().isConflict()))).containsEntry("field", "projectCode");
        String dealt = projectLine("ONE-1", "PROCUREMENT", 2_000_000L, List.of(company(11), company(12)),
                "2026-07-01T09:30:00+08:00", 1_900_000L, null, "2026-06-15").replace("\"winnerCode\"", "");
        mvc.perform(put("/api/v1/staff/trading/projects/ONE-1").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(dealt.replace("}", ",\"winnerCode\":\"" + company(12) + "\"}"))).andExpect(status().isOk());
        Map<String, Object> project = json(mvc.perform(get("/api/v1/staff/trading/projects/ONE-1").with(officer))
                .andExpect(status().isOk()));
        assertThat(project).containsEntry("dealFen", 1_900_000).containsEntry("winnerCode", company(12))
                .containsEntry("bidderCodes", List.of(company(11), company(12)));
        mvc.perform(put("/api/v1/staff/trading/projects/ONE-1").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(dealt.replace("}", ",\"winnerCode\":\"" + company(13) + "\"}")))
                .andExpect(status().isBadRequest());
        RequestPostProcessor elsewhere = TestActors.as(Role.TRADING_OFFICER,
                units.findByCreditCode("119901011001002878").orElseThrow().id());
        mvc.perform(get("/api/v1/staff/trading/projects/ONE-1").with(elsewhere)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/staff/trading/projects/ONE-1").with(elsewhere).contentType(MediaType.APPLICATION_JSON)
                .content(dealt)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SAVE_PROJECT' AND object_id = 'ONE-1' "
                + "AND outcome = 'SUCCESS'").query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/trading/statistics?from=2026-13-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/trading/statistics?from=2026-06-01&to=2026-05-01")).andExpect(status().isBadRequest());
    }
}
