package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * #10: the annual report cannot be submitted or published while a narrative placeholder is unfilled or before the
 * year it covers has ended (the {@code TestClock} says 2026-06-15: 2025 may be submitted, 2026 not). Both reasons
 * are listed on the console page and named in the refusal, from the API (problem JSON {@code REPORT_NOT_READY})
 * and the console (the reason at the field) alike, since the command handlers enforce them.
 */
@IntegrationTest
class ReportGuardsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer(TestUnit unit) {
        return TestActors.as(-2, "guard-officer-" + unit.id(), ReportFixtures.officer(unit).unitRoles());
    }

    RequestPostProcessor supervisor() {
        return TestActors.as(-3, "guard-supervisor", ReportFixtures.supervisor(jdbc).unitRoles());
    }

    @Test
    void theApiRefusesSubmissionWithAnUnfilledPlaceholderAndNamesIt() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "占位测试局");
        String api = "/api/v1/annual-reports/" + unit.code() + "/2025";
        mvc.perform(post(api + "/draft").with(officer(unit))).andExpect(status().isOk())
                .andExpect(jsonPath("$.narrative.problems").value(containsString("（请填写）")))
                .andExpect(jsonPath("$.readiness[?(@.field == 'problems' && @.ok == false)].name")
                        .value(org.hamcrest.Matchers.hasItem(containsString("“（请填写）”尚未填写"))))
                .andExpect(jsonPath("$.readiness[?(@.field == 'year')].ok").value(org.hamcrest.Matchers.hasItem(true)));

        mvc.perform(post(api + "/submit").with(officer(unit)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("REPORT_NOT_READY"))
                .andExpect(jsonPath("$.field").value("problems"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("五、存在的主要问题及改进情况"),
                        containsString("（请填写）"), not(containsString("年度尚未结束")))));
        assertThat(storedStatus(unit, 2025)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :o AND action = 'SUBMIT_REPORT'"
                + " AND outcome = 'REFUSED'").param("o", unit.code() + "/2025").query(Long.class).single()).isEqualTo(1);

        // a blank part counts as unfilled too
        reports.saveNarrative(ReportFixtures.officer(unit), unit.code(), 2025, "总体情况。", "人员不足。", "  ");
        mvc.perform(post(api + "/submit").with(officer(unit))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("otherMatters"))
                .andExpect(jsonPath("$.detail").value(containsString("“六、其他需要报告的事项”尚未填写")));

        // written in full, the year over: submitted, approved and published
        ReportFixtures.writeNarrative(reports, ReportFixtures.officer(unit), unit, 2025);
        mvc.perform(post(api + "/submit").with(officer(unit))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.readiness[*].ok").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(true))));
        mvc.perform(post(api + "/approve").with(supervisor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post(api + "/publish").with(officer(unit))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    @Test
    void aYearNotEndedAndAPlaceholderAreBothNamedAndTheYearAloneStillRefuses() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "年度测试局");
        String api = "/api/v1/annual-reports/" + unit.code() + "/2026";
        mvc.perform(post(api + "/draft").with(officer(unit))).andExpect(status().isOk());

        mvc.perform(post(api + "/submit").with(officer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REPORT_NOT_READY"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("“（请填写）”尚未填写"),
                        containsString("2026年度尚未结束，2027年1月1日起方可报送和公开"))));

        ReportFixtures.writeNarrative(reports, ReportFixtures.officer(unit), unit, 2026);
        mvc.perform(post(api + "/submit").with(officer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REPORT_NOT_READY"))
                .andExpect(jsonPath("$.field").value("year"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("2026年度尚未结束"),
                        not(containsString("请填写")))));
        assertThat(storedStatus(unit, 2026)).isEqualTo("DRAFT");
    }

    @Test
    void theConsoleListsBothReasonsAndRefusesWithEachReasonAtItsField() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "页面校验局");
        String base = "/console/reports/" + unit.code() + "/2026";
        mvc.perform(post(base + "/draft").with(officer(unit)).with(csrf())).andExpect(status().is3xxRedirection());

        Document shown = html(mvc.perform(get(base).with(officer(unit))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.getElementById("readiness-failed")).isNotNull();
        assertThat(shown.getElementById("readiness-failed").text())
                .contains("“五、存在的主要问题及改进情况”中的占位内容“（请填写）”尚未填写", "存在的主要问题：（请填写）",
                        "2026年度尚未结束，2027年1月1日起方可报送和公开");

        Document refused = html(mvc.perform(post(base + "/submit").with(officer(unit)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select(".notice-error[role=alert]").text()).contains("年度报告不能报送", "（请填写）",
                "2026年度尚未结束");
        assertThat(refused.getElementById("problems-error")).as("the placeholder's reason at its input").isNotNull();
        assertThat(refused.getElementById("problems-error").text()).contains("“（请填写）”尚未填写");
        assertThat(refused.getElementById("problems").attr("aria-describedby")).contains("problems-error");
        assertThat(refused.getElementById("problems").text()).as("the text is kept").contains("（请填写）");
        assertThat(refused.getElementById("overview-error")).isNull();
        assertThat(refused.getElementById("submit-year-error").text()).contains("2026年度尚未结束");
        assertThat(refused.select("#form-submit button").attr("aria-describedby")).isEqualTo("submit-year-error");
        assertThat(storedStatus(unit, 2026)).isEqualTo("DRAFT");

        // 2025 with the placeholder filled in on the page: submitted
        String last = "/console/reports/" + unit.code() + "/2025";
        mvc.perform(post(last + "/narrative").with(officer(unit)).with(csrf()).param("overview", "总体情况")
                .param("problems", "存在的主要问题：人员不足。").param("otherMatters", "无"))
                .andExpect(status().is3xxRedirection());
        Document ready = html(mvc.perform(get(last).with(officer(unit))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(ready.getElementById("readiness-ok")).isNotNull();
        mvc.perform(post(last + "/submit").with(officer(unit)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(storedStatus(unit, 2025)).isEqualTo("SUBMITTED");
    }

    @Test
    void publicationIsRefusedForAnApprovedReportThatStillHasAPlaceholder() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "公开校验局");
        ReportFixtures.writeNarrative(reports, ReportFixtures.officer(unit), unit, 2025);
        reports.submit(ReportFixtures.officer(unit), unit.code(), 2025);
        reports.approve(ReportFixtures.supervisor(jdbc), unit.code(), 2025);
        // approved before the guard existed, with the generated placeholder still in it
        jdbc.sql("UPDATE reports_report SET problems = '存在的主要问题：（请填写）。' WHERE unit_id = :u AND report_year = 2025")
                .param("u", unit.id()).update();

        mvc.perform(post("/api/v1/annual-reports/{u}/2025/publish", unit.code()).with(officer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REPORT_NOT_READY"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("年度报告不能公开"), containsString("（请填写）"))));
        Document refused = html(mvc.perform(post("/console/reports/{u}/2025/publish", unit.code()).with(officer(unit))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select(".notice-error[role=alert]").text()).contains("年度报告不能公开", "（请填写）");
        assertThat(storedStatus(unit, 2025)).isEqualTo("APPROVED");
    }

    private String storedStatus(TestUnit unit, int year) {
        return jdbc.sql("SELECT status FROM reports_report WHERE unit_id = :u AND report_year = :y")
                .param("u", unit.id()).param("y", year).query(String.class).single();
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
