package org.gongkai.trading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.expertLine;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The trading console and the public draw page (issue #14): the officer's project list and page, the draw form with a
 * refusal at its field, the operator's page with names (audited), a decline and the replacement draw, the evaluation
 * start; the sealed and then public record on the portal with its replay; the supervisor's replay; the expert
 * administrator's list, page and edit form; and who is refused.
 */
@IntegrationTest
class TradingConsoleIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;
    RequestPostProcessor admin;
    RequestPostProcessor supervisor;
    static int run;

    @BeforeEach
    void actors() {
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        officer = TestActors.as(Role.TRADING_OFFICER, centre);
        admin = TestActors.as(Role.EXPERT_ADMIN, centre);
        supervisor = TestActors.as(Role.SUPERVISOR, units.findByCreditCode("11990101100100148H").orElseThrow().id());
        run++;
    }

    String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions page(RequestPostProcessor who, String path) throws Exception {
        MockHttpServletRequestBuilder get = get(path);
        return mvc.perform(who == null ? get : get.with(who));
    }

    ResultActions form(RequestPostProcessor who, String path, String... namesAndValues) throws Exception {
        MockHttpServletRequestBuilder post = post(path).with(csrf()).with(who);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            post = post.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(post);
    }

    int audits(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = :a AND object_id = :o AND outcome = 'SUCCESS'")
                .param("a", action).param("o", objectId).query(Integer.class).single();
    }

    @Test
    void theDrawFlowThroughTheConsoleAndThePublicRecord() throws Exception {
        String specialty = "CON" + run;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(expertLine(specialty + "-E" + i, specialty, "ACTIVE", company(6000 + i), List.of(), List.of()));
        }
        lines.add(expertLine(specialty + "-X", specialty, "SUSPENDED", null, List.of(), List.of()));
        importLines(mvc, admin, "experts", lines).andExpect(status().isOk());
        String code = "CONSOLE-" + run;
        importLines(mvc, officer, "projects", List.of(projectLine(code, "WORKS", 3_000_000L, List.of(company(6100)),
                "2026-06-17T09:00:00+08:00", null, null, null))).andExpect(status().isOk());
        String projectPath = "/console/trading/projects/" + code;

        assertThat(html(page(officer, "/console/trading").andExpect(status().isOk()))).contains(code);
        page(admin, "/console/trading").andExpect(status().isForbidden());
        page(supervisor, projectPath).andExpect(status().isForbidden());
        assertThat(html(page(officer, projectPath).andExpect(status().isOk()))).contains("id=\"form-draw\"");

        // refused at its field, the typed values kept
        String refused = html(form(officer, projectPath + "/draws", "specialty", specialty, "count", "4",
                "committeeSize", "4").andExpect(status().isOk()));
        assertThat(refused).contains("id=\"draw-committeeSize-error\"", "aria-invalid=\"true\"", "value=\"4\"");
        assertThat(html(form(officer, projectPath + "/draws", "specialty", specialty, "count", "x", "committeeSize",
                "5").andExpect(status().isOk()))).contains("id=\"draw-count-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trading_draw d JOIN trading_project p ON p.id = d.project_id"
                + " WHERE p.project_code = :c").param("c", code).query(Integer.class).single()).isZero();

        form(officer, projectPath + "/draws", "specialty", specialty, "count", "5", "committeeSize", "5")
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(projectPath));
        String drawId = jdbc.sql("SELECT d.draw_id FROM trading_draw d JOIN trading_project p ON p.id = d.project_id"
                + " WHERE p.project_code = :c").param("c", code).query(String.class).single();
        String commitment = jdbc.sql("SELECT commitment FROM trading_draw WHERE draw_id = :d").param("d", drawId)
                .query(String.class).single();
        assertThat(html(page(officer, projectPath))).contains(drawId, commitment, "id=\"form-replace\"");

        // the operator sees names; each reading audited
        int viewed = audits("VIEW_DRAW_CONTACTS", drawId);
        String operator = html(page(officer, "/console/trading/draws/" + drawId).andExpect(status().isOk()));
        String first = jdbc.sql("SELECT selected_ids FROM trading_draw WHERE draw_id = :d").param("d", drawId)
                .query(String.class).single().split(",")[0];
        assertThat(operator).contains("专家" + first, "13900000000");
        assertThat(audits("VIEW_DRAW_CONTACTS", drawId)).isEqualTo(viewed + 1);
        page(admin, "/console/trading/draws/" + drawId).andExpect(status().isForbidden());

        // sealed on the portal: the commitment, no seed, no expert id
        String sealed = html(page(null, "/trading/draws/" + drawId).andExpect(status().isOk()));
        assertThat(sealed).contains(commitment, "id=\"draw-sealed\"").doesNotContain(first).doesNotContain("draw-seed");
        String sealedReplay = html(page(supervisor, "/console/trading/replay/" + drawId).andExpect(status().isOk()));
        assertThat(sealedReplay).contains("复现成功", "封存中").doesNotContain(first).doesNotContain("replay-seed");
        assertThat(html(page(supervisor, "/console/trading/replay").andExpect(status().isOk()))).contains(drawId);
        page(officer, "/console/trading/replay").andExpect(status().isForbidden());
        page(null, "/trading/draws/NO-SUCH-DRAW").andExpect(status().isNotFound());

        // a decline, then the replacement draw
        assertThat(html(form(officer, "/console/trading/draws/" + drawId + "/declines", "expertId", first, "reason", "")
                .andExpect(status().isOk()))).contains("id=\"decline-reason-error\"");
        form(officer, "/console/trading/draws/" + drawId + "/declines", "expertId", first, "reason", "出差")
                .andExpect(status().is3xxRedirection());
        form(officer, projectPath + "/draws", "replacement", "true", "specialty", specialty, "count", "1",
                "committeeSize", "5").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trading_draw d JOIN trading_project p ON p.id = d.project_id"
                + " WHERE p.project_code = :c AND d.replacement = TRUE").param("c", code).query(Integer.class).single())
                .isEqualTo(1);

        // the evaluation starts: the record is public and replays
        form(officer, projectPath + "/evaluation-start").andExpect(status().is3xxRedirection());
        String open = html(page(null, "/trading/draws/" + drawId).andExpect(status().isOk()));
        assertThat(open).contains("id=\"draw-replay\"", "复现成功", "id=\"draw-seed\"", first, "不在可抽取状态");
        assertThat(html(page(supervisor, "/console/trading/replay/" + drawId))).contains("replay-seed", first);

        // the officer rates an expert through the project page
        String second = jdbc.sql("SELECT selected_ids FROM trading_draw WHERE draw_id = :d").param("d", drawId)
                .query(String.class).single().split(",")[1];
        form(officer, projectPath + "/ratings", "expertId", second, "score", "5", "comment", "认真")
                .andExpect(status().is3xxRedirection());
        assertThat(html(form(officer, projectPath + "/ratings", "expertId", second, "score", "9")
                .andExpect(status().isOk()))).contains("id=\"rate-score-error\"");
        assertThat(audits("RATE_EXPERT", second)).isEqualTo(1);
    }

    @Test
    void theExpertAdministratorListsOpensAndEditsAnExpert() throws Exception {
        String specialty = "ADM" + run;
        String id = specialty + "-E0";
        importLines(mvc, admin, "experts", List.of(expertLine(id, specialty, "ACTIVE", company(6200), List.of(),
                List.of()))).andExpect(status().isOk());

        String list = html(page(admin, "/console/trading/experts?specialty=" + specialty).andExpect(status().isOk()));
        assertThat(list).contains(id, "139****0000").doesNotContain("13900000000");
        assertThat(html(page(admin, "/console/trading/experts?status=NOPE").andExpect(status().isOk())))
                .contains("aria-invalid=\"true\"");
        page(officer, "/console/trading/experts").andExpect(status().isForbidden());
        page(officer, "/console/trading/experts/" + id).andExpect(status().isForbidden());

        int viewed = audits("VIEW_EXPERT", id);
        assertThat(html(page(admin, "/console/trading/experts/" + id).andExpect(status().isOk())))
                .contains("13900000000", "id=\"form-expert\"");
        assertThat(audits("VIEW_EXPERT", id)).isEqualTo(viewed + 1);

        String path = "/console/trading/experts/" + id;
        form(admin, path, "name", "改过的名字", "specialties", specialty, "status", "ON_LEAVE", "statusFrom", "2026-06-01",
                "statusUntil", "2026-08-31", "phone", "13700001111", "formerEmployers", company(6300) + ",2025-01-31",
                "conflicts", company(6301) + ",OTHER").andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));
        assertThat(html(page(admin, path))).contains("改过的名字", "13700001111", "ON_LEAVE", company(6300));
        assertThat(audits("EDIT_EXPERT", id)).isEqualTo(1);

        String bad = html(form(admin, path, "name", "改过的名字", "specialties", specialty, "status", "ON_LEAVE",
                "formerEmployers", "no comma here").andExpect(status().isOk()));
        assertThat(bad).contains("id=\"expert-formerEmployers-error\"", "no comma here");
        assertThat(html(form(admin, path, "name", "", "specialties", specialty, "status", "ACTIVE")
                .andExpect(status().isOk()))).contains("id=\"expert-name-error\"");
        form(officer, path, "name", "x", "status", "ACTIVE").andExpect(status().isForbidden());
        assertThat(audits("EDIT_EXPERT", id)).isEqualTo(1);
    }
}
