package org.gongkai.trading.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.BUYER;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.SUPERVISOR;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.expertLine;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.postJson;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The draw through HTTP (issue #14): every exclusion reason in the recorded pool, the sealed record, the evaluation
 * start, the public record replayed by the test's own implementation and by the verify endpoint, a tampered record,
 * the committee rules, a pool too small (nothing recorded), the time window, a decline and the replacement draw, and
 * the data scope.
 */
@IntegrationTest
class DrawApiIntegrationTest {

    static final String EVALUATION = "2026-06-17T09:00:00+08:00"; // two working days after the TestClock's Monday

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;
    RequestPostProcessor poolKeeper;
    static int run;

    @BeforeEach
    void actors() {
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        officer = TestActors.as(Role.TRADING_OFFICER, centre);
        poolKeeper = TestActors.as(Role.EXPERT_ADMIN, centre);
        run++;
    }

    String tag(String name) {
        return name + run;
    }

    /** 12 plain experts and one for each exclusion reason, all with the specialty; returns the expected reasons. */
    Map<String, String> pool(String specialty, String bidder, String former) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(expertLine(specialty + "-P" + i, specialty, "ACTIVE", company(900 + i), List.of(), List.of()));
        }
        Map<String, String> excluded = new LinkedHashMap<>();
        excluded.put(specialty + "-X1", "NOT_ACTIVE");
        lines.add(expertLine(specialty + "-X1", specialty, "BLACKLISTED", null, List.of(), List.of()));
        excluded.put(specialty + "-X2", "EMPLOYED_BY_BIDDER");
        lines.add(expertLine(specialty + "-X2", specialty, "ACTIVE", bidder, List.of(), List.of()));
        excluded.put(specialty + "-X3", "EMPLOYED_BY_BUYER");
        lines.add(expertLine(specialty + "-X3", specialty, "ACTIVE", BUYER, List.of(), List.of()));
        excluded.put(specialty + "-X4", "EMPLOYED_BY_SUPERVISOR");
        lines.add(expertLine(specialty + "-X4", specialty, "ACTIVE", SUPERVISOR, List.of(), List.of()));
        excluded.put(specialty + "-X5", "FORMER_EMPLOYEE_OF_BIDDER");
        lines.add(expertLine(specialty + "-X5", specialty, "ACTIVE", null,
                List.<String[]>of(new String[] {former, "2024-01-31"}), List.of()));
        excluded.put(specialty + "-X6", "CONFLICT_OF_INTEREST");
        lines.add(expertLine(specialty + "-X6", specialty, "ACTIVE", null, List.of(), List.of(bidder)));
        lines.add(expertLine(specialty + "-Y1", "OTHER-" + specialty, "ACTIVE", null, List.of(), List.of()));
        importLines(mvc, poolKeeper, "experts", lines).andExpect(status().isOk());
        return excluded;
    }

    String project(String type, long budgetFen, List<String> bidders, String evaluationAt) throws Exception {
        String code = tag("PRJ-" + type);
        importLines(mvc, officer, "projects", List.of(projectLine(code, type, budgetFen, bidders, evaluationAt, null,
                null, null))).andExpect(status().isOk());
        return code;
    }

    Map<String, Object> draw(String project, String specialty, int count, int size, boolean replacement, int status)
            throws Exception {
        return json(postJson(mvc, officer, "/api/v1/staff/trading/projects/" + project + "/draws",
                "{\"specialty\":\"%s\",\"count\":%d,\"committeeSize\":%d,\"replacement\":%s}"
                        .formatted(specialty, count, size, replacement))
                .andExpect(status().is(status)));
    }

    Map<String, Object> publicRecord(String drawId) throws Exception {
        return json(mvc.perform(get("/api/v1/trading/draws/" + drawId)).andExpect(status().isOk()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDrawIsSealedThenPublicAndReplays() throws Exception {
        String specialty = tag("A01");
        String bidder = company(100 + run);
        String formerBidder = company(200 + run);
        Map<String, String> excluded = pool(specialty, bidder, formerBidder);
        String project = project("PROCUREMENT", 50_000_000L, List.of(bidder, formerBidder), EVALUATION);

        Map<String, Object> drawn = draw(project, specialty, 5, 5, false, 201);
        String drawId = (String) drawn.get("drawId");
        assertThat(drawn.get("poolSize")).isEqualTo(12);
        assertThat((String) drawn.get("commitment")).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'DRAW_EXPERTS' AND outcome = 'SUCCESS' "
                + "AND detail LIKE :c").param("c", "%" + drawn.get("commitment") + "%poolDigest "
                + drawn.get("poolDigest") + "%").query(Integer.class).single()).isEqualTo(1);

        Map<String, Object> sealed = publicRecord(drawId);
        assertThat(sealed).containsEntry("sealed", true).containsEntry("commitment", drawn.get("commitment"))
                .containsEntry("poolDigest", drawn.get("poolDigest")).containsEntry("projectCode", project)
                .doesNotContainKeys("seed", "pool", "selected", "exclusions");
        Map<String, Object> operator = json(mvc.perform(get("/api/v1/staff/trading/draws/" + drawId).with(officer))
                .andExpect(status().isOk()));
        assertThat((List<Map<String, Object>>) operator.get("selected")).hasSize(5)
                .allSatisfy(e -> assertThat(e).containsKeys("name", "phone"));

        postJson(mvc, officer, "/api/v1/staff/trading/projects/" + project + "/evaluation-start", "")
                .andExpect(status().isNoContent());
        Map<String, Object> record = publicRecord(drawId);
        assertThat(record).containsEntry("sealed", false).containsEntry("algorithm", "SM3-FY-1");
        List<String> pool = (List<String>) record.get("pool");
        List<String> selected = (List<String>) record.get("selected");
        Map<String, String> reasons = new LinkedHashMap<>();
        ((List<Map<String, String>>) record.get("exclusions")).forEach(e -> reasons.put(e.get("expertId"),
                e.get("reason")));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(excluded);
        assertThat(pool).hasSize(12).doesNotContainAnyElementsOf(excluded.keySet());
        byte[] seed = HexFormat.of().parseHex((String) record.get("seed"));
        assertThat(DrawAlgorithmTest.Replay.select(pool, 5, seed)).isEqualTo(selected);
        assertThat(HexFormat.of().formatHex(DrawAlgorithmTest.Replay.sm3(seed))).isEqualTo(record.get("commitment"));

        String body = DrawApiIntegrationTestSupport.write(record);
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify", body).andExpect(status().isOk())))
                .containsEntry("reproduced", true);
        Map<String, Object> tampered = new LinkedHashMap<>(record);
        List<String> swapped = new ArrayList<>(selected);
        java.util.Collections.swap(swapped, 0, 1);
        tampered.put("selected", swapped);
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify",
                DrawApiIntegrationTestSupport.write(tampered)).andExpect(status().isOk())))
                .containsEntry("reproduced", false);
        Map<String, Object> otherPool = new LinkedHashMap<>(record);
        otherPool.put("pool", pool.subList(1, pool.size()));
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify",
                DrawApiIntegrationTestSupport.write(otherPool)).andExpect(status().isOk())))
                .containsEntry("reproduced", false);

        // evaluation started: a second start and a first draw of another specialty are refused
        assertThat(json(postJson(mvc, officer, "/api/v1/staff/trading/projects/" + project + "/evaluation-start", "")
                .andExpect(status().isConflict()))).containsEntry("code", "EVALUATION_ALREADY_STARTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclinedExpertIsReplacedByADrawThatExcludesTheDrawnAndTheDeclined() throws Exception {
        String specialty = tag("B02");
        String bidder = company(300 + run);
        pool(specialty, bidder, company(400 + run));
        String project = project("WORKS", 1_000_000L, List.of(bidder), EVALUATION);
        String first = (String) draw(project, specialty, 5, 5, false, 201).get("drawId");
        assertThat(draw(project, specialty, 5, 5, false, 409)).containsEntry("code", "CONFLICT");
        assertThat(draw(project, specialty, 1, 5, true, 409)).containsEntry("code", "CONFLICT"); // nobody declined

        Map<String, Object> operator = json(mvc.perform(get("/api/v1/staff/trading/draws/" + first).with(officer)));
        String declined = (String) ((List<Map<String, Object>>) operator.get("selected")).get(2).get("expertId");
        postJson(mvc, officer, "/api/v1/staff/trading/draws/" + first + "/declines",
                "{\"expertId\":\"" + declined + "\",\"reason\":\"出差在外，无法参加\"}").andExpect(status().isNoContent());
        postJson(mvc, officer, "/api/v1/staff/trading/draws/" + first + "/declines",
                "{\"expertId\":\"" + declined + "\",\"reason\":\"重复\"}").andExpect(status().isConflict());
        postJson(mvc, officer, "/api/v1/staff/trading/draws/" + first + "/declines",
                "{\"expertId\":\"" + specialty + "-X1\",\"reason\":\"不是选中的\"}").andExpect(status().isBadRequest());

        String second = (String) draw(project, specialty, 1, 5, true, 201).get("drawId");
        assertThat(draw(project, specialty, 1, 5, true, 409)).containsEntry("code", "CONFLICT"); // already replaced
        postJson(mvc, officer, "/api/v1/staff/trading/projects/" + project + "/evaluation-start", "")
                .andExpect(status().isNoContent());
        Map<String, Object> record = publicRecord(second);
        Map<String, String> reasons = new LinkedHashMap<>();
        ((List<Map<String, String>>) record.get("exclusions")).forEach(e -> reasons.put(e.get("expertId"),
                e.get("reason")));
        List<String> firstSelected = (List<String>) publicRecord(first).get("selected");
        for (String id : firstSelected) {
            assertThat(reasons).containsEntry(id, id.equals(declined) ? "DECLINED" : "ALREADY_DRAWN");
        }
        assertThat((List<String>) record.get("pool")).hasSize(13 - 5) // X5 stays: FORMER_EMPLOYEE_OF_BIDDER is for procurement only
                .doesNotContainAnyElementsOf(firstSelected);
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify", DrawApiIntegrationTestSupport
                .write(record)))).containsEntry("reproduced", true);
    }

    @Test
    void committeeRulesPoolSizeTimeWindowAndScopeAreEnforced() throws Exception {
        String specialty = tag("C03");
        String bidder = company(500 + run);
        pool(specialty, bidder, company(600 + run));
        String large = project("PROCUREMENT", 1_000_000_000L, List.of(bidder), EVALUATION);
        Map<String, Object> refused = draw(large, specialty, 5, 5, false, 400);
        assertThat(refused).containsEntry("code", "COMMITTEE_SIZE");
        assertThat(draw(large, specialty, 4, 6, false, 400)).containsEntry("code", "COMMITTEE_SIZE");
        assertThat(draw(large, specialty, 4, 7, false, 400)).containsEntry("code", "COMMITTEE_SIZE"); // 4/7 < 2/3
        int before = jdbc.sql("SELECT COUNT(*) FROM trading_draw").query(Integer.class).single();
        assertThat(draw(large, specialty, 15, 15, false, 409)).containsEntry("code", "POOL_TOO_SMALL"); // 13 eligible
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trading_draw").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'DRAW_EXPERTS' AND outcome = 'REFUSED' "
                + "AND object_id = :p").param("p", large).query(Integer.class).single()).isEqualTo(4);

        String later = project("WORKS", 1_000L, List.of(bidder), "2026-06-24T09:00:00+08:00");
        assertThat(draw(later, specialty, 5, 5, false, 409)).containsEntry("code", "DRAW_TOO_EARLY");
        String undated = project("STATE_ASSETS", 1_000L, List.of(bidder), null);
        assertThat(draw(undated, specialty, 5, 5, false, 409)).containsEntry("code", "DRAW_NEEDS_EVALUATION_TIME");
        assertThat(draw(large, "bad code!", 5, 7, false, 400)).containsEntry("code", "VALIDATION_FAILED");
        assertThat(draw(large, specialty, 1000, 7, false, 400)).containsEntry("code", "VALIDATION_FAILED");

        long finance = units.findByCreditCode(SUPERVISOR).orElseThrow().id();
        RequestPostProcessor elsewhere = TestActors.as(Role.TRADING_OFFICER, finance);
        postJson(mvc, elsewhere, "/api/v1/staff/trading/projects/" + large + "/draws",
                "{\"specialty\":\"" + specialty + "\",\"count\":7,\"committeeSize\":7}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/trading/projects/" + large).with(elsewhere)).andExpect(status().isNotFound());
        postJson(mvc, TestActors.as(Role.EDITOR, finance), "/api/v1/staff/trading/projects/" + large + "/draws",
                "{\"specialty\":\"" + specialty + "\",\"count\":7,\"committeeSize\":7}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/trading/draws/CQ-nope")).andExpect(status().isNotFound());
    }

    @Test
    void verifyAnswersFalseForMalformedRecordsAndRefusesBrokenJson() throws Exception {
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify", "{\"seed\":\"zz\",\"pool\":[\"a\"],"
                + "\"selected\":[\"a\"],\"algorithm\":\"SM3-FY-1\"}").andExpect(status().isOk())))
                .containsEntry("reproduced", false);
        assertThat(json(postJson(mvc, null, "/api/v1/trading/draws/verify", "{}").andExpect(status().isOk())))
                .containsEntry("reproduced", false);
        postJson(mvc, null, "/api/v1/trading/draws/verify", "{\"pool\": [").andExpect(status().isBadRequest());
    }
}
