package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar through the running application. Console edits use far-future years (21xx) so that they
 * cannot change deadlines other tests compute in the same context.
 */
@IntegrationTest
class CalendarIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CalendarService service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shippedYearsAreLoadedOnceAtStartup() {
        int loadRecords = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CALENDAR_YEAR_LOADED'")
                .query(Integer.class).single();
        service.loadShippedYears(); // a second instance starting: nothing changes
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CALENDAR_YEAR_LOADED'")
                .query(Integer.class).single()).isEqualTo(loadRecords);

        assertThat(jdbc.sql("SELECT \"year\" FROM calendar_year WHERE has_data = TRUE AND \"year\" BETWEEN 2019 AND 2027 ORDER BY \"year\"")
                .query(Integer.class).list()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(jdbc.sql("SELECT has_data FROM calendar_year WHERE \"year\" = 2027").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE notice_year = 2025").query(Integer.class).single())
                .isEqualTo(33);
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(calendar.hasData(2027)).isFalse();
    }

    @Test
    void addWorkingDaysAroundNationalDay2025() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-09-30").param("days", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-30"))
                .andExpect(jsonPath("$.days").value(3))
                .andExpect(jsonPath("$.date").value("2025-10-11"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.explanation").value(containsString("国庆节、中秋节 2025-10-01 至 2025-10-08")));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-09-26").param("days", "1"))
                .andExpect(jsonPath("$.date").value("2025-09-28"));
    }

    @Test
    void addWorkingDaysIntoAYearWithoutDataIsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-12-25").param("days", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-13").param("days", "0"))
                .andExpect(jsonPath("$.date").value("2026-02-13"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void workingDaysBetweenAcrossSpringFestival2026() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days-between").param("from", "2026-02-13").param("to", "2026-02-24"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(2))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void badDateIsRefusedWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-02-30").param("days", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/calendar/working-days-between").param("from", "2025-01-01").param("to", "明天"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("days", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_DATE"));
    }

    @Test
    void daysOutsideZeroToFourHundredAreRefused() throws Exception {
        for (String days : new String[] {"401", "-1", "abc"}) {
            mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-01-01").param("days", days))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("OUT_OF_RANGE"))
                    .andExpect(jsonPath("$.field").value("days"));
        }
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("OUT_OF_RANGE"));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-01-01").param("days", "400"))
                .andExpect(status().isOk());
    }

    @Test
    void systemAdminCorrectsADayAndTheCalendarFollowsAtOnce() throws Exception {
        LocalDate monday = LocalDate.of(2190, 3, 8);
        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(calendar.isWorkingDay(monday)).isTrue();

        int addedBefore = auditCount("CALENDAR_DAY_ADDED", monday.toString());
        int deletedBefore = auditCount("CALENDAR_DAY_DELETED", monday.toString());
        mvc.perform(post("/console/calendar/2190/days").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1))
                        .param("date", monday.toString()).param("kind", "off").param("name", "测试假日"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/calendar/2190"));

        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(auditCount("CALENDAR_DAY_ADDED", monday.toString())).isEqualTo(addedBefore + 1);

        mvc.perform(post("/console/calendar/2190/days/" + monday + "/delete").with(csrf())
                        .with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(auditCount("CALENDAR_DAY_DELETED", monday.toString())).isEqualTo(deletedBefore + 1);
    }

    @Test
    void badDayInputIsShownAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/console/calendar/2191/days").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1))
                        .param("date", "2191-02-30").param("kind", "off").param("name", "我输入的名称"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("value=\"2191-02-30\"")))
                .andExpect(content().string(containsString("value=\"我输入的名称\"")));
        mvc.perform(post("/console/calendar/2191/days").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1))
                        .param("date", "2191-03-01").param("kind", "off").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
    }

    @Test
    void systemAdminImportsAYearFromAHolidayCnFile() throws Exception {
        String json = """
                {"year": 2150, "papers": [], "days": [
                  {"name": "国庆节", "date": "2150-10-01", "isOffDay": true},
                  {"name": "国庆节", "date": "2150-10-10", "isOffDay": false}
                ]}""";
        int importedBefore = auditCount("CALENDAR_YEAR_IMPORTED", "2150");
        mvc.perform(multipart("/console/calendar/import")
                        .file(new MockMultipartFile("file", "2150.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/calendar/2150"));

        assertThat(calendar.hasData(2150)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2150, 10, 1))).isFalse();
        assertThat(auditCount("CALENDAR_YEAR_IMPORTED", "2150")).isEqualTo(importedBefore + 1);
        mvc.perform(get("/console/calendar/2150").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2150-10-10")));
        mvc.perform(get("/console/calendar").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未公布")));
    }

    @Test
    void brokenImportFileIsRefusedAtTheFileField() throws Exception {
        mvc.perform(multipart("/console/calendar/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "{\"year\": 2151, \"days\": [{\"date\": \"2151-13-01\", \"isOffDay\": true, \"name\": \"x\"}]}".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("第 1 项")));
        assertThat(calendar.hasData(2151)).isFalse();
    }

    @Test
    void yearNotInTheDatabaseCanBeOpenedAndABadYearIsShownAtTheField() throws Exception {
        mvc.perform(get("/console/calendar/open").param("year", "2193").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(redirectedUrl("/console/calendar/2193"));
        mvc.perform(get("/console/calendar/2193").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该年尚无数据")));
        mvc.perform(get("/console/calendar/open").param("year", "20x7").with(TestActors.as(Role.SYSTEM_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("value=\"20x7\"")));
    }

    @Test
    void onlyTheSystemAdminMaintainsTheCalendar() throws Exception {
        for (Role role : new Role[] {Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.EDITOR}) {
            mvc.perform(get("/console/calendar").with(TestActors.as(role, 1))).andExpect(status().isForbidden());
            mvc.perform(post("/console/calendar/2192/days").with(csrf()).with(TestActors.as(role, 1))
                            .param("date", "2192-01-05").param("kind", "off").param("name", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2192, 1, 5))).isTrue();
    }

    private int auditCount(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND object_id = ?")
                .params(action, objectId).query(Integer.class).single();
    }
}
