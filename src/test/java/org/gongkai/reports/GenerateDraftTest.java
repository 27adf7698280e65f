package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 生成初稿 as a command: it stores the draft of a unit's report from the live ledgers (with last year's figures,
 * here imported, for the comparison), from the console and the API alike, audited, and refused once submitted.
 */
@IntegrationTest
class GenerateDraftTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService requests;

    RequestPostProcessor officer(TestUnit unit) {
        return TestActors.as(-2, "draft-officer-" + unit.id(), ReportFixtures.officer(unit).unitRoles());
    }

    /** One request received and answered in 2025; 2024's report imported with four new requests. */
    TestUnit unitWithAYear() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "初稿测试局");
        var officer = ReportFixtures.officer(unit);
        String tn = requests.register(officer, new ApplicationInput("NATURAL_PERSON", "张三", "11010519491231002X", null,
                "13912345678", null, "示例县某路1号", unit.code(), "城区停车场规划", "PAPER", "POST"), Channel.LETTER,
                LocalDate.parse("2025-03-03")).trackingNumber();
        requests.decide(officer, tn, LocalDate.parse("2025-03-10"), DecisionCode.DISCLOSED, "予以公开");
        String u = unit.code();
        String lastYear = EarlierReportImportTest.HEADER
                + u + ",2024,2021,三,NEW_THIS_YEAR,NATURAL_PERSON,4,2025-01-20\n"
                + u + ",2024,2021,三,NEW_THIS_YEAR,TOTAL,4,\n"
                + u + ",2024,2021,三,DISCLOSED,NATURAL_PERSON,4,\n"
                + u + ",2024,2021,三,DISCLOSED,TOTAL,4,\n"
                + u + ",2024,2021,三,TOTAL_HANDLED,NATURAL_PERSON,4,\n"
                + u + ",2024,2021,三,TOTAL_HANDLED,TOTAL,4,\n";
        mvc.perform(multipart("/api/v1/annual-reports/import").file(EarlierReportImportTest.csv(lastYear))
                .with(officer(unit))).andExpect(status().isOk());
        return unit;
    }

    String storedOverview(TestUnit unit) {
        return jdbc.sql("SELECT overview FROM reports_report WHERE unit_id = :u AND report_year = 2025")
                .param("u", unit.id()).query(String.class).single();
    }

    @Test
    void theApiGeneratesTheDraftFromTheLedgersWithLastYearsImportedFigures() throws Exception {
        TestUnit unit = unitWithAYear();
        mvc.perform(post("/api/v1/annual-reports/{u}/2025/draft", unit.code()).with(officer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.table3.NEW_THIS_YEAR.TOTAL").value(1))
                .andExpect(jsonPath("$.table3.DISCLOSED.NATURAL_PERSON").value(1))
                .andExpect(jsonPath("$.narrative.overview").value(allOf(containsString("本年新收政府信息公开申请1件"),
                        containsString("上年4件"), containsString("比上年减少3件"))));

        assertThat(storedOverview(unit)).contains("上年4件");
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE action = 'GENERATE_DRAFT' AND outcome = 'SUCCESS' "
                + "AND object_id = :o").param("o", unit.code() + "/2025").query(String.class).single())
                .contains("本年新收 1 件", "办结 1 件", "校验全部通过");
    }

    @Test
    void theConsoleRefreshesTheDraftAndNoLongerOffersItOnceSubmitted() throws Exception {
        TestUnit unit = unitWithAYear();
        String base = "/console/reports/" + unit.code() + "/2025";
        mvc.perform(get(base).with(officer(unit)))
                .andExpect(content().string(allOf(containsString("id=\"form-draft\""), containsString(base + "/draft"))));
        mvc.perform(post(base + "/narrative").with(officer(unit)).with(csrf()).param("overview", "手写的总体情况")
                .param("problems", "无").param("otherMatters", "无")).andExpect(status().is3xxRedirection());
        assertThat(storedOverview(unit)).isEqualTo("手写的总体情况");

        mvc.perform(post(base + "/draft").with(officer(unit)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(storedOverview(unit)).as("refreshed from the ledgers").contains("本年新收政府信息公开申请1件");

        // the generated problems part leaves （请填写） for staff: written before submitting (#10)
        mvc.perform(post(base + "/narrative").with(officer(unit)).with(csrf()).param("overview", "总体情况")
                .param("problems", "人员不足").param("otherMatters", "无")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/submit").with(officer(unit)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(officer(unit))).andExpect(content().string(not(containsString("id=\"form-draft\""))));
        mvc.perform(post(base + "/draft").with(officer(unit)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能生成初稿")));
        mvc.perform(post("/api/v1/annual-reports/{u}/2025/draft", unit.code()).with(officer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TRANSITION_NOT_ALLOWED"));
        assertThat(jdbc.sql("SELECT status FROM reports_report WHERE unit_id = :u AND report_year = 2025")
                .param("u", unit.id()).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'GENERATE_DRAFT' AND outcome = 'REFUSED' "
                + "AND object_id = :o").param("o", unit.code() + "/2025").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyThePreparersOfTheUnitGenerateItsDraft() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "初稿权限测试局");
        TestUnit other = ReportFixtures.newDepartment(jdbc, "初稿权限他局");
        mvc.perform(post("/api/v1/annual-reports/{u}/2025/draft", unit.code())
                        .with(TestActors.as(-3, "supervisor", ReportFixtures.supervisor(jdbc).unitRoles())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/annual-reports/{u}/2025/draft", unit.code()).with(officer(other)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reports_report WHERE unit_id = :u").param("u", unit.id())
                .query(Integer.class).single()).isZero();
    }
}
