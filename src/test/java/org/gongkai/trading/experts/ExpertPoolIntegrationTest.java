package org.gongkai.trading.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.expertLine;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.postJson;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
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

/**
 * The expert pool one expert at a time (issue #14): the list masks ID numbers and phones, the detail decrypts them and
 * is audited, the edit is audited with the fields changed (never their values) and refuses bad input at its field,
 * only the expert-pool administrator may do any of it; a trading officer rates an expert drawn for its project, once.
 */
@IntegrationTest
class ExpertPoolIntegrationTest {

    static final String EXPERTS = "/api/v1/staff/trading/experts";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin;
    RequestPostProcessor officer;
    static int run;

    @BeforeEach
    void actors() {
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        admin = TestActors.as(Role.EXPERT_ADMIN, centre);
        officer = TestActors.as(Role.TRADING_OFFICER, centre);
        run++;
    }

    int audits(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = :a AND object_id = :o AND outcome = 'SUCCESS'")
                .param("a", action).param("o", objectId).query(Integer.class).single();
    }

    List<String> pool(String specialty, int n) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(specialty + "-E" + i);
            lines.add(expertLine(specialty + "-E" + i, specialty, "ACTIVE", company(3000 + i), List.of(), List.of()));
        }
        importLines(mvc, admin, "experts", lines).andExpect(status().isOk());
        return ids;
    }

    ResultActions edit(RequestPostProcessor who, String id, String body) throws Exception {
        return mvc.perform(put(EXPERTS + "/" + id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListMasksTheDetailDecryptsAndTheEditIsAudited() throws Exception {
        String specialty = "EP" + run;
        String id = pool(specialty, 3).get(0);
        assertThat(audits("TRADING_SPECIALTY_ADDED", specialty)).as("a new specialty code is added, audited").isEqualTo(1);

        Map<String, Object> list = json(mvc.perform(get(EXPERTS + "?specialty=" + specialty).with(admin))
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) list.get("experts");
        assertThat(rows).hasSize(3);
        assertThat((String) rows.get(0).get("idNumber")).contains("*").hasSize(18);
        assertThat((String) rows.get(0).get("phone")).isEqualTo("139****0000");
        assertThat(rows.get(0).get("specialties")).isEqualTo(List.of(specialty));

        int before = audits("VIEW_EXPERT", id);
        Map<String, Object> detail = json(mvc.perform(get(EXPERTS + "/" + id).with(admin)).andExpect(status().isOk()));
        assertThat(detail).containsEntry("phone", "13900000000").containsEntry("status", "ACTIVE");
        assertThat((String) detail.get("idNumber")).doesNotContain("*").hasSize(18);
        assertThat(audits("VIEW_EXPERT", id)).isEqualTo(before + 1);

        String body = """
                {"name":"专家改名","specialties":["%s"],"title":"正高级工程师","employerCode":"%s",
                 "formerEmployers":[{"code":"%s","until":"2025-03-31"}],"conflicts":[{"partyCode":"%s","kind":"FINANCIAL"}],
                 "status":"SUSPENDED","statusFrom":"2026-06-01","statusUntil":"2026-12-31","phone":"13811112222"}"""
                .formatted(specialty, company(4000), company(4001), company(4002));
        edit(admin, id, body).andExpect(status().isOk());
        Map<String, Object> after = json(mvc.perform(get(EXPERTS + "/" + id).with(admin)));
        assertThat(after).containsEntry("name", "专家改名").containsEntry("status", "SUSPENDED")
                .containsEntry("statusUntil", "2026-12-31").containsEntry("phone", "13811112222")
                .containsEntry("idNumber", detail.get("idNumber")); // a blank idNumber keeps the stored one
        assertThat((List<Object>) after.get("formerEmployers")).hasSize(1);
        assertThat((List<Object>) after.get("conflicts")).hasSize(1);
        String audit = jdbc.sql("SELECT detail FROM audit_record WHERE action = 'EDIT_EXPERT' AND object_id = :o"
                + " ORDER BY seq DESC").param("o", id).query(String.class).list().get(0);
        assertThat(audit).contains("状态 ACTIVE → SUSPENDED", "联系电话", "姓名").doesNotContain("13811112222");

        // bad input, each at its field; nothing changes
        for (String[] bad : new String[][] {
            {body.replace("\"" + specialty + "\"", "\"NEVER-" + run + "\""), "specialties"},
            {body.replace("SUSPENDED", "RETIRED"), "status"},
            {body.replace(company(4000), "91990101MA00000010"), "employerCode"},
            {body.replace("\"phone\":\"13811112222\"", "\"phone\":\"call me\""), "phone"},
            {body.replace("2026-12-31", "2026-05-01"), "statusUntil"},
            {body.replace("专家改名", "名".repeat(51)), "name"},
            {body.replace("{\"name\"", "{\"expertId\":\"OTHER-1\",\"name\""), "expertId"}}) {
            assertThat(json(edit(admin, id, bad[0]).andExpect(status().isBadRequest()))).as(bad[1])
                    .containsEntry("field", bad[1]);
        }
        edit(admin, "NO-SUCH-" + run, body).andExpect(status().isNotFound());
        edit(officer, id, body).andExpect(status().isForbidden());
        mvc.perform(get(EXPERTS).with(officer)).andExpect(status().isForbidden());
        mvc.perform(get(EXPERTS + "/" + id).with(officer)).andExpect(status().isForbidden());
        mvc.perform(get(EXPERTS + "/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get(EXPERTS + "?status=RETIRED").with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get(EXPERTS + "?page=0").with(admin)).andExpect(status().isBadRequest());
        assertThat(json(mvc.perform(get(EXPERTS + "/" + id).with(admin)))).containsEntry("name", "专家改名");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRatesAnExpertDrawnForItsProjectOnce() throws Exception {
        String specialty = "RT" + run;
        List<String> ids = pool(specialty, 8);
        String project = "RATE-" + run;
        importLines(mvc, officer, "projects", List.of(projectLine(project, "WORKS", 3_000_000L, List.of(company(5000)),
                "2026-06-17T09:00:00+08:00", null, null, null))).andExpect(status().isOk());
        Map<String, Object> drawn = json(postJson(mvc, officer, "/api/v1/staff/trading/projects/" + project + "/draws",
                "{\"specialty\":\"%s\",\"count\":5,\"committeeSize\":5}".formatted(specialty))
                .andExpect(status().isCreated()));
        List<String> selected = jdbc.sql("SELECT selected_ids FROM trading_draw WHERE draw_id = :d")
                .param("d", drawn.get("drawId")).query(String.class).single().lines().flatMap(l -> List.of(l.split(",")).stream())
                .toList();
        String chosen = selected.get(0);
        String other = ids.stream().filter(x -> !selected.contains(x)).findFirst().orElseThrow();
        String ratings = "/api/v1/staff/trading/projects/" + project + "/ratings";

        postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":4,\"comment\":\"准时，意见专业\"}".formatted(chosen))
                .andExpect(status().isCreated());
        assertThat(audits("RATE_EXPERT", chosen)).isEqualTo(1);
        assertThat(json(postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":5}".formatted(chosen))
                .andExpect(status().isConflict()))).containsEntry("field", "expertId");
        assertThat(json(postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":5}".formatted(other))
                .andExpect(status().isBadRequest()))).containsEntry("field", "expertId");
        postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":6}".formatted(selected.get(1)))
                .andExpect(status().isBadRequest());
        postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":3,\"comment\":\"%s\"}"
                .formatted(selected.get(1), "长".repeat(501))).andExpect(status().isBadRequest());
        postJson(mvc, admin, ratings, "{\"expertId\":\"%s\",\"score\":3}".formatted(selected.get(1)))
                .andExpect(status().isForbidden());
        RequestPostProcessor elsewhere = TestActors.as(Role.TRADING_OFFICER,
                units.findByCreditCode("119901011001002878").orElseThrow().id());
        postJson(mvc, elsewhere, ratings, "{\"expertId\":\"%s\",\"score\":3}".formatted(selected.get(1)))
                .andExpect(status().isNotFound());

        // a declined expert is not rated
        postJson(mvc, officer, "/api/v1/staff/trading/draws/" + drawn.get("drawId") + "/declines",
                "{\"expertId\":\"%s\",\"reason\":\"出差\"}".formatted(selected.get(2))).andExpect(status().isNoContent());
        postJson(mvc, officer, ratings, "{\"expertId\":\"%s\",\"score\":3}".formatted(selected.get(2)))
                .andExpect(status().isBadRequest());

        Map<String, Object> detail = json(mvc.perform(get(EXPERTS + "/" + chosen).with(admin)).andExpect(status().isOk()));
        List<Map<String, Object>> given = (List<Map<String, Object>>) detail.get("ratings");
        assertThat(given).hasSize(1);
        assertThat(given.get(0)).containsEntry("projectCode", project).containsEntry("score", 4)
                .containsEntry("comment", "准时，意见专业");
    }
}
