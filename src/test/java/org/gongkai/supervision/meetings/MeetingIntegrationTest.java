package org.gongkai.supervision.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.common.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The briefing meeting through HTTP: the office schedules, sections submit items until the deadline, the combined
 * report orders them by urgency then section (HTML, JSON and the DOCX opened with POI), decisions become supervision
 * tasks (the task module's CreateTask), and hostile input is refused at its field.
 */
@IntegrationTest
class MeetingIntegrationTest {

    static final String API = "/api/v1/staff/supervision/meetings";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    RequestPostProcessor office;

    @BeforeEach
    void theOffice() {
        long officeUnit = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(ConsoleFixtures.OFFICE)
                .query(Long.class).single();
        office = TestActors.as(Role.OFFICE_HEAD, officeUnit);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private long schedule(String deadline) throws Exception {
        String body = mvc.perform(json(post(API), "{\"heldOn\":\"2026-06-19\",\"deadline\":\"" + deadline
                        + "\",\"place\":\"三楼会议室\"}").with(office))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.title", is("2026年6月碰头会")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonMapper.shared().readValue(body, Map.class).get("id")).longValue();
    }

    private void item(long id, ConsoleFixtures.TestUnit unit, String work, String urgency) throws Exception {
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"workDone\":\"" + work + "\",\"progress\":\"" + work
                        + "进展\",\"problems\":\"" + work + "问题\",\"urgency\":\"" + urgency + "\"}")
                        .with(TestActors.as(Role.EDITOR, unit.id())))
                .andExpect(status().isCreated());
    }

    @Test
    void theCombinedReportIsOrderedByUrgencyThenSectionAndExportedAsDocx() throws Exception {
        var first = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "住建局");
        var second = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "应急局");
        var third = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "自然资源局");
        long id = schedule("2026-06-17");
        item(id, second, "乙常规", "NORMAL");
        item(id, third, "丙特急", "URGENT");
        item(id, first, "甲急", "HIGH");
        item(id, first, "甲特急", "URGENT");
        mvc.perform(get(API + "/" + id).with(TestActors.as(Role.LEADER, second.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(4)))
                .andExpect(jsonPath("$.items[0].workDone", is("甲特急")))
                .andExpect(jsonPath("$.items[1].workDone", is("丙特急")))
                .andExpect(jsonPath("$.items[2].workDone", is("甲急")))
                .andExpect(jsonPath("$.items[3].workDone", is("乙常规")));
        String html = mvc.perform(get("/console/supervision/meetings/" + id).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".report-item p:nth-of-type(1) span").eachText())
                .containsExactly("甲特急", "丙特急", "甲急", "乙常规");
        byte[] docx = mvc.perform(get(API + "/" + id + "/report.docx").with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines.get(0)).isEqualTo("2026年6月碰头会综合报告");
            assertThat(lines).containsSubsequence("一、特急事项", "（一）" + first.name(), "工作完成情况：甲特急",
                    "重点工作进展：甲特急进展", "需协调解决的问题：甲特急问题", "（二）" + third.name(), "工作完成情况：丙特急",
                    "二、急事项", "（一）" + first.name(), "工作完成情况：甲急", "三、一般事项", "（一）" + second.name(),
                    "工作完成情况：乙常规");
        }

        // after the deadline no item is taken; the meeting is held and its decisions recorded
        clock.advance(Duration.ofDays(3));
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"workDone\":\"迟到\",\"urgency\":\"NORMAL\"}")
                        .with(TestActors.as(Role.EDITOR, second.id())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code", is("MEETING_DEADLINE_PASSED")));
        mvc.perform(json(post(API + "/" + id + "/decisions"), "{\"text\":\"先开会\",\"unitCodes\":[\"" + first.code()
                + "\"],\"dueOn\":\"2026-07-01\"}").with(office))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code", is("TRANSITION_NOT_ALLOWED")));
        mvc.perform(post(API + "/" + id + "/hold").with(csrf()).with(TestActors.as(Role.EDITOR, first.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/" + id + "/hold").with(csrf()).with(office)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("HELD")));
        mvc.perform(json(post(API + "/" + id + "/decisions"), "{\"text\":\"住建局牵头解决安置房验收问题\",\"unitCodes\":[\""
                        + first.code() + "\",\"" + third.code() + "\"],\"dueOn\":\"2026-07-10\"}").with(office))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions", hasSize(1)))
                .andExpect(jsonPath("$.decisions[0].unitCodes", hasSize(2)))
                .andExpect(jsonPath("$.decisions[0].taskNumber", org.hamcrest.Matchers.startsWith("DB")));
        String task = JsonMapper.shared().readTree(mvc.perform(get(API + "/" + id).with(office)).andReturn().getResponse()
                .getContentAsString()).get("decisions").get(0).get("taskNumber").asString();
        // the decision is a supervision task assigned to both units, due on the decision's date, sourced from the meeting
        mvc.perform(get("/api/v1/staff/supervision/tasks/" + task).with(office)).andExpect(status().isOk())
                .andExpect(jsonPath("$.source", is("2026年6月碰头会")))
                .andExpect(jsonPath("$.dueOn", is("2026-07-10")))
                .andExpect(jsonPath("$.units", hasSize(2)));
        for (String bad : List.of("{\"text\":\"x\",\"unitCodes\":[\"NOSUCH\"],\"dueOn\":\"2026-07-10\"}",
                "{\"text\":\"x\",\"unitCodes\":[],\"dueOn\":\"2026-07-10\"}",
                "{\"text\":\"x\",\"unitCodes\":[\"" + first.code() + "\"],\"dueOn\":\"2026-06-01\"}",
                "{\"text\":\"" + "长".repeat(1001) + "\",\"unitCodes\":[\"" + first.code() + "\"],\"dueOn\":\"2026-07-10\"}")) {
            mvc.perform(json(post(API + "/" + id + "/decisions"), bad).with(office)).andExpect(status().isBadRequest());
        }
        mvc.perform(post(API + "/" + id + "/close").with(csrf()).with(office)).andExpect(jsonPath("$.status", is("CLOSED")));
        mvc.perform(post(API + "/" + id + "/cancel").with(csrf()).with(office)).andExpect(status().isConflict());
    }

    @Test
    void hostileSchedulesAndItemsAreRefusedAtTheirField() throws Exception {
        for (String[] bad : List.of(new String[] {"{\"heldOn\":\"2026-06-10\",\"deadline\":\"2026-06-09\"}", "heldOn"},
                new String[] {"{\"heldOn\":\"2026-06-30\",\"deadline\":\"2026-07-01\"}", "deadline"},
                new String[] {"{\"heldOn\":\"2026-06-30\",\"deadline\":\"2026-06-15T09:00\"}", "deadline"},
                new String[] {"{\"heldOn\":\"2026-06-31\",\"deadline\":\"2026-06-20\"}", "heldOn"},
                new String[] {"{\"heldOn\":\"2029-06-30\",\"deadline\":\"2029-06-20\"}", "heldOn"},
                new String[] {"{\"heldOn\":\"2026-06-30\",\"deadline\":\"soon\"}", "deadline"})) {
            mvc.perform(json(post(API), bad[0]).with(office)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field", is(bad[1])));
        }
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "司法局");
        mvc.perform(json(post(API), "{\"heldOn\":\"2026-06-30\",\"deadline\":\"2026-06-20\"}")
                .with(TestActors.as(Role.EDITOR, unit.id()))).andExpect(status().isForbidden());
        long id = schedule("2026-06-18T12:00");
        var editor = TestActors.as(Role.EDITOR, unit.id());
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"workDone\":\"完成\",\"urgency\":\"SOON\"}").with(editor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("urgency")));
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"workDone\":\"\",\"urgency\":\"URGENT\"}").with(editor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("workDone")));
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"workDone\":\"" + "长".repeat(2001)
                + "\",\"urgency\":\"URGENT\"}").with(editor)).andExpect(status().isBadRequest());
        mvc.perform(json(post(API + "/999999999/items"), "{\"workDone\":\"完成\",\"urgency\":\"URGENT\"}").with(editor))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(API + "/" + id + "/items"), "{\"unitCode\":\"" + ConsoleFixtures.OFFICE
                + "\",\"workDone\":\"冒名\",\"urgency\":\"URGENT\"}").with(editor)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_meeting_item WHERE meeting_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }
}
