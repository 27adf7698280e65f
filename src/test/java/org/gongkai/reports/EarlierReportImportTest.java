package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The import of earlier years' report figures (one figure per row) through the one table reader: all rows or none,
 * errors by row and column, idempotent retries, and only for units whose reports the importer prepares or approves.
 */
@IntegrationTest
class EarlierReportImportTest {

    static final String HEADER = "unitCode,year,format,table,row,column,value,publishedOn\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Two reports of one unit (2023 in the 2021 format, 2019 in the trial format) that add up. */
    static String twoReports(TestUnit unit) {
        String u = unit.code();
        return HEADER
                + u + ",2023,2021,三,NEW_THIS_YEAR,NATURAL_PERSON,4,2024-01-25\n"
                + u + ",2023,2021,三,NEW_THIS_YEAR,TOTAL,4,\n"
                + u + ",2023,2021,三,DISCLOSED,NATURAL_PERSON,3,\n"
                + u + ",2023,2021,三,DISCLOSED,TOTAL,3,\n"
                + u + ",2023,2021,三,TOTAL_HANDLED,NATURAL_PERSON,3,\n"
                + u + ",2023,2021,三,TOTAL_HANDLED,TOTAL,3,\n"
                + u + ",2023,2021,三,CARRIED_TO_NEXT_YEAR,NATURAL_PERSON,1,\n"
                + u + ",2023,2021,三,CARRIED_TO_NEXT_YEAR,TOTAL,1,\n"
                + u + ",2023,2021,二,NORMATIVE_DOCUMENTS,ISSUED,2,\n"
                + u + ",2023,2021,二,ADMINISTRATIVE_FEES,AMOUNT_TEN_THOUSAND_YUAN,1.25,\n"
                + u + ",2023,2021,四,RECONSIDERATION,UPHELD,1,\n"
                + u + ",2023,2021,四,RECONSIDERATION,TOTAL,1,\n"
                + u + ",2019,2019,三,NEW_THIS_YEAR,COMMERCIAL_ENTERPRISE,1,2020-01-20\n"
                + u + ",2019,2019,三,NEW_THIS_YEAR,TOTAL,1,\n"
                + u + ",2019,2019,三,OTHER_PROCESSING,COMMERCIAL_ENTERPRISE,1,\n"
                + u + ",2019,2019,三,OTHER_PROCESSING,TOTAL,1,\n"
                + u + ",2019,2019,三,TOTAL_HANDLED,COMMERCIAL_ENTERPRISE,1,\n"
                + u + ",2019,2019,三,TOTAL_HANDLED,TOTAL,1,\n";
    }

    static RequestPostProcessor officer(TestUnit unit) {
        return TestActors.as(-2, "import-officer-" + unit.id(), ReportFixtures.officer(unit).unitRoles());
    }

