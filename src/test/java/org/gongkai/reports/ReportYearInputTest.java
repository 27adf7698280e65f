package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #8, class 3: the report year is checked on its own ({@link ReportYears}: 2008 to next year by the test
 * clock, 2026-06-15 → 2027), not left to a {@code DateTimeException} backstop: the API answers problem JSON
 * naming {@code year}, the pages the 400 page, whether the caller is anonymous, staff of the unit or writing.
 */
@IntegrationTest
class ReportYearInputTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"9999", "-1", "0", "2007", "2028", "2147483647", "-2147483648"})
    void aYearOutOfRangeIsRefusedAtItsFieldOnTheApi(String year) throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "年度校验局");
        var officer = TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/api/v1/annual-reports/{u}/{y}", unit.code(), year),
                get("/api/v1/annual-reports/{u}/{y}", unit.code(), year).with(officer),
                post("/api/v1/annual-reports/{u}/{y}", unit.code(), year).with(officer)
                        .contentType("application/json").content("{\"format\":\"2021\"}")}) {
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("OUT_OF_RANGE"))
                    .andExpect(jsonPath("$.field").value("year"))
                    .andExpect(jsonPath("$.detail").value("年度应在 2008 至 2027 之间"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "20x6", "99999999999", "2026.5"})
    void aYearThatIsNoNumberIsRefusedAtItsField(String year) throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "年度格式局");
        mvc.perform(get("/api/v1/annual-reports/{u}/{y}", unit.code(), year))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void theConsoleAndThePortalRefuseAYearOutOfRangeWithTheErrorPage() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "年度页面局");
        var officer = TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/console/reports/{u}/9999", unit.code()).with(officer),
                post("/console/reports/{u}/9999/narrative", unit.code()).with(officer).with(csrf())
                        .param("overview", "总体情况"),
                get("/console/reports").param("year", "-1").with(TestActors.as(-3, "supervisor",
                        ReportFixtures.supervisor(jdbc).unitRoles())),
                get("/openness/annual-reports/{u}/0", unit.code())}) {
            String page = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("年度应在 2008 至 2027 之间");
        }
    }

    @Test
    void theYearsAtTheEdgesOfTheRangeAreAccepted() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "年度边界局");
        var officer = TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
        mvc.perform(get("/api/v1/annual-reports/{u}/2008", unit.code()).with(officer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/annual-reports/{u}/2027", unit.code()).with(officer)).andExpect(status().isOk());
    }
}
