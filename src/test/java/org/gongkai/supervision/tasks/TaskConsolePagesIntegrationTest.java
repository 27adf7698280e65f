package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The task pages keep to the viewer's scope and part (issue #15): a unit's staff see their unit's tasks and no other
 * unit's (404), only the assigned unit is offered the report form and only supervisors the acceptance; a refused
 * return is shown at its field with the status of the refusal; inspections and the patrol list are the office's.
 */
@IntegrationTest
class TaskConsolePagesIntegrationTest {

    static final String OFFICE = "11990101100100148H";
    static final String HOUSING = "119901011001003591";
    static final String FINANCE = "119901011001002878";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    RequestPostProcessor as(Role role, String code) {
        return TestActors.as(role, units.findByCreditCode(code).orElseThrow().id());
    }

    String page(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void unitStaffSeeOnlyTheirUnitsTasksAndOnlyTheActionsOfTheirPart() throws Exception {
        String body = mvc.perform(post("/api/v1/staff/supervision/tasks").with(as(Role.SUPERVISOR, OFFICE))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "SUPERVISION", "title": "页面测试：公开目录未更新", "requirement": "更新公开目录",
                         "unitCodes": ["%s"]}""".formatted(HOUSING))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String n = (String) JsonMapper.builder().build().readValue(body, new TypeReference<Map<String, Object>>() {})
                .get("taskNumber");

        RequestPostProcessor housing = as(Role.EDITOR, HOUSING);
        RequestPostProcessor finance = as(Role.EDITOR, FINANCE);
        RequestPostProcessor supervisor = as(Role.SUPERVISOR, OFFICE);
        assertThat(page(housing, "/console/supervision/tasks?mine=true")).contains(n);
        assertThat(page(finance, "/console/supervision/tasks")).doesNotContain(n);
        mvc.perform(get("/console/supervision/tasks/" + n).with(finance)).andExpect(status().isNotFound());

        String unitView = page(housing, "/console/supervision/tasks/" + n);
        assertThat(unitView).contains("id=\"form-progress\"").doesNotContain("id=\"form-accept\"", "id=\"form-return\"");
        String officeView = page(supervisor, "/console/supervision/tasks/" + n);
        assertThat(officeView).contains("id=\"form-urge\"", "id=\"ledger\"").doesNotContain("id=\"form-progress\"");
        assertThat(page(supervisor, "/console/supervision/tasks?light=OVERDUE")).doesNotContain(n);

        String refused = mvc.perform(post("/console/supervision/tasks/" + n + "/return").with(supervisor).with(csrf())
                .param("reason", "尚未报送")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("未能完成操作");
        String noReason = mvc.perform(post("/console/supervision/tasks/" + n + "/progress").with(housing).with(csrf())
                .param("text", "")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noReason).contains("id=\"progress-text\"").contains("aria-invalid=\"true\"");

        mvc.perform(get("/console/supervision/inspections").with(housing)).andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision/patrol").with(housing)).andExpect(status().isForbidden());
        assertThat(page(supervisor, "/console/supervision/inspections")).contains("id=\"form-record\"");
        assertThat(page(supervisor, "/console/supervision/patrol")).contains("id=\"form-run\"");
    }
}
