package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The console page for entering an earlier year's report: accepted when it adds up, refused cell by cell otherwise. */
@IntegrationTest
class EarlierReportPageTest {

    static final String VALID_2019 = """
            {"table2": {},
             "table3": {"NEW_THIS_YEAR": {"NATURAL_PERSON": 6, "TOTAL": 6},
                        "DISCLOSED": {"NATURAL_PERSON": 4, "TOTAL": 4},
                        "OTHER_PROCESSING": {"NATURAL_PERSON": 1, "TOTAL": 1},
                        "TOTAL_HANDLED": {"NATURAL_PERSON": 5, "TOTAL": 5},
                        "CARRIED_TO_NEXT_YEAR": {"NATURAL_PERSON": 1, "TOTAL": 1}},
             "table4": {"RECONSIDERATION": {"UPHELD": 1, "TOTAL": 1}}, "overview": "2019年总体情况（录入页面测试）",
             "problems": "无", "otherMatters": "无", "publishedOn": "2020-01-20"}""";

    /** Handled 4 + carried over 1 ≠ new 6; and the natural-person row's total is wrong. */
    static final String NOT_ADDING_UP = """
            {"table2": {},
             "table3": {"NEW_THIS_YEAR": {"NATURAL_PERSON": 6, "TOTAL": 7},
                        "DISCLOSED": {"NATURAL_PERSON": 4, "TOTAL": 4},
                        "TOTAL_HANDLED": {"NATURAL_PERSON": 4, "TOTAL": 4},
                        "CARRIED_TO_NEXT_YEAR": {"NATURAL_PERSON": 1, "TOTAL": 1}},
             "table4": {}, "overview": "不平衡的报告", "problems": "", "otherMatters": "", "publishedOn": "2020-01-20"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer(TestUnit unit) {
        return TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
    }

    String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aValid2019EntryIsAcceptedAndShown() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "以往年度录入局");
        assertThat(html(get("/console/reports/{u}/2025", unit.code()).with(officer(unit))))
                .contains("/console/reports/" + unit.code() + "/earlier");
        assertThat(html(get("/console/reports/{u}/earlier", unit.code()).with(officer(unit))))
                .contains("for=\"format\"").contains("for=\"year\"").contains("for=\"data\"").contains("for=\"file\"");

        mvc.perform(multipart("/console/reports/{u}/earlier", unit.code()).with(officer(unit)).with(csrf())
                        .param("format", "2019").param("year", "2019").param("data", VALID_2019))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/reports/" + unit.code() + "/2019"));

        String page = html(get("/console/reports/{u}/2019", unit.code()).with(officer(unit)));
        assertThat(page).contains("已公开").contains("2019年总体情况（录入页面测试）");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ENTER_EARLIER_REPORT' AND object_id LIKE :k")
                .param("k", unit.code() + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anEntryThatDoesNotAddUpIsRefusedCellByCellAndTheInputIsKept() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "不平衡录入局");

        String page = html(multipart("/console/reports/{u}/earlier", unit.code()).with(officer(unit)).with(csrf())
                .param("format", "2019").param("year", "2019").param("data", NOT_ADDING_UP));

        assertThat(page).contains("校验未通过，不能录入").contains("id=\"failed-checks\"")
                .contains("表三“自然人”列：一＋二＝三（七）＋四：6 与 5")
                .contains("表三“一、本年新收政府信息公开申请数量”行：总计＝六类申请人之和：7 与 6")
                .contains(HtmlUtils.htmlEscape(NOT_ADDING_UP)).contains("value=\"2019\"")
                .contains("<option value=\"2019\" selected=\"selected\"");
        mvc.perform(get("/api/v1/annual-reports/{u}/2019", unit.code())).andExpect(status().isNotFound());
    }

    @Test
    void anUploadedFileIsUsedAndBrokenJsonIsExplainedAtTheField() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "文件导入局");

        String page = html(multipart("/console/reports/{u}/earlier", unit.code())
                .file(new MockMultipartFile("file", "2020.json", "application/json",
                        "{\"table3\": {\"NEW_THIS_YEAR\": ".getBytes(StandardCharsets.UTF_8)))
                .with(officer(unit)).with(csrf()).param("format", "2021").param("year", "2020"));
        assertThat(page).contains("id=\"data-error\"").contains("数据不是有效的 JSON");

        mvc.perform(multipart("/console/reports/{u}/earlier", unit.code())
                        .file(new MockMultipartFile("file", "2019.json", "application/json",
                                VALID_2019.getBytes(StandardCharsets.UTF_8)))
                        .with(officer(unit)).with(csrf()).param("format", "2019").param("year", "2019"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/annual-reports/{u}/2019", unit.code())).andExpect(status().isOk());
    }

    @Test
    void staffOfAnotherUnitCannotOpenThePage() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "他人录入局");
        TestUnit other = ReportFixtures.newDepartment(jdbc, "旁观局");
        mvc.perform(get("/console/reports/{u}/earlier", unit.code()).with(officer(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/reports/{u}/earlier", unit.code())
                        .with(TestActors.as(-4, "viewer", Map.of(other.id(), Set.of(Role.SERVICE_OFFICER)))))
                .andExpect(status().isForbidden());
    }
}
