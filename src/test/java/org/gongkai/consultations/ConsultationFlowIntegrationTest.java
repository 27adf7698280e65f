package org.gongkai.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorSource;
import org.gongkai.web.FormMarkup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consultation end to end on the fixed clock: written and announced by the office's editor, opened by the sweep on
 * its date, commented on through the API, closed by the sweep the day after its closing date (then 409
 * CONSULTATION_CLOSED), moderated (the published copy guarded, the contact never public), grouped by article and
 * decided, its feedback report generated, approved by the leader and published — the counts read back through the
 * API; the final document's catalogue page links back; the supervision figure counts it until the report is out.
 */
@IntegrationTest
class ConsultationFlowIntegrationTest {

    static final String OFFICE = "11990101100100148H";
    static final String HOUSING = "119901011001003591";
    static final String HOUSING_RULES = "119901011001003591/2025-00101";
    static final String CONTACT = "13912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestClock clock;
    @Autowired
    ConsultationSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublishedDocuments documents;
    @Autowired
    List<IndicatorSource> indicators;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor editor() {
        return TestActors.as(Role.EDITOR, unit(OFFICE));
    }

    RequestPostProcessor leader() {
        return TestActors.as(Role.LEADER, unit(OFFICE));
    }

    ResultActions postJson(String path, RequestPostProcessor who, String json) throws Exception {
        var request = post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request);
    }

    String consultation(String opensOn, String closesOn, String shortReason) {
        return """
                {"unitId": %d, "title": "示例县测试管理办法（征求意见稿）", "draftText": "第一条 为了测试。\\n第二条 本办法适用于测试。",
                 "explanation": "起草说明：为了测试。", "normative": true, "opensOn": "%s", "closesOn": "%s",
                 "shortReason": %s, "email": "test@shixian.example", "letterAddress": "示例县人民大道2号"}"""
                .formatted(unit(OFFICE), opensOn, closesOn, shortReason == null ? "null" : "\"" + shortReason + "\"");
    }

    long create(String opensOn, String closesOn, String shortReason) throws Exception {
        String body = postJson("/api/v1/staff/consultations", editor(), consultation(opensOn, closesOn, shortReason))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    /** Each comment from an address of its own (the limit per address has its own test). */
    ResultActions comment(long id, String json) throws Exception {
        return postJson("/api/v1/consultations/" + id + "/comments", address(), json);
    }

    static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    static RequestPostProcessor address() {
        int n = ADDRESSES.incrementAndGet();
        return r -> {
            r.setRemoteAddr("10.73." + (n / 250) + "." + (n % 250 + 1));
            return r;
        };
    }

    long commentId(long id, String text) {
        return jdbc.sql("SELECT id FROM consultation_comment WHERE consultation_id = ? AND body = ?").params(id, text)
                .query(Long.class).single();
    }

    JsonNode item(String status, long id) throws Exception {
        String json = mvc.perform(get("/api/v1/consultations").param("status", status)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (JsonNode n : JsonMapper.shared().readTree(json).get("items")) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        return null;
    }

    String text(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long withoutFeedback(YearMonth month) {
        return indicators.stream().flatMap(s -> s.figures(month).stream())
                .filter(f -> f.code().equals("CONSULTATIONS_WITHOUT_FEEDBACK") && f.unitCode().equals(OFFICE))
                .mapToLong(IndicatorSource.UnitFigure::numerator).sum();
    }

    long audits(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND object_id = ? AND outcome = 'SUCCESS'")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void aConsultationIsOpenedCommentedOnClosedByTheSweepDecidedAndItsFeedbackPublishedWithCorrectCounts()
            throws Exception {
        long id = create("2026-06-20", "2026-07-20", null);
        postJson("/api/v1/staff/consultations/" + id + "/schedule", editor(), "").andExpect(status().isOk());
        assertThat(item("OPEN", id)).as("not public before its opening date").isNull();
        comment(id, "{\"contact\": \"" + CONTACT + "\", \"text\": \"早了\"}").andExpect(status().isNotFound());

        clock.setTo(LocalDateTime.of(2026, 6, 20, 0, 10));
        assertThat(sweep.sweep(LocalDate.of(2026, 6, 20)).opened()).isGreaterThanOrEqualTo(1);
        assertThat(item("OPEN", id).get("status").asString()).isEqualTo("OPEN");
        assertThat(audits("OPEN_CONSULTATION", id)).isEqualTo(1);

        comment(id, "{\"name\": \"张三\", \"contact\": \"" + CONTACT + "\", \"article\": \"第一条\", "
                + "\"text\": \"建议修改，可打我电话 " + CONTACT + " 或 13800138000。\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"));
        comment(id, "{\"contact\": \"reader@example.com\", \"article\": \"第一条\", \"text\": \"第二个意见\"}")
                .andExpect(status().isCreated());
        comment(id, "{\"contact\": \"0123-6100999\", \"text\": \"无关的广告\"}").andExpect(status().isCreated());
        comment(id, "{\"text\": \"没有联系方式\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andExpect(jsonPath("$.field").value("contact"));
        comment(id, "{\"contact\": \"随便\", \"text\": \"联系方式不对\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("contact"));
        comment(id, "{\"contact\": \"" + CONTACT + "\", \"text\": \"" + "长".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TOO_LONG"));
        assertThat(item("OPEN", id).get("commentCount").asLong()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT contact_enc FROM consultation_comment WHERE consultation_id = ?").param(id)
                .query(String.class).list()).as("contacts encrypted at rest").allMatch(c -> c.startsWith("sm4:"))
                .noneMatch(c -> c.contains(CONTACT));

        clock.setTo(LocalDateTime.of(2026, 7, 20, 23, 0));
        sweep.sweep(LocalDate.of(2026, 7, 20));
        assertThat(item("OPEN", id)).as("open through its closing date").isNotNull();
        clock.setTo(LocalDateTime.of(2026, 7, 21, 0, 10));
        assertThat(sweep.sweep(LocalDate.of(2026, 7, 21)).closed()).isGreaterThanOrEqualTo(1);
        assertThat(item("CLOSED", id).get("status").asString()).isEqualTo("CLOSED");
        comment(id, "{\"contact\": \"" + CONTACT + "\", \"text\": \"晚了\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSULTATION_CLOSED"));
        mvc.perform(get("/api/v1/consultations/" + id + "/feedback")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSULTATION_FEEDBACK_NOT_PUBLISHED"));
        long before = withoutFeedback(YearMonth.of(2026, 7));
        assertThat(before).as("closed without a published report").isGreaterThanOrEqualTo(1);

        long first = jdbc.sql("SELECT id FROM consultation_comment WHERE consultation_id = ? AND author_name = '张三'")
                .param(id).query(Long.class).single();
        long second = commentId(id, "第二个意见");
        long advert = commentId(id, "无关的广告");
        String base = "/api/v1/staff/consultations/" + id;
        postJson(base + "/feedback", editor(), "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSULTATION_FEEDBACK_INCOMPLETE"));
        postJson(base + "/comments/" + first + "/moderation", editor(), "{\"action\": \"PUBLISH\"}")
                .andExpect(status().isOk());
        postJson(base + "/comments/" + second + "/moderation", editor(), "{\"action\": \"PUBLISH\"}")
                .andExpect(status().isOk());
        postJson(base + "/comments/" + advert + "/moderation", editor(), "{\"action\": \"HIDE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        postJson(base + "/comments/" + advert + "/moderation", editor(), "{\"action\": \"HIDE\", \"reason\": \"广告\"}")
                .andExpect(status().isOk());
        postJson(base + "/comments/" + second + "/group", editor(), "{\"article\": \"第二条\"}")
                .andExpect(status().isOk());
        postJson(base + "/decisions", editor(), "{\"article\": \"第一条\", \"decision\": \"ADOPTED\", \"reason\": \"已修改\"}")
                .andExpect(status().isOk());
        postJson(base + "/feedback", editor(), "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSULTATION_FEEDBACK_INCOMPLETE"));
        postJson(base + "/decisions", editor(),
                "{\"article\": \"第二条\", \"decision\": \"PARTLY_ADOPTED\", \"reason\": \"部分吸收\"}")
                .andExpect(status().isOk());
        postJson(base + "/decisions", editor(),
                "{\"article\": \"总体意见\", \"decision\": \"NOT_ADOPTED\", \"reason\": \"与草案无关\"}")
                .andExpect(status().isOk());
        postJson(base + "/decisions", editor(), "{\"article\": \"第九条\", \"decision\": \"ADOPTED\", \"reason\": \"无\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("article"));
        postJson(base + "/feedback", editor(), "{\"summary\": \"感谢参与。\"}").andExpect(status().isOk());
        postJson(base + "/feedback/publication", editor(), "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSULTATION_FEEDBACK_NOT_APPROVED"));
        postJson(base + "/feedback/approval", editor(), "").andExpect(status().isForbidden());
        postJson(base + "/feedback/approval", leader(), "").andExpect(status().isOk());
        postJson(base + "/decisions", editor(), "{\"article\": \"第一条\", \"decision\": \"NOT_ADOPTED\", \"reason\": \"改\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("TRANSITION_NOT_ALLOWED"));
        postJson(base + "/feedback/publication", editor(), "").andExpect(status().isOk());

        mvc.perform(get("/api/v1/consultations/" + id + "/feedback")).andExpect(status().isOk())
                .andExpect(jsonPath("$.comments").value(3)).andExpect(jsonPath("$.adopted").value(1))
                .andExpect(jsonPath("$.partlyAdopted").value(1)).andExpect(jsonPath("$.notAdopted").value(1))
                .andExpect(jsonPath("$.groups.length()").value(3))
                .andExpect(jsonPath("$.groups[0].article").value("第一条"))
                .andExpect(jsonPath("$.groups[0].decision").value("ADOPTED"))
                .andExpect(jsonPath("$.groups[2].reason").value("与草案无关"));
        JsonNode closed = item("CLOSED", id);
        assertThat(closed.get("feedbackPublished").asBoolean()).isTrue();
        assertThat(closed.get("commentCount").asLong()).isEqualTo(3);
        assertThat(closed.get("unitCode").asString()).isEqualTo(OFFICE);
        assertThat(withoutFeedback(YearMonth.of(2026, 7))).isEqualTo(before - 1);
        assertThat(audits("PUBLISH_CONSULTATION_FEEDBACK", id)).isEqualTo(1);

        String page = text("/consultations/" + id);
        FormMarkup.assertWellFormed(page);
        assertThat(page).contains("张*", "138****8000", "联系方式已隐去", "第二个意见", "开始征求意见",
                "征求意见截止", "公布意见采纳情况反馈", "共收到意见 3 条，其中采纳 1 条，部分采纳 1 条，未采纳 1 条")
                .doesNotContain(CONTACT, "reader@example.com", "0123-6100999", "无关的广告", "张三");
        assertThat(text("/consultations/" + id + "/feedback")).contains("与草案无关", "部分吸收");
        assertThat(text("/api/v1/consultations") + text("/api/v1/consultations/" + id + "/feedback"))
                .doesNotContain(CONTACT, "reader@example.com");

        long finalDoc = documents.referencesByIndexNumber(List.of(HOUSING_RULES)).get(0).id();
        postJson(base + "/final-document", editor(), "{\"documentId\": " + finalDoc + "}").andExpect(status().isOk());
        assertThat(text("/openness/documents/" + finalDoc)).contains("公开征求意见", "/consultations/" + id);
        assertThat(text("/consultations/" + id)).contains("正式文件已公布");
    }

    @Test
    void aShortPeriodNeedsAReasonThatThePublicPageShows() throws Exception {
        postJson("/api/v1/staff/consultations", editor(), consultation("2026-06-15", "2026-06-25", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CONSULTATION_PERIOD_TOO_SHORT"))
                .andExpect(jsonPath("$.field").value("shortReason"));
        postJson("/api/v1/staff/consultations", editor(), consultation("2026-06-10", "2026-07-20", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("opensOn"));
        postJson("/api/v1/staff/consultations", editor(), consultation("2026-06-15", "2027-06-25", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("closesOn"));
        long id = create("2026-06-15", "2026-06-25", "上级要求在七月前出台");
        postJson("/api/v1/staff/consultations/" + id + "/schedule", editor(), "").andExpect(status().isOk());
        assertThat(item("OPEN", id)).as("opens at once on its opening date").isNotNull();
        assertThat(text("/consultations/" + id)).contains("缩短征求意见期限的理由", "上级要求在七月前出台");
    }

    @Test
    void anotherUnitsStaffNeitherSeeNorChangeAConsultation() throws Exception {
        long id = create("2026-06-16", "2026-07-16", null);
        RequestPostProcessor stranger = TestActors.as(Role.EDITOR, unit(HOUSING));
        mvc.perform(get("/api/v1/staff/consultations/" + id).with(stranger)).andExpect(status().isNotFound());
        postJson("/api/v1/staff/consultations/" + id + "/schedule", stranger, "").andExpect(status().isForbidden());
        postJson("/api/v1/staff/consultations", stranger, consultation("2026-06-16", "2026-07-16", null))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultations/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consultations/" + id + "/feedback")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consultations").param("status", "DRAFT")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void theFormKeepsWhatWasTypedWithTheReasonAtItsField() throws Exception {
        long id = create("2026-06-15", "2026-07-15", null);
        postJson("/api/v1/staff/consultations/" + id + "/schedule", editor(), "").andExpect(status().isOk());
        String refused = mvc.perform(post("/consultations/" + id + "/comments").with(csrf()).with(address())
                .param("name", "王五")
                .param("contact", "").param("article", "第二条").param("text", "我的意见"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        FormMarkup.assertWellFormed(refused);
        assertThat(refused).contains("请填写联系方式", "value=\"王五\"", "value=\"第二条\"", "我的意见",
                "aria-invalid=\"true\"");
        mvc.perform(post("/consultations/" + id + "/comments").with(csrf()).with(address())
                .param("contact", "13700001111").param("text", "我的意见")).andExpect(status().is3xxRedirection());
        assertThat(text("/consultations/" + id + "?sent=1")).contains("您的意见已收到");
    }

    @Test
    void commentsAreRateLimitedPerAddress() throws Exception {
        long id = create("2026-06-15", "2026-07-15", null);
        postJson("/api/v1/staff/consultations/" + id + "/schedule", editor(), "").andExpect(status().isOk());
        RequestPostProcessor one = address();
        String body = "{\"contact\": \"13700001111\", \"text\": \"同一地址\"}";
        for (int i = 0; i < 5; i++) {
            postJson("/api/v1/consultations/" + id + "/comments", one, body).andExpect(status().isCreated());
        }
        postJson("/api/v1/consultations/" + id + "/comments", one, body).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
        mvc.perform(post("/consultations/" + id + "/comments").with(csrf()).with(one).param("contact", "13700001111")
                .param("text", "表单")).andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theConsolePageOffersTheFormsTheStateAllowsAndShowsARefusalAtItsField() throws Exception {
        FormMarkup.assertWellFormed(mvc.perform(get("/console/consultations").with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String created = mvc.perform(post("/console/consultations").with(editor()).with(csrf())
                .param("unitId", String.valueOf(unit(OFFICE))).param("title", "控制台测试草案")
                .param("draftText", "第一条 测试。").param("explanation", "说明").param("normative", "true")
                .param("opensOn", "2026-06-15").param("closesOn", "2026-07-15"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = created.substring(created.indexOf("/console/"));
        assertThat(mvc.perform(get(page).with(editor())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"form-schedule\"")
                .doesNotContain("id=\"form-generate\"");
        mvc.perform(post(page + "/schedule").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        comment(id, "{\"contact\": \"13700001111\", \"text\": \"控制台意见\"}").andExpect(status().isCreated());
        long c = commentId(id, "控制台意见");
        String refused = mvc.perform(post(page + "/comments/" + c + "/moderation").with(editor()).with(csrf())
                .param("action", "HIDE").param("reason", "")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        FormMarkup.assertWellFormed(refused);
        assertThat(refused).contains("请填写不予公开的理由", "id=\"moderate-" + c + "-reason\"")
                .doesNotContain("13700001111");
        mvc.perform(get(page).with(TestActors.as(Role.EDITOR, unit(HOUSING)))).andExpect(status().isNotFound());
    }
}