    static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "年报数据.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    int reportsOf(TestUnit unit) {
        return jdbc.sql("SELECT COUNT(*) FROM reports_report WHERE unit_id = :u").param("u", unit.id())
                .query(Integer.class).single();
    }

    @Test
    void theFiguresBecomePublishedEarlierReportsThatAddUp() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "导入年报测试局");
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(unit))).with(officer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed").value(true))
                .andExpect(jsonPath("$.rowsRead").value(18))
                .andExpect(jsonPath("$.imported").value(18));

        assertThat(jdbc.sql("SELECT report_year || ':' || format || ':' || status || ':' || source FROM reports_report "
                        + "WHERE unit_id = :u ORDER BY report_year").param("u", unit.id()).query(String.class).list())
                .containsExactly("2019:F2019:PUBLISHED:ENTERED", "2023:F2021:PUBLISHED:ENTERED");
        mvc.perform(get("/api/v1/annual-reports/{u}/2023", unit.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.table3.NEW_THIS_YEAR.NATURAL_PERSON").value(4))
                .andExpect(jsonPath("$.table3.CARRIED_TO_NEXT_YEAR.TOTAL").value(1))
                .andExpect(jsonPath("$.table2.NORMATIVE_DOCUMENTS.ISSUED").value(2))
                .andExpect(jsonPath("$.table2.ADMINISTRATIVE_FEES.AMOUNT_FEN").value(1_250_000))
                .andExpect(jsonPath("$.table4.RECONSIDERATION.TOTAL").value(1));
        assertThat(jdbc.sql("SELECT published_on FROM reports_report WHERE unit_id = :u AND report_year = 2023")
                .param("u", unit.id()).query(String.class).single()).isEqualTo("2024-01-25");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT_EARLIER_REPORTS' "
                        + "AND outcome = 'SUCCESS' AND detail LIKE :d").param("d", "%" + unit.name() + " 2023 年度%")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBadRowIsReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "导入错误测试局");
        String u = unit.code();
        String file = twoReports(unit)
                + u + ",2023,2021,三,NEW_THIS_YEAR,CITIZEN,1,\n"               // row 20: no such column
                + u + ",2023,2021,四,RECONSIDERATION,CORRECTED,-2,\n"          // row 21: negative
                + u + ",2031,2021,三,NEW_THIS_YEAR,TOTAL,1,\n";                // row 22: not an earlier year
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(file)).with(officer(unit)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IMPORT_FAILED"))
                .andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(20))
                .andExpect(jsonPath("$.errors[0].column").value("column"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NATURAL_PERSON")))
                .andExpect(jsonPath("$.errors[1].row").value(21))
                .andExpect(jsonPath("$.errors[1].column").value("value"))
                .andExpect(jsonPath("$.errors[2].row").value(22))
                .andExpect(jsonPath("$.errors[2].column").value("year"));
        assertThat(reportsOf(unit)).as("all rows or none").isZero();

        // rows that are each fine but a report that does not add up: reported at its first row, nothing written
        String unbalanced = HEADER + u + ",2022,2021,三,NEW_THIS_YEAR,NATURAL_PERSON,2,\n"
                + u + ",2022,2021,三,NEW_THIS_YEAR,TOTAL,2,\n";
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(unbalanced)).with(officer(unit)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("一＋二＝三（七）＋四")));
        assertThat(reportsOf(unit)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT_EARLIER_REPORTS' "
                + "AND outcome = 'FAILURE' AND actor = :a").param("a", "import-officer-" + unit.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResultAndWritesNothingTwice() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "导入重试测试局");
        String key = "earlier-" + unit.id();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(unit))).with(officer(unit))
                            .header("Idempotency-Key", key))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.completed").value(true))
                    .andExpect(jsonPath("$.imported").value(18));
        }
        assertThat(reportsOf(unit)).isEqualTo(2);
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(unit) + unit.code()
                        + ",2023,2021,四,LITIGATION_DIRECT,OTHER,0,\n")).with(officer(unit)).header("Idempotency-Key", key))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        // without the key, the same file again is refused: those years are already there
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(unit))).with(officer(unit)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].column").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("已在本系统中")));
        assertThat(reportsOf(unit)).isEqualTo(2);
    }

    @Test
    void onlyThoseWhoPrepareOrApproveAUnitsReportsMayImportThem() throws Exception {
        TestUnit mine = ReportFixtures.newDepartment(jdbc, "导入权限测试局");
        TestUnit other = ReportFixtures.newDepartment(jdbc, "导入权限他局");
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(other))).with(officer(mine)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("unitCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("无权导入")));
        assertThat(reportsOf(other)).isZero();

        // staff who prepare no unit's report are refused before anything is read; roles outside the rules get 403 too
        var editorOfNoReportingUnit = TestActors.as(-7, "no-reports", Map.of(Long.MAX_VALUE, Set.of(Role.EDITOR)));
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(mine))).with(editorOfNoReportingUnit))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(multipart("/api/v1/annual-reports/import").file(csv(twoReports(mine)))
                        .with(TestActors.as(Role.REVIEWER, mine.id())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/console/reports/import").file(csv(twoReports(mine))).with(editorOfNoReportingUnit)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(reportsOf(mine)).isZero();
    }

    @Test
    void theConsolePageImportsAndOffersTheTemplates() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "导入页面测试局");
        String page = mvc.perform(get("/console/reports/import").with(officer(unit))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/console/reports/import/template.csv", "/console/reports/import/template.xlsx",
                "<code>OTHER_PROCESSING</code>", "一、本年新收政府信息公开申请数量");
        String template = mvc.perform(get("/console/reports/import/template.csv").with(officer(unit)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFF" + HEADER.strip());

        String done = mvc.perform(multipart("/console/reports/import").file(csv(twoReports(unit))).with(officer(unit))
                        .with(csrf()).param("idempotencyKey", "page-" + unit.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(done).contains("id=\"import-done\"").contains("共读取 18 行");
        assertThat(reportsOf(unit)).isEqualTo(2);
        mvc.perform(post("/console/reports/import").with(officer(unit)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择要导入的文件")));
    }
}
