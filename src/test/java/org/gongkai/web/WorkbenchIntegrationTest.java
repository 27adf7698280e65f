package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.gongkai.ConsoleFixtures;
import org.gongkai.ConsoleFixtures.TestUnit;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.TestClock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.reports.ReportService;
import org.gongkai.requests.RequestService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The workbench (工作台): each count covers only the officer's data scope and roles, is counted on the official
 * calendar in working days, and links to the filtered queue that lists exactly those records.
 */
@IntegrationTest
class WorkbenchIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService requests;
    @Autowired
    ReportService reports;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TestClock clock;

    static RequestPostProcessor as(TestActor actor) {
        return TestActors.as(actor.staffId(), actor.username(), actor.unitRoles());
    }

    Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static long count(Document workbench, String id) {
        Element link = workbench.getElementById(id);
        assertThat(link).as("workbench item " + id).isNotNull();
        return Long.parseLong(link.selectFirst(".todo-count").text());
    }

    static String queueText(Document queue) {
        Element table = queue.selectFirst("main table");
        return table == null ? "" : table.text();
    }

    @Test
    void requestsDueWithinFiveWorkingDaysAndOverdueAreCountedInTheOfficersScopeOnly() throws Exception {
        TestUnit mine = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "工作台测试局");
        TestUnit other = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "范围外局");
        TestActor officer = new TestActor(-21, "wb-officer", "工作台", Map.of(mine.id(), Set.of(Role.REQUEST_OFFICER)));
        TestActor otherOfficer = new TestActor(-22, "wb-other", "范围外", Map.of(other.id(), Set.of(Role.REQUEST_OFFICER)));
        LocalDate today = LocalDate.now(clock); // 2026-06-15, a Monday; 2026-06-19 is 端午节
        LocalDate in3 = calendar.addWorkingDays(today, 3).date();
        LocalDate in5 = calendar.addWorkingDays(today, 5).date();
        LocalDate in7 = calendar.addWorkingDays(today, 7).date();
        assertThat(ChronoUnit.DAYS.between(today, in5)).as("5 working days span the holiday and a weekend").isEqualTo(8);

        String due3 = ConsoleFixtures.requestDueOn(requests, calendar, officer, mine.code(), in3, "三个工作日内到期的申请");
        String due5 = ConsoleFixtures.requestDueOn(requests, calendar, officer, mine.code(), in5, "五个工作日后到期的申请");
        String due7 = ConsoleFixtures.requestDueOn(requests, calendar, officer, mine.code(), in7, "七个工作日后到期的申请");
        String late = ConsoleFixtures.requestDueOn(requests, calendar, officer, mine.code(), LocalDate.parse("2026-06-05"),
                "已经超期的申请");
        String otherSoon = ConsoleFixtures.requestDueOn(requests, calendar, otherOfficer, other.code(), in3, "其他单位的申请");
        String otherLate = ConsoleFixtures.requestDueOn(requests, calendar, otherOfficer, other.code(),
                LocalDate.parse("2026-06-05"), "其他单位超期的申请");

        Document workbench = page("/console", as(officer));
        assertThat(count(workbench, "todo-requests-due-soon")).isEqualTo(2);
        assertThat(count(workbench, "todo-requests-due-overdue")).isEqualTo(1);
        assertThat(workbench.getElementById("todo-requests-due-soon").attr("href")).isEqualTo("/console/requests?due=soon");
        assertThat(workbench.getElementById("todo-requests-due-overdue").closest("li").hasClass("todo-urgent")).isTrue();

        String soon = queueText(page("/console/requests?due=soon", as(officer)));
        assertThat(soon).contains(due3, due5).doesNotContain(due7, late, otherSoon);
        String overdue = queueText(page("/console/requests?due=overdue", as(officer)));
        assertThat(overdue).contains(late).doesNotContain(due3, due5, due7, otherLate);
        assertThat(queueText(page("/console/requests", as(officer)))).contains(due3, due5, due7, late);

        Document theirs = page("/console", as(otherOfficer));
        assertThat(count(theirs, "todo-requests-due-soon")).isEqualTo(1);
        assertThat(count(theirs, "todo-requests-due-overdue")).isEqualTo(1);

        clock.setTo(java.time.ZonedDateTime.of(in3.plusDays(1), java.time.LocalTime.of(10, 0),
                java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        Document later = page("/console", as(officer));
        assertThat(count(later, "todo-requests-due-overdue")).as("the day after its due date it is overdue").isEqualTo(2);
        assertThat(count(later, "todo-requests-due-soon")).as("7 WD from Monday is within 5 WD by Friday").isEqualTo(2);
    }

    @Test
    void documentsWaitingForReviewAndSignOffAreCountedForReviewersAndLeadersOfTheirUnits() throws Exception {
        TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "审签测试局");
        RequestPostProcessor allRoles = TestActors.as(-23, "wb-editor", Map.of(unit.id(),
                Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        String submitted1 = draft(unit, allRoles, "待审查一");
        String submitted2 = draft(unit, allRoles, "待审查二");
        String reviewed = draft(unit, allRoles, "待签发");
        draft(unit, allRoles, "草稿");
        act(reviewed, allRoles, "submit");
        act(submitted1, allRoles, "submit");
        act(submitted2, allRoles, "submit");
        act(reviewed, allRoles, "review");
        RequestPostProcessor reviewer = TestActors.as(Role.REVIEWER, unit.id());
        RequestPostProcessor leader = TestActors.as(Role.LEADER, unit.id());

        Document forReviewer = page("/console", reviewer);
        assertThat(count(forReviewer, "todo-catalogue-status-submitted")).isEqualTo(2);
        assertThat(forReviewer.getElementById("todo-catalogue-status-reviewed")).as("not a leader").isNull();
        assertThat(forReviewer.getElementById("todo-requests-due-soon")).as("not a request officer").isNull();
        Document forLeader = page("/console", leader);
        assertThat(count(forLeader, "todo-catalogue-status-reviewed")).isEqualTo(1);
        assertThat(forLeader.getElementById("todo-catalogue-status-submitted")).isNull();

        String list = page("/console/catalogue?status=SUBMITTED", reviewer).getElementById("waiting").text();
        assertThat(list).contains(title(submitted1), title(submitted2)).doesNotContain(title(reviewed));
        assertThat(page("/console/catalogue?status=REVIEWED", leader).getElementById("waiting").text())
                .contains(title(reviewed)).doesNotContain(title(submitted1));

        RequestPostProcessor otherReviewer = TestActors.as(Role.REVIEWER,
                ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "别的局").id());
        assertThat(count(page("/console", otherReviewer), "todo-catalogue-status-submitted")).isZero();
    }

    @Test
    void annualReportsWaitingForApprovalAndPublicationAreCountedForWhoMayTakeTheStep() throws Exception {
        TestUnit township = ConsoleFixtures.newUnit(jdbc, "TOWNSHIP_GOVERNMENT", "工作台镇");
        TestActor preparer = new TestActor(-24, "wb-preparer", "编写", Map.of(township.id(),
                Set.of(Role.REQUEST_OFFICER, Role.EDITOR)));
        TestActor leader = new TestActor(-25, "wb-leader", "镇长", Map.of(township.id(), Set.of(Role.LEADER)));
        reports.saveNarrative(preparer, township.code(), 2025, "总体情况。", "存在的主要问题：人员不足。改进情况：加强培训。",
                "本年度未收取信息处理费。");
        reports.submit(preparer, township.code(), 2025);

        Document forLeader = page("/console", as(leader));
        assertThat(count(forLeader, "todo-reports-status-submitted")).isEqualTo(1);
        assertThat(count(forLeader, "todo-reports-status-approved")).isZero();
        assertThat(page("/console/reports?status=SUBMITTED", as(leader)).getElementById("waiting").text())
                .contains(township.name() + " 2025 年度");
        Document forPreparer = page("/console", as(preparer));
        assertThat(forPreparer.getElementById("todo-reports-status-submitted")).as("preparers do not approve").isNull();

        reports.approve(leader, township.code(), 2025);
        assertThat(count(page("/console", as(leader)), "todo-reports-status-submitted")).isZero();
        assertThat(count(page("/console", as(preparer)), "todo-reports-status-approved")).isEqualTo(1);
    }

    @Test
    void anOfficerWhoseRolesHaveNoQueueHereSeesNoCounts() throws Exception {
        TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "热线测试局");
        Document workbench = page("/console", TestActors.as(Role.HOTLINE_OFFICER, unit.id()));
        assertThat(workbench.select(".workbench")).isEmpty();
        assertThat(workbench.text()).contains("您的角色目前没有需要在此处理的待办事项");
    }

    // --- documents ----------------------------------------------------------------------------------------

    private final Map<String, String> titles = new java.util.HashMap<>();

    private String draft(TestUnit unit, RequestPostProcessor who, String name) throws Exception {
        String title = "工作台" + name + System.nanoTime();
        mvc.perform(post("/console/catalogue").with(who).with(csrf()).param("unitId", String.valueOf(unit.id()))
                        .param("title", title).param("writtenOn", "2026-06-01").param("topic", "综合政务\\政务公开")
                        .param("category", "A20_15_OTHER").param("body", "<p>工作台测试正文。</p>"))
                .andExpect(status().is3xxRedirection());
        String id = String.valueOf(jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title)
                .query(Long.class).single());
        titles.put(id, title);
        return id;
    }

    private String title(String id) {
        return titles.get(id);
    }

    private void act(String id, RequestPostProcessor who, String action) throws Exception {
        mvc.perform(post("/console/catalogue/{id}/act/{a}", id, action).with(who).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
