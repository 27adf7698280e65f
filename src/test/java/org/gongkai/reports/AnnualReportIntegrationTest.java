package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of requests for a fresh unit, live and imported, and the report built from it: every cell of tables 三
 * and 四, table 二, the checks, the workflow with frozen numbers, publication and the downloads.
 */
@IntegrationTest
class AnnualReportIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService requests;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    ApplicationInput input(TestUnit unit, String type, String name, String description) {
        boolean person = type.equals("NATURAL_PERSON");
        return new ApplicationInput(type, name, person ? "11010519491231002X" : null,
                person ? null : ReportFixtures.FINANCE, "13912345678", null, "示例县某路1号", unit.code(), description,
                "PAPER", "POST");
    }

    /** Returns the tracking number of the live request that is still open at the end of 2021. */
    String buildYear(TestUnit unit) throws Exception {
        TestActor officer = ReportFixtures.officer(unit);
        // a: received 2020, decided 2021 → 上年结转 and （一）, natural person
        String a = requests.register(officer, input(unit, "NATURAL_PERSON", "张三", "征地补偿方案"), Channel.LETTER,
                d("2020-12-10")).trackingNumber();
        requests.decide(officer, a, d("2021-01-05"), DecisionCode.DISCLOSED, "已公开");
        // b: commercial, withheld (third party), reconsideration upheld
        String b = requests.register(officer, input(unit, "COMMERCIAL_ENTERPRISE", "示例科技有限公司", "扶持资金"),
                Channel.ONLINE, d("2021-03-01")).trackingNumber();
        requests.decide(officer, b, d("2021-03-20"), DecisionCode.WITHHELD_THIRD_PARTY_RIGHTS, "商业秘密");
        requests.recordReview(officer, b, ReviewKind.RECONSIDERATION, d("2021-04-01"), ReviewResult.UPHELD);
        // c: natural person, partly disclosed, lawsuit pending
        String c = requests.register(officer, input(unit, "NATURAL_PERSON", "李四", "拆迁档案"), Channel.IN_PERSON,
                d("2021-05-06")).trackingNumber();
        requests.decide(officer, c, d("2021-05-20"), DecisionCode.PARTIALLY_DISCLOSED, "部分涉及个人隐私");
        requests.recordReview(officer, c, ReviewKind.LITIGATION_DIRECT, d("2021-06-01"), ReviewResult.PENDING);
        // d: research institution, still open at year end → 结转下年度
        String open = requests.register(officer, input(unit, "RESEARCH_INSTITUTION", "示例大学", "统计数据"),
                Channel.EMAIL, d("2021-12-20")).trackingNumber();
        // e: natural person, withdrawn → （六）3.其他
        String e = requests.register(officer, input(unit, "NATURAL_PERSON", "王五", "规划图"), Channel.LETTER,
                d("2021-06-01")).trackingNumber();
        requests.withdraw(officer, e, d("2021-06-10"), "不再需要");

        String ledger = """
                {"applicantType": "LEGAL_SERVICE_ORGANISATION", "applicantName": "示例律师事务所", "unitCode": "%1$s", "channel": "LETTER", "receivedOn": "2021-02-01", "description": "处罚决定", "events": [], "decisionCode": "UNAVAILABLE_NOT_HELD", "decidedOn": "2021-02-20", "reviews": [{"kind": "LITIGATION_AFTER_RECONSIDERATION", "filedOn": "2021-08-01", "result": "CORRECTED"}]}
                {"applicantType": "PUBLIC_INTEREST_ORGANISATION", "applicantName": "示例公益协会", "unitCode": "%1$s", "channel": "LETTER", "receivedOn": "2020-11-02", "description": "环评报告", "events": [], "decisionCode": "DISCLOSED", "decidedOn": "2020-11-20", "reviews": []}
                {"applicantType": "OTHER_ORGANISATION", "applicantName": "示例村股份经济合作社", "unitCode": "%1$s", "channel": "LETTER", "receivedOn": "2021-07-01", "description": "重复的申请", "events": [], "decisionCode": "NOT_HANDLED_REPEATED", "decidedOn": "2022-01-10", "reviews": []}
                {"applicantType": "NATURAL_PERSON", "applicantName": "赵六", "unitCode": "%1$s", "channel": "LETTER", "receivedOn": "2020-12-28", "description": "未办结的申请", "events": []}
                {"applicantType": "NATURAL_PERSON", "applicantName": "钱七", "unitCode": "%1$s", "channel": "IN_PERSON", "receivedOn": "2021-09-01", "description": "不清楚的申请", "events": [{"type": "CORRECTION_REQUESTED", "on": "2021-09-02"}], "decisionCode": "OTHER_NO_CORRECTION", "decidedOn": "2021-09-30", "reviews": [{"kind": "RECONSIDERATION", "filedOn": "2022-01-05", "result": "PENDING"}]}
                """.formatted(unit.code());
        mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                .with(TestActors.as(-2, "test-officer", Map.of(unit.id(), java.util.Set.of(org.gongkai.common.Role.REQUEST_OFFICER))))
                .contentType("application/x-ndjson").content(ledger)).andExpect(status().isOk());
        return open;
    }

    /**
     * Table 二 comes from the real catalogue: in 2021 the unit issues one 规章 and two 行政规范性文件 and keeps one
     * normative document from 2020 in force; a notice does not count. (Repeal dates are covered by
     * CatalogueStatisticsTest, since a repeal takes effect on the day it is recorded.)
     */
    void publishNormativeDocuments(TestUnit unit, TestActor officer) throws Exception {
        String lines = document(unit, "规章", "2021-03-01") + "\n" + document(unit, "行政规范性文件", "2021-04-01") + "\n"
                + document(unit, "行政规范性文件", "2021-09-01") + "\n" + document(unit, "行政规范性文件", "2020-06-01")
                + "\n" + document(unit, "其他主动公开信息", "2021-05-01") + "\n";
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(lines.getBytes(StandardCharsets.UTF_8))
                        .with(TestActors.as(-2, "officer", officer.unitRoles())))
                .andExpect(status().isOk());
    }

    private static String document(TestUnit unit, String category, String publishedOn) {
        return ("{\"title\": \"%s%s\", \"publisherCode\": \"%s\", \"writtenOn\": \"%s\", \"publishedOn\": \"%s\","
                + " \"topic\": \"综合政务\\\\政务公开\", \"category\": \"%s\", \"validity\": \"有效\", \"body\": \"正文\"}")
                .formatted(unit.name(), category + publishedOn, unit.code(), publishedOn, publishedOn, category);
    }

    static Map<String, Map<String, Long>> expectedTable3() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String row : ReportLayout.table3Rows(ReportFormat.F2021)) {
            Map<String, Long> cells = new LinkedHashMap<>();
            ReportLayout.COLUMNS.forEach(col -> cells.put(col, 0L));
            out.put(row, cells);
        }
        set(out, "NEW_THIS_YEAR", "NATURAL_PERSON", 3, "COMMERCIAL_ENTERPRISE", 1, "RESEARCH_INSTITUTION", 1,
                "LEGAL_SERVICE_ORGANISATION", 1, "OTHER_ORGANISATION", 1, "TOTAL", 7);
        set(out, "CARRIED_OVER_FROM_LAST_YEAR", "NATURAL_PERSON", 2, "TOTAL", 2);
        set(out, "DISCLOSED", "NATURAL_PERSON", 1, "TOTAL", 1);
        set(out, "PARTIALLY_DISCLOSED", "NATURAL_PERSON", 1, "TOTAL", 1);
        set(out, "WITHHELD_THIRD_PARTY_RIGHTS", "COMMERCIAL_ENTERPRISE", 1, "TOTAL", 1);
        set(out, "UNAVAILABLE_NOT_HELD", "LEGAL_SERVICE_ORGANISATION", 1, "TOTAL", 1);
        set(out, "OTHER_NO_CORRECTION", "NATURAL_PERSON", 1, "TOTAL", 1);
        set(out, "OTHER", "NATURAL_PERSON", 1, "TOTAL", 1);
        set(out, "TOTAL_HANDLED", "NATURAL_PERSON", 4, "COMMERCIAL_ENTERPRISE", 1, "LEGAL_SERVICE_ORGANISATION", 1,
                "TOTAL", 6);
        set(out, "CARRIED_TO_NEXT_YEAR", "NATURAL_PERSON", 1, "RESEARCH_INSTITUTION", 1, "OTHER_ORGANISATION", 1,
                "TOTAL", 3);
        return out;
    }

    static Map<String, Map<String, Long>> expectedTable4() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String kind : ReportLayout.TABLE4_KINDS) {
            Map<String, Long> cells = new LinkedHashMap<>();
            ReportLayout.TABLE4_RESULTS.forEach(r -> cells.put(r, 0L));
            out.put(kind, cells);
        }
        set(out, "RECONSIDERATION", "UPHELD", 1, "TOTAL", 1);
        set(out, "LITIGATION_DIRECT", "PENDING", 1, "TOTAL", 1);
        set(out, "LITIGATION_AFTER_RECONSIDERATION", "CORRECTED", 1, "TOTAL", 1);
        return out;
    }

    static void set(Map<String, Map<String, Long>> table, String row, Object... columnValue) {
        for (int i = 0; i < columnValue.length; i += 2) {
            table.get(row).put((String) columnValue[i], ((Number) columnValue[i + 1]).longValue());
        }
    }

    record Json(String unitCode, int year, String format, String status, Map<String, Map<String, Object>> table2,
            Map<String, Map<String, Long>> table3, Map<String, Map<String, Long>> table4,
            List<Map<String, Object>> checks) {}

    Json apiAs(TestUnit unit, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        var request = get("/api/v1/annual-reports/{u}/2021", unit.code());
        if (who != null) {
            request.with(who);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readValue(body, new TypeReference<Json>() {});
    }

    @Test
    void aYearOfLiveAndImportedRequestsFillsEveryCellOfTablesThreeAndFour() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "统计测试局");
        buildYear(unit);
        TestActor officer = ReportFixtures.officer(unit);
        reports.saveEntries(officer, unit.code(), 2021, "12", "340", "5", "1.2345");
        publishNormativeDocuments(unit, officer);

        Json json = apiAs(unit, TestActors.as(-2, "officer", officer.unitRoles()));

        assertThat(json.unitCode()).isEqualTo(unit.code());
        assertThat(json.year()).isEqualTo(2021);
        assertThat(json.format()).isEqualTo("2021");
        assertThat(json.status()).isEqualTo("DRAFT");
        assertThat(json.table3()).isEqualTo(expectedTable3());
        assertThat(json.table3().keySet()).hasSize(25).startsWith("NEW_THIS_YEAR", "CARRIED_OVER_FROM_LAST_YEAR")
                .endsWith("TOTAL_HANDLED", "CARRIED_TO_NEXT_YEAR");
        assertThat(json.table4()).isEqualTo(expectedTable4());
        assertThat(json.table2().get("RULES")).containsEntry("ISSUED", 1).containsEntry("REPEALED", 0)
                .containsEntry("IN_FORCE", 1);
        assertThat(json.table2().get("NORMATIVE_DOCUMENTS")).containsEntry("ISSUED", 2).containsEntry("REPEALED", 0)
                .containsEntry("IN_FORCE", 3);
        assertThat(json.table2().get("ADMINISTRATIVE_LICENSING")).containsEntry("DECISIONS", 12);
        assertThat(json.table2().get("ADMINISTRATIVE_PENALTY")).containsEntry("DECISIONS", 340);
        assertThat(json.table2().get("ADMINISTRATIVE_COERCION")).containsEntry("DECISIONS", 5);
        assertThat(json.table2().get("ADMINISTRATIVE_FEES")).containsEntry("AMOUNT_FEN", 1234500)
                .containsEntry("AMOUNT_TEN_THOUSAND_YUAN", 1.2345);
        assertThat(json.checks()).isNotEmpty().allMatch(c -> Boolean.TRUE.equals(c.get("ok")));
        assertThat(json.checks().get(0)).containsOnlyKeys("name", "ok");
    }

    @Test
    void submissionFreezesTheNumbersAndALaterLedgerChangeShowsAsADifference() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "流程测试局");
        String open = buildYear(unit);
        TestActor officer = ReportFixtures.officer(unit);
        TestActor supervisor = ReportFixtures.supervisor(jdbc);

        // unpublished: 404 for the public and for staff of other units
        mvc.perform(get("/api/v1/annual-reports/{u}/2021", unit.code())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/annual-reports/{u}/2021", unit.code())
                .with(TestActors.as(org.gongkai.common.Role.EDITOR, ReportFixtures.unitId(jdbc, ReportFixtures.FINANCE))))
                .andExpect(status().isNotFound());

        ReportFixtures.writeNarrative(reports, officer, unit, 2021);
        assertThat(reports.submit(officer, unit.code(), 2021).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> reports.approve(officer, unit.code(), 2021)).isInstanceOfSatisfying(
                GongkaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> reports.saveNarrative(officer, unit.code(), 2021, "x", "y", "z"))
                .isInstanceOf(GongkaiException.class);

        // returned with comments → editable again, resubmitted, approved by the county office, published
        ReportView returned = reports.returnForChanges(supervisor, unit.code(), 2021, "请补充存在的问题");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("请补充存在的问题");
        reports.saveNarrative(officer, unit.code(), 2021, "总体情况。", "存在的问题：人员不足。", "本年度未收取信息处理费。");
        reports.submit(officer, unit.code(), 2021);
        reports.approve(supervisor, unit.code(), 2021);
        mvc.perform(get("/api/v1/annual-reports/{u}/2021", unit.code())).andExpect(status().isNotFound());
        assertThat(reports.publish(officer, unit.code(), 2021).status()).isEqualTo(ReportStatus.PUBLISHED);

        // a later change to the ledger: the published numbers stay, staff see the difference
        requests.decide(officer, open, d("2021-12-30"), DecisionCode.DISCLOSED, "补录答复");
        Json published = apiAs(unit, null);
        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.table3()).isEqualTo(expectedTable3());
        ReportView staffView = reports.view(officer, unit.code(), 2021);
        assertThat(staffView.differences()).contains("表三“（一）予以公开”/“科研机构”：报送时 0，台账现为 1",
                "表三“四、结转下年度继续办理”/“科研机构”：报送时 1，台账现为 0");
        assertThat(staffView.narrative().problems()).isEqualTo("存在的问题：人员不足。");

        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE object_id = :o ORDER BY seq")
                .param("o", unit.code() + "/2021").query(String.class).list())
                .containsSubsequence("SUBMIT_REPORT", "RETURN_REPORT", "EDIT_REPORT_NARRATIVE", "SUBMIT_REPORT",
                        "APPROVE_REPORT", "PUBLISH_REPORT");
        // the officer's refused approval is on the record too
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :o AND action = 'APPROVE_REPORT'"
                        + " AND outcome = 'REFUSED'")
                .param("o", unit.code() + "/2021").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDownloadsCarryTheExactTableLabels() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "下载测试局");
        buildYear(unit);
        TestActor officer = ReportFixtures.officer(unit);
        ReportFixtures.writeNarrative(reports, officer, unit, 2021);
        reports.submit(officer, unit.code(), 2021);
        reports.approve(ReportFixtures.supervisor(jdbc), unit.code(), 2021);
        reports.publish(officer, unit.code(), 2021);
        String base = "/openness/annual-reports/" + unit.code() + "/2021";
        List<String> labels = List.of("二、主动公开政府信息情况", "第二十条第（一）项", "本年制发件数", "行政事业性收费",
                "本年收费金额（单位：万元）", "三、收到和处理政府信息公开申请情况", ReportLayout.TABLE3_CORNER, "申请人情况",
                "法人或其他组织", "社会公益组织", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
                "3.危及“三安全一稳定”", "5.要求行政机关确认或重新出具已获取信息",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（七）总计", "四、结转下年度继续办理",
                "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持",
                "结果纠正", "其他结果", "尚未审结", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

        byte[] pdf = mvc.perform(get(base + "/report.pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            for (String label : labels) {
                assertThat(text).as(label).contains(label.replaceAll("\\s", ""));
            }
        }
        byte[] docx = mvc.perform(get(base + "/report.docx")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            labels.forEach(label -> assertThat(text).as(label).contains(label));
        }
        byte[] xlsx = mvc.perform(get(base + "/report.xlsx")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ReportLayout.TABLE3_CORNER);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(sheet.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(7.0);
        }
        mvc.perform(get("/openness/annual-reports/" + unit.code())).andExpect(status().isOk());
        mvc.perform(get(base)).andExpect(status().isOk());
    }

    static String table3Json(Map<String, Map<String, Long>> t3) {
        return JSON.writeValueAsString(t3);
    }

    @Test
    void anEnteredEarlierReportThatDoesNotAddUpIsRefused() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "录入测试局");
        var officerLogin = TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
        String broken = """
                {"format": "2021", "table2": {"ADMINISTRATIVE_FEES": {"AMOUNT_TEN_THOUSAND_YUAN": 0.5}},
                 "table3": {"NEW_THIS_YEAR": {"NATURAL_PERSON": 5, "TOTAL": 5},
                            "DISCLOSED": {"NATURAL_PERSON": 3, "TOTAL": 3},
                            "TOTAL_HANDLED": {"NATURAL_PERSON": 3, "TOTAL": 3},
                            "CARRIED_TO_NEXT_YEAR": {"NATURAL_PERSON": 1, "TOTAL": 1}},
                 "table4": {}, "overview": "2020年总体情况", "problems": "", "otherMatters": "", "publishedOn": "2021-01-20"}""";
        mvc.perform(post("/api/v1/annual-reports/{u}/2020", unit.code()).with(officerLogin)
                .contentType("application/json").content(broken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("checks"));
        mvc.perform(get("/api/v1/annual-reports/{u}/2020", unit.code())).andExpect(status().isNotFound());

        // the same year in the 2019 format with （六）其他处理 as one row, adding up: accepted and public
        String valid2019 = """
                {"format": "2019", "table2": {},
                 "table3": {"NEW_THIS_YEAR": {"NATURAL_PERSON": 5, "TOTAL": 5},
                            "DISCLOSED": {"NATURAL_PERSON": 3, "TOTAL": 3},
                            "OTHER_PROCESSING": {"NATURAL_PERSON": 1, "TOTAL": 1},
                            "TOTAL_HANDLED": {"NATURAL_PERSON": 4, "TOTAL": 4},
                            "CARRIED_TO_NEXT_YEAR": {"NATURAL_PERSON": 1, "TOTAL": 1}},
                 "table4": {"RECONSIDERATION": {"UPHELD": 1, "TOTAL": 1}}, "overview": "2020年总体情况",
                 "problems": "无", "otherMatters": "无", "publishedOn": "2021-01-20"}""";
        mvc.perform(post("/api/v1/annual-reports/{u}/2020", unit.code()).with(officerLogin)
                .contentType("application/json").content(valid2019)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("2019")).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/annual-reports/{u}/2020", unit.code())).andExpect(status().isOk())
                .andExpect(jsonPath("$.table3.OTHER_PROCESSING.TOTAL").value(1));

        // year on year: this year's draft compares with last year's entered report
        TestActor officer = ReportFixtures.officer(unit);
        requests.register(officer, input(unit, "NATURAL_PERSON", "张三", "年度比较"), Channel.LETTER, d("2021-04-01"));
        assertThat(reports.view(officer, unit.code(), 2021).narrative().overview())
                .contains("本年新收政府信息公开申请1件，上年5件，比上年减少4件（下降80%）");
    }

    @Test
    void aDraftThatFailsACheckCannotBeSubmitted() {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "负数测试局");
        TestActor officer = ReportFixtures.officer(unit);
        assertThatThrownBy(() -> reports.saveEntries(officer, unit.code(), 2021, "-1", "", "", ""))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.field()).isEqualTo("licensing"));
        assertThatThrownBy(() -> reports.saveEntries(officer, unit.code(), 2021, "", "", "", "1.23456"))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.field()).isEqualTo("fees"));
    }

    @Test
    void aRefusedConsoleActionShowsTheReportAgainWithWhatWasTypedAndTheReason() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "拒绝显示测试局");
        var login = TestActors.as(-2, "officer", ReportFixtures.officer(unit).unitRoles());
        String base = "/console/reports/" + unit.code() + "/2021";
        mvc.perform(post(base + "/entries").with(login).with(csrf()).param("licensing", "-1").param("penalties", "77")
                        .param("coercion", "").param("fees", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("数量不能为负数"), containsString("value=\"77\""),
                        containsString("id=\"licensing-error\""))));
        // a draft offers submission, not approval or publication; asking for publication anyway is refused on the page
        mvc.perform(get(base).with(login)).andExpect(content().string(allOf(containsString(base + "/submit"),
                not(containsString(base + "/approve")), not(containsString(base + "/publish")))));
        mvc.perform(post(base + "/publish").with(login).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年度报告尚未报送")));
        assertThat(jdbc.sql("SELECT outcome FROM audit_record WHERE object_id = :o AND action = 'ENTER_REPORT_ENTRIES'")
                .param("o", unit.code() + "/2021").query(String.class).list()).containsExactly("REFUSED");
    }

    @Test
    void theSupervisorSeesEveryUnitAgainstItsDeadlineAndTheCountyTotal() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "总览测试局");
        buildYear(unit);
        ReportService.Overview overview = reports.overview(ReportFixtures.supervisor(jdbc), 2021);
        ReportService.OverviewRow row = overview.rows().stream().filter(r -> r.unit().id() == unit.id()).findFirst()
                .orElseThrow();
        assertThat(row.state()).isEqualTo("NOT_STARTED");
        assertThat(row.deadline()).isEqualTo(d("2022-01-31"));
        assertThat(row.late()).isTrue();
        assertThat(overview.rows()).anyMatch(r -> r.unit().creditCode().equals(ReportFixtures.COUNTY)
                && r.deadline().equals(d("2022-03-31")));
        assertThat(overview.total().t3(ReportLayout.NEW_THIS_YEAR, ReportLayout.TOTAL)).isGreaterThanOrEqualTo(7);
        assertThat(ReportChecks.allPass(ReportChecks.of(overview.total()))).isTrue();

        mvc.perform(get("/console/reports").param("year", "2021").with(TestActors.as(-3, "supervisor",
                ReportFixtures.supervisor(jdbc).unitRoles()))).andExpect(status().isOk());
        mvc.perform(get("/console/reports/{u}/2021", unit.code()).with(TestActors.as(-2, "officer",
                ReportFixtures.officer(unit).unitRoles()))).andExpect(status().isOk());
    }
}
