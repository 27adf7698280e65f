package org.gongkai.supervision.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue #15's proof of the monthly bulletin: a month (May 2022) of documents and disclosure requests imported through
 * the existing import APIs for three units (水利局 on time, 审计局 late, 司法局 with a request never decided), the
 * bulletin generated from the indicator table, edited by the supervisor, approved by the office head, published by
 * the supervisor; its PDF text (PDFBox) and DOCX text (POI) carry the 文号, the ranking rows and the red list; every
 * unit's staff got the inbox notice. Bad months, role and lifecycle refusals answer problem JSON and write nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulletinFlowIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办
    static final String WATER = "11990101100101052H"; // 水利局
    static final String AUDIT = "119901011001011918"; // 审计局
    static final String JUSTICE = "11990101100101335R"; // 司法局
    static final String STAFF = "/api/v1/staff/supervision/bulletins";
    static final String PUBLIC = "/api/v1/supervision/bulletins";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorTable.Tables tables;

    long bulletinId;

    long id(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    String name(String code) {
        return units.findByCreditCode(code).orElseThrow().name();
    }

    RequestPostProcessor supervisor() {
        return TestActors.as(Role.SUPERVISOR, id(OFFICE));
    }

    RequestPostProcessor officeHead() {
        return TestActors.as(Role.OFFICE_HEAD, id(OFFICE));
    }

    RequestPostProcessor clerk() {
        return TestActors.as(Role.EDITOR, id(WATER));
    }

    static String doc(String publisher, String title, String number, String writtenOn, String publishedOn) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"documentNumber\": \"%s\", \"writtenOn\": \"%s\", "
                + "\"publishedOn\": \"%s\", \"topic\": \"综合政务\\\\政务公开\", \"validity\": \"有效\", "
                + "\"body\": \"<p>正文</p>\"}\n").formatted(title, publisher, number, writtenOn, publishedOn);
    }

    static String request(String unit, String receivedOn, String decidedOn) {
        return ("{\"applicantType\": \"NATURAL_PERSON\", \"applicantName\": \"李四\", \"unitCode\": \"%s\", "
                + "\"channel\": \"LETTER\", \"receivedOn\": \"%s\", \"description\": \"通报测试\", \"events\": []"
                + (decidedOn == null ? "" : ", \"decisionCode\": \"DISCLOSED\", \"decidedOn\": \"" + decidedOn + "\"")
                + ", \"reviews\": []}\n").formatted(unit, receivedOn);
    }

    @BeforeAll
    void importAMonth() throws Exception {
        // on PostgreSQL all test contexts, and repeated runs, share one database: a bulletin of May 2022 from an
        // earlier run would refuse this one (one per month)
        jdbc.sql("DELETE FROM supervision_bulletin_event WHERE bulletin_id IN (SELECT id FROM supervision_bulletin "
                + "WHERE period = '2022-05')").update();
        jdbc.sql("DELETE FROM supervision_bulletin WHERE period = '2022-05'").update();
        RequestPostProcessor editor = TestActors.as(-1, "test-editors", Map.of(id(WATER), Set.of(Role.EDITOR),
                id(AUDIT), Set.of(Role.EDITOR)));
        int n = 1 + new java.util.Random().nextInt(90_000); // document numbers are unique: a new one per run
        String documents = doc(WATER, "通报水利" + n, "水通〔2022〕" + n + "号", "2022-05-05", "2022-05-06") // on time
                + doc(AUDIT, "通报审计" + n, "审通〔2022〕" + n + "号", "2022-03-01", "2022-05-10"); // after 20 WD
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(documents))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        RequestPostProcessor officer = TestActors.as(-1, "test-officers", Map.of(id(WATER),
                Set.of(Role.REQUEST_OFFICER), id(AUDIT), Set.of(Role.REQUEST_OFFICER), id(JUSTICE),
                Set.of(Role.REQUEST_OFFICER)));
        String ledger = request(WATER, "2022-05-09", "2022-05-10") // on time
                + request(AUDIT, "2022-03-01", "2022-05-10") // late
                + request(JUSTICE, "2022-04-20", null); // never decided: overdue at the end of May
        mvc.perform(post("/api/v1/staff/disclosure-requests/import").with(officer)
                        .contentType("application/x-ndjson").content(ledger))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE "
                + "completion_date IS NULL AND listener_id LIKE '%supervision%'").query(Long.class).single() == 0
                && tables.forPeriod(YearMonth.of(2022, 5)).units().stream()
                        .filter(u -> Set.of(WATER, AUDIT).contains(u.unitCode())).count() == 2);
    }

    long bulletins() {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_bulletin").query(Long.class).single();
    }

    long ledger() {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_bulletin_event").query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("SELECT status FROM supervision_bulletin WHERE id = ?").param(id).query(String.class).single();
    }

    ResultActions generate(String period, RequestPostProcessor who) throws Exception {
        return mvc.perform(post(STAFF).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(period == null ? "{}" : "{\"period\": \"" + period + "\"}"));
    }

    void refused(ResultActions result, int httpStatus, String code) throws Exception {
        result.andExpect(status().is(httpStatus))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    @Order(1)
    void badMonthsAndWrongRolesAreRefusedWithoutWriting() throws Exception {
        long before = bulletins();
        refused(generate("2022/05", supervisor()), 400, "INVALID_PERIOD");
        refused(generate("2022-13", supervisor()), 400, "INVALID_PERIOD");
        refused(generate("1999-12", supervisor()), 400, "INVALID_PERIOD");
        refused(generate("2026-06", supervisor()), 400, "INVALID_PERIOD"); // the test clock's month: not finished
        refused(generate("2027-01", supervisor()), 400, "INVALID_PERIOD");
        generate("2026-07", supervisor()).andExpect(jsonPath("$.field").value("period"));
        refused(generate(null, supervisor()), 400, "VALIDATION_FAILED");
        refused(generate("2022-05-01", supervisor()), 400, "TOO_LONG");
        // only the county office's supervisor generates
        refused(generate("2022-05", clerk()), 403, "FORBIDDEN");
        refused(generate("2022-05", officeHead()), 403, "FORBIDDEN");
        refused(generate("2022-05", TestActors.as(Role.SUPERVISOR, id(WATER))), 403, "FORBIDDEN");
        mvc.perform(post(STAFF).contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2022-05\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(bulletins()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aBulletinIsGeneratedEditedApprovedPublishedAndPrinted() throws Exception {
        String created = generate("2022-05", supervisor()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.bulletinId").isNumber())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).matches("\\{\"bulletinId\":\\d+,\"status\":\"DRAFT\"}");
        bulletinId = Long.parseLong(created.replaceAll("\\D", ""));
        String number = jdbc.sql("SELECT document_number FROM supervision_bulletin WHERE id = ?").param(bulletinId)
                .query(String.class).single();
        assertThat(number).matches("示政办督〔2026〕\\d+号");

        // one bulletin per month
        long count = bulletins();
        refused(generate("2022-05", supervisor()), 409, "BULLETIN_PERIOD_EXISTS");
        assertThat(bulletins()).isEqualTo(count);

        // a draft is not public; the office's staff read it
        mvc.perform(get(PUBLIC + "/" + bulletinId)).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/" + bulletinId + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/" + bulletinId).with(clerk())).andExpect(status().isNotFound());
        mvc.perform(get("/supervision/bulletins/" + bulletinId)).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/" + bulletinId).with(officeHead())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.content.redList").isArray());

        // publish before approval, approval by a clerk or the supervisor, edits with bad input: refused, nothing written
        long events = ledger();
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/publish").with(supervisor())), 409,
                "TRANSITION_NOT_ALLOWED");
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/approve").with(clerk())), 403, "FORBIDDEN");
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/approve").with(supervisor())), 403, "FORBIDDEN");
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/approve")
                .with(TestActors.as(Role.OFFICE_HEAD, id(WATER)))), 403, "FORBIDDEN");
        refused(edit(bulletinId, "", "总体情况", "工作要求", supervisor()), 400, "VALIDATION_FAILED");
        edit(bulletinId, "标题", "x".repeat(5001), "工作要求", supervisor()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("intro"));
        refused(edit(bulletinId, "标题", "总体情况", "工作要求", clerk()), 403, "FORBIDDEN");
        refused(mvc.perform(post(STAFF + "/999999/approve").with(officeHead())), 404, "NOT_FOUND");
        assertThat(statusOf(bulletinId)).isEqualTo("DRAFT");
        assertThat(ledger()).isEqualTo(events);

        // the supervisor edits the draft
        edit(bulletinId, "关于2022年5月政务公开工作考核情况的通报", "五月份全县政务公开考核情况如下。\n请各单位对照检查。",
                "请红榜单位十个工作日内报送整改报告。", supervisor())
                .andExpect(status().isOk()).andExpect(jsonPath("$.intro").value("五月份全县政务公开考核情况如下。\n请各单位对照检查。"));

        // the office head approves; then no more edits, no second approval
        mvc.perform(post(STAFF + "/" + bulletinId + "/approve").with(officeHead())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        refused(edit(bulletinId, "标题", "总体情况", "工作要求", supervisor()), 409, "TRANSITION_NOT_ALLOWED");
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/approve").with(officeHead())), 409,
                "TRANSITION_NOT_ALLOWED");
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/publish").with(officeHead())), 403, "FORBIDDEN");

        // the supervisor publishes
        mvc.perform(post(STAFF + "/" + bulletinId + "/publish").with(supervisor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        assertThat(jdbc.sql("SELECT action FROM supervision_bulletin_event WHERE bulletin_id = ? ORDER BY id")
                .param(bulletinId).query(String.class).list()).containsExactly("GENERATE", "EDIT", "APPROVE", "PUBLISH");
        for (String action : List.of("GENERATE_BULLETIN", "EDIT_BULLETIN", "APPROVE_BULLETIN", "PUBLISH_BULLETIN")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND outcome = 'SUCCESS' AND "
                    + "object_id = ?").params(action, String.valueOf(bulletinId)).query(Long.class).single())
                    .as(action).isEqualTo(1);
        }

        // public now: JSON, portal page, PDF and DOCX
        IndicatorTable table = tables.forPeriod(YearMonth.of(2022, 5));
        IndicatorTable.UnitRow water = row(table, WATER);
        IndicatorTable.UnitRow audit = row(table, AUDIT);
        assertThat(water.score()).isEqualByComparingTo("50");
        assertThat(audit.score()).isEqualByComparingTo("0");
        assertThat(water.light()).isEqualTo(IndicatorTable.Light.RED); // below 60 by default
        assertThat(audit.light()).isEqualTo(IndicatorTable.Light.RED);
        assertThat(audit.rank()).isGreaterThan(water.rank());

        mvc.perform(get(PUBLIC + "/" + bulletinId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.documentNumber").value(number))
                .andExpect(jsonPath("$.content.redList").value(org.hamcrest.Matchers.hasItems(name(WATER), name(AUDIT))));
        mvc.perform(get(PUBLIC)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.bulletinId == " + bulletinId + ")].documentNumber").value(number));
        String page = mvc.perform(get("/supervision/bulletins/" + bulletinId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(number, name(WATER), name(AUDIT), "<caption>", "scope=\"col\"", "五月份全县政务公开考核情况如下。");
        assertThat(mvc.perform(get("/supervision/bulletins")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/supervision/bulletins/" + bulletinId);

        byte[] pdf = mvc.perform(get(PUBLIC + "/" + bulletinId + ".pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/bulletin-flow.pdf"), pdf); // to look at, not asserted
        String pdfText;
        try (var document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
        }
        String flat = pdfText.replaceAll("\\s+", "");
        assertPrinted(flat, number, table, water, audit);

        byte[] docx = mvc.perform(get(PUBLIC + "/" + bulletinId + ".docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String docxText;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            docxText = extractor.getText();
        }
        assertPrinted(docxText.replaceAll("\\s+", ""), number, table, water, audit);

        // every unit's staff is told in the inbox, once per unit; another run of the listener adds nothing
        Set<Long> county = new HashSet<>();
        units.findAll().stream().filter(u -> !u.isExternalIssuer()).forEach(u -> county.add(u.id()));
        long expected = staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .mapToLong(s -> s.unitRoles().entrySet().stream()
                        .filter(e -> county.contains(e.getKey()) && !e.getValue().isEmpty()).count()).sum();
        assertThat(expected).isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox() == expected);
        long editor = staff.findAll().stream().filter(s -> s.username().equals("editor")).findFirst().orElseThrow().id();
        assertThat(jdbc.sql("SELECT body FROM notify_inbox WHERE staff_id = ? AND kind = 'SUPERVISION_BULLETIN' AND "
                        + "dedupe_key LIKE ?").params(editor, "SUPERVISION_BULLETIN:" + bulletinId + ":%")
                .query(String.class).list())
                .hasSize(2).anySatisfy(b -> assertThat(b).contains(number, "示例县财政局", "/supervision/bulletins/" + bulletinId));
    }

    @Test
    @Order(3)
    void aPublishedBulletinCannotChangeAnyMore() throws Exception {
        long events = ledger();
        refused(mvc.perform(post(STAFF + "/" + bulletinId + "/publish").with(supervisor())), 409,
                "TRANSITION_NOT_ALLOWED");
        refused(edit(bulletinId, "标题", "总体情况", "工作要求", supervisor()), 409, "TRANSITION_NOT_ALLOWED");
        assertThat(ledger()).isEqualTo(events);
        assertThat(statusOf(bulletinId)).isEqualTo("PUBLISHED");
    }

    long inbox() {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE dedupe_key LIKE ?")
                .param("SUPERVISION_BULLETIN:" + bulletinId + ":%").query(Long.class).single();
    }

    ResultActions edit(long id, String title, String intro, String remarks, RequestPostProcessor who) throws Exception {
        String body = "{\"title\": \"" + title + "\", \"intro\": \"" + intro.replace("\n", "\\n") + "\", \"remarks\": \""
                + remarks + "\"}";
        return mvc.perform(put(STAFF + "/" + id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static IndicatorTable.UnitRow row(IndicatorTable table, String code) {
        return table.units().stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow();
    }

    /** The 文号, the red list, every ranking row (名次 单位 得分 等次) and the overdue request of 司法局. */
    void assertPrinted(String flat, String number, IndicatorTable table, IndicatorTable.UnitRow water,
            IndicatorTable.UnitRow audit) {
        assertThat(flat).contains(number, "示例县人民政府办公室", "关于2022年5月政务公开工作考核情况的通报",
                "印发", "五月份全县政务公开考核情况如下。");
        String red = flat.substring(flat.indexOf("红榜单位："));
        red = red.substring(0, red.indexOf("黄榜单位："));
        assertThat(red).contains(name(WATER), name(AUDIT));
        for (IndicatorTable.UnitRow r : table.units()) {
            assertThat(flat).as("ranking row of " + r.unitCode()).contains(r.rank() + name(r.unitCode())
                    + r.score().setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        assertThat(flat).contains(water.rank() + name(WATER) + "50.00红榜", audit.rank() + name(AUDIT) + "0.00红榜");
        assertThat(flat).contains("依申请公开", name(JUSTICE));
    }
}
