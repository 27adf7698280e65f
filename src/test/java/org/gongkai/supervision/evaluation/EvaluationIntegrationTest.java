package org.gongkai.supervision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.supervision.IndicatorSource.UnitFigure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Public evaluation through HTTP: the form per unit, scores recorded and summed into {@code PUBLIC_EVALUATION}, bad
 * scores and comments refused at their field (nothing written), comments never on a public page but on the office's,
 * and the identity rate limit on the form's POSTs.
 */
@IntegrationTest
class EvaluationIntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Evaluations evaluations;

    ConsoleFixtures.TestUnit unit;
    String address;

    @BeforeEach
    void aUnit() {
        unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "市场监管局");
        address = "10.15." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250);
    }

    private MockHttpServletRequestBuilder evaluate(String attitude, String efficiency, String openness, String conduct,
            String comment) {
        MockHttpServletRequestBuilder post = post("/evaluation/" + unit.code()).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (attitude != null) {
            post.param("score-ATTITUDE", attitude);
        }
        return post.param("score-EFFICIENCY", efficiency).param("score-OPENNESS", openness)
                .param("score-CONDUCT", conduct).param("comment", comment);
    }

    @Test
    void scoresAreSummedPerMonthAndCommentsStayWithTheOffice() throws Exception {
        String form = mvc.perform(get("/evaluation/" + unit.code())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Document page = Jsoup.parse(form);
        assertThat(page.select("select[name=score-ATTITUDE] option")).hasSize(6);
        assertThat(page.getElementById("comment").attr("maxlength")).isEqualTo("500");
        mvc.perform(evaluate("5", "4", "5", "4", "窗口人员很耐心")).andExpect(status().isOk());   // 18
        mvc.perform(evaluate("3", "2", "3", "2", "")).andExpect(status().isOk());               // 10
        mvc.perform(evaluate("1", "1", "2", "1", "等了很久")).andExpect(status().isOk());        // 5
        assertThat(evaluations.figures(YearMonth.of(2026, 6)).stream().filter(f -> f.unitCode().equals(unit.code()))
                .toList()).singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("PUBLIC_EVALUATION");
                    assertThat(f.numerator()).isEqualTo(33);
                    assertThat(f.denominator()).isEqualTo(3);
                });
        assertThat(evaluations.figures(YearMonth.of(2026, 5)).stream().map(UnitFigure::unitCode))
                .doesNotContain(unit.code());
        assertThat(mvc.perform(get("/evaluation")).andReturn().getResponse().getContentAsString()
                + mvc.perform(get("/evaluation/" + unit.code())).andReturn().getResponse().getContentAsString())
                .contains(unit.name()).doesNotContain("窗口人员很耐心").doesNotContain("等了很久");
        long officeUnit = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(ConsoleFixtures.OFFICE)
                .query(Long.class).single();
        var supervisor = TestActors.as(Role.SUPERVISOR, officeUnit);
        String summary = mvc.perform(get("/console/supervision/evaluations?period=2026-06").with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(summary).getElementById("summary").text()).contains(unit.name() + " 3 33 11.00");
        String one = mvc.perform(get("/console/supervision/evaluations/" + unit.code() + "?period=2026-06")
                .with(supervisor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(one).getElementById("comments").text()).contains("窗口人员很耐心", "等了很久");
        mvc.perform(get("/console/supervision/evaluations/" + unit.code()).with(TestActors.as(Role.SUPERVISOR,
                ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "统计局").id()))).andExpect(status().isNotFound());
        mvc.perform(get("/console/supervision/evaluations").with(TestActors.as(Role.EDITOR, unit.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void badScoresAndCommentsAreRefusedAtTheirFieldAndWriteNothing() throws Exception {
        String html = mvc.perform(evaluate(null, "4", "4", "4", "")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("score-ATTITUDE").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#score-ATTITUDE");
        assertThat(page.getElementById("score-EFFICIENCY").select("option[selected]").val()).as(page.getElementById("score-EFFICIENCY").outerHtml()).isEqualTo("4");
        mvc.perform(evaluate("6", "4", "4", "4", "")).andExpect(status().isBadRequest());
        mvc.perform(evaluate("5", "4", "4", "x", "")).andExpect(status().isBadRequest());
        mvc.perform(evaluate("5", "4", "4", "4", "长".repeat(501))).andExpect(status().isBadRequest());
        mvc.perform(evaluate("5", "4", "4", "4", "").param("score-UNKNOWN", "5")).andExpect(status().isBadRequest());
        mvc.perform(post("/evaluation/NOSUCHUNIT").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("score-ATTITUDE", "5")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_evaluation WHERE unit_id = ?").param(unit.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void evaluationsAreRateLimitedPerAddress() throws Exception {
        int status = 0;
        int accepted = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = mvc.perform(evaluate("5", "5", "5", "5", "")).andReturn().getResponse().getStatus();
            accepted += status == 200 ? 1 : 0;
        }
        assertThat(status).isEqualTo(429);
        assertThat(accepted).isEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_evaluation WHERE unit_id = ?").param(unit.id())
                .query(Long.class).single()).isEqualTo(10);
        address = "10.16.0.1";
        mvc.perform(evaluate("5", "5", "5", "5", "")).andExpect(status().isOk());
    }
}
