package org.gongkai.supervision.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inspections and the automatic patrol through the staff API (issue #15): an inspector's finding made a task that
 * records its source (the finding follows the task, and cannot be tasked twice), bounded and refused input, and the
 * patrol's four checks on a fresh unit's public documents — a stale column, a document past its 有效期 still marked
 * 有效, personal data in a body, dead links into the portal (a missing document, a missing page; an outside link is
 * never checked) — each found once: the next run does not list them again, nor a dismissed one.
 */
@IntegrationTest
class InspectionPatrolIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办
    static final String HOUSING = "119901011001003591"; // 住建局
    static final String API = "/api/v1/staff/supervision/inspections";
    static final String PATROL = "/api/v1/staff/supervision/patrol";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor supervisor;
    RequestPostProcessor housing;

    @BeforeEach
    void actors() {
        supervisor = TestActors.as(Role.SUPERVISOR, id(OFFICE));
        housing = TestActors.as(Role.EDITOR, id(HOUSING));
    }

    long id(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    static List<Map<String, Object>> list(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    ResultActions post(RequestPostProcessor who, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void anInspectorsFindingBecomesATaskThatRecordsItsSourceAndTheFindingFollowsIt() throws Exception {
        Map<String, Object> inspection = json(post(supervisor, API, """
                {"kind": "UNANNOUNCED", "title": "政务服务大厅明察暗访", "heldOn": "2026-06-12",
                 "notes": "上午十时到住建局窗口", "findings": [{"unitCode": "%s",
                 "description": "窗口未公示办事指南，工作人员离岗"}]}""".formatted(HOUSING))
                .andExpect(status().isCreated()));
        String number = (String) inspection.get("number");
        assertThat(number).startsWith("XC2026-");
        assertThat(inspection).containsEntry("kind", "UNANNOUNCED").containsEntry("kindLabel", "明察暗访");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) inspection.get("findings");
        assertThat(findings).hasSize(1);
        Object findingId = findings.get(0).get("id");
        assertThat(findings.get(0)).containsEntry("status", "OPEN").containsEntry("unitCode", HOUSING);

        Map<String, Object> tasked = json(post(supervisor, API + "/" + number + "/findings/" + findingId + "/task",
                "{\"requiredEvidence\": \"整改后的窗口照片\", \"limitWorkingDays\": 5}").andExpect(status().isCreated()));
        assertThat(tasked).containsEntry("status", "TASKED").containsEntry("taskStatus", "ASSIGNED")
                .containsEntry("statusLabel", "已转督办（办理中）");
        String task = (String) tasked.get("taskNumber");
        Map<String, Object> view = json(mvc.perform(get("/api/v1/staff/supervision/tasks/" + task).with(housing))
                .andExpect(status().isOk()));
        assertThat(view).containsEntry("findingId", ((Number) findingId).intValue())
                .containsEntry("status", "ASSIGNED").containsEntry("type", "SUPERVISION");
        assertThat((String) view.get("source")).startsWith(number);
        assertThat((String) view.get("requirement")).contains("窗口未公示办事指南");

        post(supervisor, API + "/" + number + "/findings/" + findingId + "/task", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SUPERVISION_FINDING_NOT_OPEN"));
        post(supervisor, API + "/" + number + "/findings/" + findingId + "/dismiss", "{\"reason\": \"已整改\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SUPERVISION_FINDING_NOT_OPEN"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_task WHERE source_finding_id = :f")
                .param("f", ((Number) findingId).longValue()).query(Long.class).single()).isEqualTo(1);

        Map<String, Object> second = json(post(supervisor, API + "/" + number + "/findings",
                "{\"unitCode\": \"%s\", \"description\": \"咨询电话无人接听\"}".formatted(HOUSING))
                .andExpect(status().isCreated()));
        post(supervisor, API + "/" + number + "/findings/" + second.get("id") + "/dismiss", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        json(post(supervisor, API + "/" + number + "/findings/" + second.get("id") + "/dismiss",
                "{\"reason\": \"系线路故障，已修复\"}").andExpect(status().isOk()));
        mvc.perform(get(API + "/" + number + "/findings/" + second.get("id")).with(supervisor))
                .andExpect(jsonPath("$.status").value("DISMISSED")).andExpect(jsonPath("$.note").value("系线路故障，已修复"));

        // The tasks API names a finding by id: a supervisor of another office cannot task (or learn of) this one.
        Map<String, Object> third = json(post(supervisor, API + "/" + number + "/findings",
                "{\"unitCode\": \"%s\", \"description\": \"公示栏内容过期\"}".formatted(HOUSING))
                .andExpect(status().isCreated()));
        RequestPostProcessor otherOffice = TestActors.as(Role.SUPERVISOR, id(HOUSING));
        post(otherOffice, "/api/v1/staff/supervision/tasks", """
                {"type": "SUPERVISION", "title": "整改公示栏", "requirement": "更新公示栏", "findingId": %s}"""
                .formatted(third.get("id"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("findingId"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_task WHERE source_finding_id = :f")
                .param("f", ((Number) third.get("id")).longValue()).query(Long.class).single()).isZero();
        mvc.perform(get(API + "/" + number + "/findings/" + third.get("id")).with(supervisor))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void badInputAndOtherRolesAreRefusedWithTheirCodes() throws Exception {
        post(supervisor, API, "{\"kind\": \"PATROL\", \"title\": \"x\", \"heldOn\": \"2026-06-12\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        post(supervisor, API, "{\"kind\": \"ROUTINE\", \"title\": \"x\", \"heldOn\": \"2026-07-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("heldOn"));
        post(supervisor, API, "{\"kind\": \"ROUTINE\", \"title\": \"x\", \"heldOn\": \"15/06/2026\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("heldOn"));
        post(supervisor, API, "{\"kind\": \"ROUTINE\", \"title\": \"%s\", \"heldOn\": \"2026-06-12\"}"
                .formatted("长".repeat(201))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOO_LONG"));
        post(supervisor, API, """
                {"kind": "ROUTINE", "title": "x", "heldOn": "2026-06-12", "findings": [{"unitCode": "NOPE",
                 "description": "问题"}]}""").andExpect(status().isBadRequest());
        post(housing, API, "{\"kind\": \"ROUTINE\", \"title\": \"x\", \"heldOn\": \"2026-06-12\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get(API).with(housing)).andExpect(status().isForbidden());
        mvc.perform(get(PATROL).with(housing)).andExpect(status().isForbidden());
        post(housing, PATROL + "/runs", "").andExpect(status().isForbidden());
        mvc.perform(get(API + "/XC1999-9999").with(supervisor)).andExpect(status().isNotFound());
        mvc.perform(get(PATROL).param("kind", "NOPE").with(supervisor)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
    }

    @Test
    void thePatrolFindsEachProblemOnceAndReadsOnlyPublicDocuments() throws Exception {
        ConsoleFixtures.TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "巡查局");
        RequestPostProcessor editor = TestActors.as(-1, "patrol-editor", Map.of(unit.id(), Set.of(Role.EDITOR)));
        String rows = doc(unit.code(), "巡查局二〇二六年工作计划", "巡计〔2026〕1号", "2026-01-05", "规划计划和政策")
                + doc(unit.code(), "巡查局工作动态第一期", "巡动〔2026〕1号", "2026-06-01", "其他主动公开信息");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/staff/documents/import").with(editor)
                .contentType("application/x-ndjson").content(rows)).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        long plan = document("巡查局二〇二六年工作计划", unit.id());
        long news = document("巡查局工作动态第一期", unit.id());
        // the plan's validity ended in March but it is still marked 有效; the news item links to a missing document,
        // a missing page, a live page and another site, and names a citizen's ID number
        jdbc.sql("UPDATE catalogue_document SET effective_to = DATE '2026-03-31' WHERE id = :id").param("id", plan)
                .update();
        jdbc.sql("UPDATE catalogue_version SET body = :b WHERE document_id = :id").param("id", news).param("b", """
                <p>详见<a href="/openness/documents/987654321">原通知</a>、<a href="/no-such-page/at-all">专题页</a>、
                <a href="/openness">政府信息公开</a>和<a href="https://www.example.org/none">外部网站</a>。</p>
                <p>联系人身份证号 11010519491231002X。</p>""").update();

        Map<String, Object> run = json(post(supervisor, PATROL + "/runs", "").andExpect(status().isCreated()));
        assertThat((String) run.get("inspectionNumber")).startsWith("XC2026-");
        List<Map<String, Object>> mine = ofUnit(unit.code());
        assertThat(mine).extracting(f -> f.get("kind")).containsExactlyInAnyOrder("STALE_COLUMN", "EXPIRED_VALID",
                "DEAD_LINK", "DEAD_LINK", "PERSONAL_DATA");
        assertThat(mine).allMatch(f -> "OPEN".equals(f.get("status")));
        String all = mine.toString();
        assertThat(all).contains("规划计划和政策", "2026-03-31", "/openness/documents/987654321", "/no-such-page/at-all",
                "身份证号码").doesNotContain("example.org", "11010519491231002X", "链接 /openness 指向");
        Map<String, Object> stale = mine.stream().filter(f -> "STALE_COLUMN".equals(f.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(stale.get("documentId")).isNull();

        // the next run lists nothing again, even after one finding is dismissed and another made a task
        Map<String, Object> personal = mine.stream().filter(f -> "PERSONAL_DATA".equals(f.get("kind"))).findFirst()
                .orElseThrow();
        post(supervisor, API + "/" + personal.get("inspectionNumber") + "/findings/" + personal.get("id") + "/task",
                "{}").andExpect(status().isCreated());
        post(supervisor, API + "/" + stale.get("inspectionNumber") + "/findings/" + stale.get("id") + "/dismiss",
                "{\"reason\": \"该局年度计划按年更新\"}").andExpect(status().isOk());
        json(post(supervisor, PATROL + "/runs", "").andExpect(status().isCreated()));
        assertThat(ofUnit(unit.code())).hasSize(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_finding WHERE unit_id = :u").param("u", unit.id())
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'RUN_PATROL'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    List<Map<String, Object>> ofUnit(String code) throws Exception {
        return list(mvc.perform(get(PATROL).with(supervisor)).andExpect(status().isOk())).stream()
                .filter(f -> code.equals(f.get("unitCode"))).toList();
    }

    long document(String title, long unitId) {
        return jdbc.sql("SELECT id FROM catalogue_document WHERE title = :t AND unit_id = :u").param("t", title)
                .param("u", unitId).query(Long.class).single();
    }

    static String doc(String publisher, String title, String number, String publishedOn, String category) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"documentNumber\": \"%s\", \"writtenOn\": \"%s\", "
                + "\"publishedOn\": \"%s\", \"topic\": \"综合政务\\\\政务公开\", \"category\": \"%s\", "
                + "\"validity\": \"有效\", \"body\": \"<p>正文</p>\"}\n")
                .formatted(title, publisher, number, publishedOn, publishedOn, category);
    }
}
