package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.TaskDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supervision tasks through the JSON API (issue #15): created for two units, reported with evidence, refused
 * acceptance while a unit has not reported, returned, reported again, accepted and closed; the data scope (another
 * unit's task is 404), hostile input, refused transitions answered 409 with a REFUSED audit record, and the digest
 * the bulletin reads.
 */
@IntegrationTest
class TaskApiIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办
    static final String HOUSING = "119901011001003591"; // 住建局
    static final String ENVIRONMENT = "11990101100100770X"; // 生态环境局
    static final String FINANCE = "119901011001002878"; // 财政局
    static final String API = "/api/v1/staff/supervision/tasks";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskDigest.Digests digests;

    RequestPostProcessor supervisor;
    RequestPostProcessor housing;
    RequestPostProcessor environment;
    RequestPostProcessor finance;

    @BeforeEach
    void actors() {
        supervisor = TestActors.as(Role.SUPERVISOR, id(OFFICE));
        housing = TestActors.as(Role.EDITOR, id(HOUSING));
        environment = TestActors.as(Role.REQUEST_OFFICER, id(ENVIRONMENT));
        finance = TestActors.as(Role.EDITOR, id(FINANCE));
    }

    long id(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    ResultActions post(RequestPostProcessor who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + path)
                .with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String create(String units) throws Exception {
        Map<String, Object> created = json(post(supervisor, "", """
                {"type": "SUPERVISION", "title": "住建局网站“工作动态”栏目两个月未更新",
                 "requirement": "限期更新栏目并建立每周更新机制", "requiredEvidence": "更新后的栏目截图",
                 "unitCodes": [%s], "limitWorkingDays": 5}""".formatted(units)).andExpect(status().isCreated()));
        return (String) created.get("taskNumber");
    }

    static String pdfBase64() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
    }

    String report(String text) throws Exception {
        return """
                {"text": "%s", "evidence": [{"name": "栏目截图.pdf", "content": "%s"}]}""".formatted(text, pdfBase64());
    }

    @Test
    void aTaskGoesFromAssignmentThroughReturnToClosure() throws Exception {
        String n = create("\"" + HOUSING + "\", \"" + ENVIRONMENT + "\"");
        Map<String, Object> view = json(mvc.perform(get(API + "/" + n).with(supervisor)).andExpect(status().isOk()));
        // assigned on Monday 2026-06-15: five working days, 端午 (Friday 19 June) not counted → Tuesday 2026-06-23
        assertThat(view).containsEntry("status", "ASSIGNED").containsEntry("assignedOn", "2026-06-15")
                .containsEntry("dueOn", "2026-06-23").containsEntry("light", "NORMAL");

        post(housing, "/" + n + "/progress", "{\"text\": \"已更新\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("evidence"));
        post(housing, "/" + n + "/progress", report("已更新栏目 12 条")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"));
        post(supervisor, "/" + n + "/accept", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUPERVISION_REPORTS_MISSING"));
        post(environment, "/" + n + "/progress", report("已配合完成")).andExpect(status().isOk());
        post(housing, "/" + n + "/accept", "{}").andExpect(status().isForbidden());
        Map<String, Object> returned = json(post(supervisor, "/" + n + "/return", "{\"reason\": \"截图不清晰\"}")
                .andExpect(status().isOk()));
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("returnCount", 1);
        post(supervisor, "/" + n + "/accept", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TRANSITION_NOT_ALLOWED"));
        post(housing, "/" + n + "/progress", report("补充清晰截图")).andExpect(status().isOk());
        post(supervisor, "/" + n + "/accept", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUPERVISION_REPORTS_MISSING"));
        post(environment, "/" + n + "/progress", report("补充材料")).andExpect(status().isOk());
        post(supervisor, "/" + n + "/accept", "{\"opinion\": \"整改到位\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        Map<String, Object> closed = json(post(supervisor, "/" + n + "/close", "{}").andExpect(status().isOk()));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closedOn", "2026-06-15");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) closed.get("reports");
        assertThat(reports).hasSize(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) reports.get(0).get("evidence");
        Object evidenceId = evidence.get(0).get("id");
        byte[] pdf = mvc.perform(get(API + "/" + n + "/evidence/" + evidenceId).with(housing))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get(API + "/" + n + "/evidence/" + evidenceId).with(finance)).andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :n AND outcome = 'SUCCESS' "
                + "AND action IN ('REPORT_PROGRESS', 'RETURN_TASK', 'ACCEPT_TASK', 'CLOSE_TASK')").param("n", n)
                .query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CREATE_TASK' AND object_id = :n "
                + "AND outcome = 'SUCCESS'").param("n", n).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_task_evidence e JOIN supervision_task t ON t.id = e.task_id "
                + "WHERE t.task_number = :n").param("n", n).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aDraftIsAssignedLaterAndUnitsSeeOnlyTheirOwnTasks() throws Exception {
        String n = create("");
        assertThat(json(mvc.perform(get(API + "/" + n).with(supervisor))).get("status")).isEqualTo("DRAFT");
        mvc.perform(get(API + "/" + n).with(housing)).andExpect(status().isNotFound());
        post(supervisor, "/" + n + "/assign", "{\"unitCodes\": [\"" + HOUSING + "\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        mvc.perform(get(API + "/" + n).with(housing)).andExpect(status().isOk());
        mvc.perform(get(API + "/" + n).with(finance)).andExpect(status().isNotFound());
        post(finance, "/" + n + "/progress", report("不是本单位的任务")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REPORT_PROGRESS' AND object_id = :n "
                + "AND outcome = 'REFUSED'").param("n", n).query(Integer.class).single()).isEqualTo(1);

        List<?> housingQueue = JsonMapper.builder().build().readValue(mvc.perform(get(API).param("mine", "true")
                .with(housing)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), List.class);
        List<?> financeQueue = JsonMapper.builder().build().readValue(mvc.perform(get(API).param("mine", "true")
                .with(finance)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), List.class);
        assertThat(housingQueue.toString()).contains(n);
        assertThat(financeQueue.toString()).doesNotContain(n);
    }

    @Test
    void hostileInputIsRefusedWithItsCodeAndRefusedTransitionsAreAudited() throws Exception {
        post(supervisor, "", "{\"type\": \"SUPERVISION\", \"title\": \"" + "长".repeat(201)
                + "\", \"requirement\": \"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOO_LONG"));
        post(supervisor, "", "{\"type\": \"SECRET\", \"title\": \"t\", \"requirement\": \"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("type"));
        post(supervisor, "", "{\"type\": \"SUPERVISION\", \"title\": \"t\", \"requirement\": \"x\", "
                + "\"limitWorkingDays\": 0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("limitWorkingDays"));
        post(supervisor, "", "{\"type\": \"SUPERVISION\", \"title\": \"t\", \"requirement\": \"x\", "
                + "\"unitCodes\": [\"000000000000000000\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCodes"));
        post(supervisor, "", "{\"type\": \"SUPERVISION\", \"title\": \"t\", \"requirement\": \"x\", "
                + "\"limitWorkingDays\": \"next week\"}").andExpect(status().isBadRequest());
        post(housing, "", "{\"type\": \"SUPERVISION\", \"title\": \"t\", \"requirement\": \"x\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get(API).param("light", "PURPLE").with(supervisor)).andExpect(status().isBadRequest());

        String n = create("\"" + HOUSING + "\"");
        post(supervisor, "/" + n + "/close", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TRANSITION_NOT_ALLOWED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CLOSE_TASK' AND object_id = :n "
                + "AND outcome = 'REFUSED'").param("n", n).query(Integer.class).single()).isEqualTo(1);
        post(housing, "/" + n + "/progress", "{\"text\": \"" + "长".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TOO_LONG"));
        post(housing, "/" + n + "/progress", "{\"text\": \"x\", \"evidence\": [{\"name\": \"a.exe\", \"content\": \""
                + Base64.getEncoder().encodeToString("MZ not a document".getBytes(StandardCharsets.UTF_8))
                + "\"}]}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("evidence"));
        post(supervisor, "/" + n + "/return", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        post(supervisor, "/" + n + "/return", "{\"reason\": \"未报送\"}").andExpect(status().isConflict());
        mvc.perform(get(API + "/DB2026-9999").with(supervisor)).andExpect(status().isNotFound());
        assertThat(json(mvc.perform(get(API + "/" + n).with(supervisor))).get("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void theDigestCountsTheMonthsTasksAndTheOverdueOnes() throws Exception {
        String late = create("\"" + HOUSING + "\""); // due 2026-06-23
        Map<String, Object> longer = json(post(supervisor, "", """
                {"type": "NPC_SUGGESTION", "title": "关于加快老旧小区改造的建议", "requirement": "按期答复代表",
                 "unitCodes": ["%s"]}""".formatted(HOUSING)).andExpect(status().isCreated()));
        String npc = (String) longer.get("taskNumber");
        assertThat(longer.get("limitWorkingDays")).isEqualTo(60); // the setting for 人大建议

        TaskDigest june = digests.forPeriod(YearMonth.of(2026, 6));
        assertThat(june.opened()).isGreaterThanOrEqualTo(2);
        TaskDigest.Line line = june.overdue().stream().filter(l -> l.number().equals(late)).findFirst().orElseThrow();
        assertThat(line.unitCodes()).containsExactly(HOUSING);
        assertThat(line.dueOn()).hasToString("2026-06-23");
        assertThat(line.status()).isEqualTo("已逾期");
        assertThat(june.overdue()).extracting(TaskDigest.Line::number).doesNotContain(npc);
        assertThat(june.inRectification()).extracting(TaskDigest.Line::number).contains(npc).doesNotContain(late);
        assertThat(digests.forPeriod(YearMonth.of(2026, 5)).overdue()).extracting(TaskDigest.Line::number)
                .doesNotContain(late, npc);
    }
}
