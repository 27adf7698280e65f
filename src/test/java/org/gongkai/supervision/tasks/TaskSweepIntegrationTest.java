package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.TaskDigest;
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
 * The overdue escalation on the fixed clock (issue #15): a task past its due date is urged once by the sweep (催办,
 * told to the unit's staff in their inbox), escalated to the bulletin notice when still overdue the setting's working
 * days after the urging (and then appears as 已通报 in the digest the monthly bulletin reads), each step once; a task
 * reported in time is left alone. The assignment, return and acceptance reach the unit's inbox; 人大建议 and 政协提案
 * take their reply limits from the settings.
 */
@IntegrationTest
class TaskSweepIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办: the demo staff's unit
    static final String API = "/api/v1/staff/supervision/tasks";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    TaskSweep sweep;
    @Autowired
    TaskSettings settings;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TaskDigest.Digests digests;

    RequestPostProcessor supervisor() {
        return TestActors.as(Role.SUPERVISOR, units.findByCreditCode(OFFICE).orElseThrow().id());
    }

    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.builder().build().readValue(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(API + path).with(supervisor())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String create(String type, String title, Integer limit) throws Exception {
        return (String) json(post("", """
                {"type": "%s", "title": "%s", "requirement": "按期办理并报送", "unitCodes": ["%s"]%s}"""
                .formatted(type, title, OFFICE, limit == null ? "" : ", \"limitWorkingDays\": " + limit))
                .andExpect(status().isCreated())).get("taskNumber");
    }

    Map<String, Object> view(String n) throws Exception {
        return json(mvc.perform(get(API + "/" + n).with(supervisor())).andExpect(status().isOk()));
    }

    long inbox(String kind, String n) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE kind = :k AND link = :l").param("k", kind)
                .param("l", "/console/supervision/tasks/" + n).query(Long.class).single();
    }

    void on(LocalDate day) {
        clock.setTo(day.atTime(8, 0));
    }

    @Test
    void anOverdueTaskIsUrgedThenEscalatedToTheBulletinEachOnce() throws Exception {
        String late = create("SUPERVISION", "逾期测试：两日内更新栏目", 2);
        String ontime = create("SUPERVISION", "逾期测试：按时报送", 2);
        LocalDate due = LocalDate.parse((String) view(late).get("dueOn"));
        assertThat(due).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 6, 15), 2).date());
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("SUPERVISION_TASK_ASSIGNED", late) > 0);
        post("/" + ontime + "/urge", "{}").andExpect(status().isOk()); // the office's own urging before the due date

        on(due);
        assertThat(sweep.sweep(due).urged()).isZero();

        LocalDate firstLate = calendar.addWorkingDays(due, 1).date();
        on(firstLate);
        mvc.perform(MockMvcRequestBuilders.post(API + "/" + ontime + "/progress")
                .with(TestActors.as(Role.EDITOR, units.findByCreditCode(OFFICE).orElseThrow().id()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已完成\"}")).andExpect(status().isOk());
        TaskSweep.Result first = sweep.sweep(firstLate);
        assertThat(view(late)).containsEntry("urgeCount", 1).containsEntry("light", "OVERDUE")
                .containsEntry("escalatedOn", null);
        assertThat(view(ontime)).containsEntry("urgeCount", 1).containsEntry("status", "REPORTED");
        assertThat(first.urged()).isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep(firstLate).urged()).as("once per task").isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("SUPERVISION_TASK_URGED", late) > 0);

        LocalDate before = firstLate;
        LocalDate escalation = calendar.addWorkingDays(firstLate, settings.escalateAfterWorkingDays()).date();
        for (LocalDate d = firstLate.plusDays(1); d.isBefore(escalation); d = d.plusDays(1)) {
            on(d);
            sweep.sweep(d);
            before = d;
        }
        assertThat(view(late).get("escalatedOn")).as("not yet on " + before).isNull();
        on(escalation);
        sweep.sweep(escalation);
        assertThat(view(late)).containsEntry("escalatedOn", escalation.toString()).containsEntry("urgeCount", 1)
                .containsEntry("status", "ASSIGNED");
        assertThat(view(ontime).get("escalatedOn")).isNull();
        sweep.sweep(escalation);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_task_event e JOIN supervision_task t ON t.id = e.task_id "
                + "WHERE t.task_number = :n AND e.type = 'ESCALATE'").param("n", late).query(Long.class).single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("SUPERVISION_TASK_ESCALATED", late) > 0);

        TaskDigest digest = digests.forPeriod(YearMonth.from(escalation));
        assertThat(digest.overdue()).filteredOn(l -> l.number().equals(late)).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo("已逾期，已通报"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ESCALATE_TASK' AND object_id = :n "
                + "AND actor = 'system'").param("n", late).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void returnAndAcceptanceReachTheUnitsInboxAndSuggestionsTakeTheirOfficialLimits() throws Exception {
        String n = create("SUPERVISION", "通知测试：退回与验收", 5);
        RequestPostProcessor unit = TestActors.as(Role.EDITOR, units.findByCreditCode(OFFICE).orElseThrow().id());
        mvc.perform(MockMvcRequestBuilders.post(API + "/" + n + "/progress").with(unit)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已办\"}")).andExpect(status().isOk());
        post("/" + n + "/return", "{\"reason\": \"材料不全\"}").andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.post(API + "/" + n + "/progress").with(unit)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已补充\"}")).andExpect(status().isOk());
        post("/" + n + "/accept", "{}").andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("SUPERVISION_TASK_RETURNED", n) > 0
                && inbox("SUPERVISION_TASK_ACCEPTED", n) > 0 && inbox("SUPERVISION_TASK_REPORTED", n) > 0);

        String npc = create("NPC_SUGGESTION", "关于改善县城停车的建议", null);
        String cppcc = create("CPPCC_PROPOSAL", "关于加强农村饮水安全的提案", null);
        assertThat(view(npc)).containsEntry("limitWorkingDays", settings.npcWorkingDays())
                .containsEntry("typeLabel", "人大建议");
        assertThat(view(cppcc)).containsEntry("limitWorkingDays", settings.cppccWorkingDays())
                .containsEntry("typeLabel", "政协提案");
        assertThat(view(npc).get("dueOn")).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 6, 15),
                settings.npcWorkingDays()).date().toString());
    }
}
