package org.gongkai.supervision.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.common.Role;
import org.gongkai.supervision.IndicatorSource.UnitFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Information submissions through HTTP: a unit's 信息员 submits and attaches, the office adopts by publication and
 * records instructions; hostile input answers problem JSON at its field and writes nothing; another unit's submission
 * is 404; the rankings and the {@code SUBMISSION_POINTS} figures against hand-computed points; a bulletin issue's DOCX.
 */
@IntegrationTest
class SubmissionApiIntegrationTest {

    static final String STAFF = "/api/v1/staff/supervision/submissions";
    /** The ranking month: no other test writes March 2025 (cleared first, for the shared PostgreSQL database). */
    static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    SubmissionRankings rankings;

    RequestPostProcessor office;

    @BeforeEach
    void theOffice() {
        long officeUnit = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(ConsoleFixtures.OFFICE)
                .query(Long.class).single();
        office = TestActors.as(Role.SUPERVISOR, officeUnit);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor editorOf(ConsoleFixtures.TestUnit unit) {
        return TestActors.as(Role.EDITOR, unit.id());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private long submit(ConsoleFixtures.TestUnit unit, String title) throws Exception {
        String body = mvc.perform(json(post(STAFF), "{\"title\":\"" + title + "\",\"text\":\"第一段。\\n第二段。\"}")
                        .with(editorOf(unit)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonMapper.shared().readValue(body, Map.class).get("id")).longValue();
    }

    private void adopt(long id, String publication, String on) throws Exception {
        var response = mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"" + publication
                + "\",\"on\":\"" + on + "\"}").with(office)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    }

    @Test
    void aUnitSubmitsAndTheOfficeAdoptsWithPointsPerPublication() throws Exception {
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "水利局");
        long id = submit(unit, "我县启动汛期安全大检查");
        mvc.perform(get(STAFF + "/" + id).with(editorOf(unit))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("SUBMITTED")))
                .andExpect(jsonPath("$.unitCode", is(unit.code())));
        mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"PROVINCE_BULLETIN\",\"on\":\"2026-06-15\"}")
                        .with(office))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status", is("ADOPTED")))
                .andExpect(jsonPath("$.points", is(4)));
        mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"CITY_BULLETIN\",\"on\":\"2026-06-15\"}")
                        .with(office))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.points", is(5)))
                .andExpect(jsonPath("$.adoptions", hasSize(2)));
        mvc.perform(json(post(STAFF + "/" + id + "/instructions"),
                        "{\"level\":\"CITY_LEADER\",\"leader\":\"市长\",\"on\":\"2026-06-15\",\"text\":\"经验很好\"}")
                        .with(office))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.points", is(8)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ADOPT_SUBMISSION' AND object_id = ? "
                + "AND outcome = 'SUCCESS'").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void hostileInputIsRefusedAtItsFieldAndWritesNothing() throws Exception {
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "林业局");
        var other = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "农业局");
        mvc.perform(json(post(STAFF), "{\"title\":\"" + "长".repeat(201) + "\",\"text\":\"正文\"}").with(editorOf(unit)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(STAFF), "{\"title\":\"标题\",\"text\":\"  \"}").with(editorOf(unit)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("text")));
        mvc.perform(json(post(STAFF), "{\"unitCode\":\"" + other.code() + "\",\"title\":\"标题\",\"text\":\"正文\"}")
                .with(editorOf(unit))).andExpect(status().isForbidden());
        mvc.perform(json(post(STAFF), "{\"title\":\"标题\",\"text\":\"正文\"}").with(office))
                .andExpect(status().isForbidden());
        long id = submit(unit, "森林防火");
        String before = rows(id);
        mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"NATIONAL\",\"on\":\"2026-06-15\"}")
                        .with(office))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("SUBMISSION_UNKNOWN_PUBLICATION")))
                .andExpect(jsonPath("$.field", is("publication")));
        for (String on : List.of("2026-02-30", "15/06/2026", "2026-06-16", "2026-06-14", "")) {
            mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"CITY_BULLETIN\",\"on\":\"" + on
                            + "\"}").with(office))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("on")));
        }
        mvc.perform(json(post(STAFF + "/" + id + "/instructions"),
                        "{\"level\":\"CITY_LEADER\",\"leader\":\"市长\",\"on\":\"2026-06-15\"}").with(office))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code", is("TRANSITION_NOT_ALLOWED")));
        mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"CITY_BULLETIN\",\"on\":\"2026-06-15\"}")
                .with(editorOf(unit))).andExpect(status().isForbidden());
        assertThat(rows(id)).isEqualTo(before);
        // another unit's 信息员 sees nothing of it
        mvc.perform(get(STAFF + "/" + id).with(editorOf(other))).andExpect(status().isNotFound());
        mvc.perform(json(post(STAFF + "/" + id + "/attachments"), "{}").with(editorOf(other)))
                .andExpect(status().is4xxClientError());
        mvc.perform(multipart(STAFF + "/" + id + "/attachments").file(pdf()).with(csrf()).with(editorOf(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(STAFF).with(editorOf(other))).andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id))));
        adopt(id, "CITY_BULLETIN", "2026-06-15");
        mvc.perform(json(post(STAFF + "/" + id + "/adoptions"), "{\"publication\":\"CITY_BULLETIN\",\"on\":\"2026-06-15\"}")
                        .with(office))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code", is("SUBMISSION_ALREADY_ADOPTED")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE outcome = 'REFUSED' AND object_id = ? AND detail "
                + "LIKE 'SUBMISSION_UNKNOWN_PUBLICATION%'").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
    }

    private String rows(long id) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM supervision_submission_adoption WHERE submission_id = :id) || ',' "
                + "|| (SELECT COUNT(*) FROM supervision_submission_instruction WHERE submission_id = :id) || ',' || "
                + "(SELECT status FROM supervision_submission WHERE id = :id)").param("id", id).query(String.class).single();
    }

    @Test
    void attachmentsGoThroughTheFileStoreAndRefusedTypesAnswerAtTheFileField() throws Exception {
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "交通局");
        long id = submit(unit, "农村公路建设");
        mvc.perform(multipart(STAFF + "/" + id + "/attachments").file(pdf()).with(csrf()).with(editorOf(unit)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments[0].name", is("材料.pdf")))
                .andExpect(jsonPath("$.attachments[0].mediaType", is("application/pdf")));
        mvc.perform(multipart(STAFF + "/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "run.sh", "text/x-sh", "#!/bin/sh\nrm -rf /\n".getBytes()))
                        .with(csrf()).with(editorOf(unit)))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.field", is("file")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_submission_attachment WHERE submission_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    static MockMultipartFile pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return new MockMultipartFile("file", "材料.pdf", "application/pdf", out.toByteArray());
        }
    }

    @Test
    void rankingsAndMonthlyPointsAreTheHandComputedOnes() throws Exception {
        clearMarch();
        var a = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "教育局");
        var b = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "卫健局");
        var c = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "民政局");
        var d = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "商务局");
        clock.setTo(LocalDateTime.of(2025, 3, 1, 9, 0));
        long a1 = submit(a, "甲一");
        long a2 = submit(a, "甲二");
        long b1 = submit(b, "乙一");
        long b2 = submit(b, "乙二");
        long c1 = submit(c, "丙一");
        submit(d, "丁一");
        clock.setTo(LocalDateTime.of(2025, 4, 10, 9, 0));
        adopt(a1, "CITY_BULLETIN", "2025-03-05");     // A: 1
        adopt(a1, "PROVINCE_BULLETIN", "2025-03-20"); // A: 4
        adopt(a2, "PROVINCE_ONLINE", "2025-03-31");   // A: 2  → A 3 adoptions, 7 points
        adopt(a2, "CITY_BULLETIN", "2025-04-02");     // April: outside the March ranking
        adopt(b1, "PROVINCE_BULLETIN", "2025-03-10"); // B: 4
        adopt(b2, "CITY_BULLETIN", "2025-03-11");     // B: 1
        mvc.perform(json(post(STAFF + "/" + b2 + "/instructions"),
                "{\"level\":\"COUNTY_LEADER\",\"leader\":\"县长\",\"on\":\"2025-03-12\"}").with(office))
                .andExpect(status().isCreated());     // B: 2 → B 2 adoptions, 7 points
        adopt(c1, "PROVINCE_ONLINE", "2025-03-01");   // C: 2 → 1 adoption, 2 points; D: submitted, nothing adopted

        var leader = TestActors.as(Role.LEADER, a.id());
        mvc.perform(get("/api/v1/supervision/submission-rankings?from=2025-03-01&to=2025-03-31").with(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units", hasSize(4)))
                // a tie at 7 points shares rank 1 (listed by adoptions, then code); then 3, then 4
                .andExpect(jsonPath("$.units[0].unitCode", is(a.code())))
                .andExpect(jsonPath("$.units[0].adopted", is(3)))
                .andExpect(jsonPath("$.units[0].points", is(7)))
                .andExpect(jsonPath("$.units[0].rank", is(1)))
                .andExpect(jsonPath("$.units[1].unitCode", is(b.code())))
                .andExpect(jsonPath("$.units[1].adopted", is(2)))
                .andExpect(jsonPath("$.units[1].points", is(7)))
                .andExpect(jsonPath("$.units[1].rank", is(1)))
                .andExpect(jsonPath("$.units[2].unitCode", is(c.code())))
                .andExpect(jsonPath("$.units[2].points", is(2)))
                .andExpect(jsonPath("$.units[2].rank", is(3)))
                .andExpect(jsonPath("$.units[3].unitCode", is(d.code())))
                .andExpect(jsonPath("$.units[3].adopted", is(0)))
                .andExpect(jsonPath("$.units[3].rank", is(4)));
        mvc.perform(get("/api/v1/supervision/submission-rankings?from=2025-03-01&to=2025-04-30").with(leader))
                .andExpect(jsonPath("$.units[0].unitCode", is(a.code())))
                .andExpect(jsonPath("$.units[0].points", is(8)))
                .andExpect(jsonPath("$.units[0].rank", is(1)))
                .andExpect(jsonPath("$.units[1].rank", is(2)));

        Set<String> ours = Set.of(a.code(), b.code(), c.code(), d.code());
        assertThat(rankings.figures(MARCH).stream().filter(f -> ours.contains(f.unitCode())).toList())
                .extracting(UnitFigure::unitCode, UnitFigure::code, UnitFigure::numerator, UnitFigure::denominator)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(a.code(), "SUBMISSION_POINTS", 7L, null),
                        org.assertj.core.groups.Tuple.tuple(b.code(), "SUBMISSION_POINTS", 7L, null),
                        org.assertj.core.groups.Tuple.tuple(c.code(), "SUBMISSION_POINTS", 2L, null));
        assertThat(rankings.figures(YearMonth.of(2025, 4)).stream().filter(f -> f.unitCode().equals(a.code()))
                .map(UnitFigure::numerator).toList()).containsExactly(1L);
    }

    private void clearMarch() {
        String dated = "SELECT submission_id FROM %s WHERE %s BETWEEN DATE '2025-03-01' AND DATE '2025-04-30'";
        List<Long> ids = jdbc.sql("SELECT id FROM supervision_submission WHERE submitted_at < TIMESTAMP '2025-05-01 00:00:00'"
                + " UNION " + dated.formatted("supervision_submission_adoption", "adopted_on")
                + " UNION " + dated.formatted("supervision_submission_instruction", "instructed_on"))
                .query(Long.class).list();
        for (Long id : ids) {
            for (String t : List.of("supervision_submission_adoption", "supervision_submission_instruction",
                    "supervision_submission_attachment", "supervision_submission_issue_item")) {
                jdbc.sql("DELETE FROM " + t + " WHERE submission_id = ?").param(id).update();
            }
            jdbc.sql("DELETE FROM supervision_submission WHERE id = ?").param(id).update();
        }
    }

    @Test
    void rankingPeriodsAreSane() throws Exception {
        var leader = TestActors.as(Role.SUPERVISOR, ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "审计局").id());
        for (String query : List.of("from=2025-13-01&to=2025-12-31", "from=2025-06-01&to=2025-05-01",
                "from=2019-01-01&to=2026-01-01", "from=1900-01-01&to=1900-02-01", "from=x&to=y")) {
            mvc.perform(get("/api/v1/supervision/submission-rankings?" + query).with(leader))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is(query.startsWith("from=x")
                            || query.startsWith("from=2025-13") || query.startsWith("from=2025-06")
                            || query.startsWith("from=2019") || query.startsWith("from=1900") ? "from" : "to")));
        }
        mvc.perform(get("/api/v1/supervision/submission-rankings").with(TestActors.as(Role.EDITOR, 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeCompilesAnIssueOfItsBulletinFromAdoptedItemsAsDocx() throws Exception {
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "文旅局");
        long first = submit(unit, "乡村旅游节开幕");
        long second = submit(unit, "非遗进校园");
        long notAdopted = submit(unit, "尚未采用的信息");
        adopt(first, "CITY_BULLETIN", "2026-06-15");
        adopt(second, "PROVINCE_ONLINE", "2026-06-15");
        mvc.perform(json(post("/api/v1/staff/supervision/submission-issues"), "{\"submissionIds\":[" + second + ","
                        + notAdopted + "]}").with(office))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("submissionIds")));
        String body = mvc.perform(json(post("/api/v1/staff/supervision/submission-issues"),
                        "{\"submissionIds\":[" + second + "," + first + "]}").with(office))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].title", is("非遗进校园")))
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> issue = JsonMapper.shared().readValue(body, Map.class);
        assertThat((String) issue.get("heading")).matches("《示例县政务信息》2026年第\\d+期");
        byte[] docx = mvc.perform(get("/api/v1/staff/supervision/submission-issues/" + issue.get("id") + ".docx")
                .with(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines.get(0)).isEqualTo("示例县政务信息");
            assertThat(lines.get(1)).isEqualTo("2026年第" + issue.get("number") + "期");
            assertThat(lines).containsSubsequence("非遗进校园", "（" + unit.name() + "）", "第一段。", "第二段。",
                    "乡村旅游节开幕");
            assertThat(lines).doesNotContain("尚未采用的信息");
        }
        mvc.perform(get("/api/v1/staff/supervision/submission-issues/" + issue.get("id")).with(editorOf(unit)))
                .andExpect(status().isForbidden());
    }
}
