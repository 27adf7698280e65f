package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * #10: what the report outputs show. Every page of a draft's PDF says 草稿 and a published report's none; table 三's
 * header rows are repeated on every page the table spans and never left alone at the foot of a page; every time
 * shown (HTML, PDF, DOCX, XLSX) is Beijing time — the clock is put at 07:30 in Beijing, which is still the day
 * before (23:30) in UTC, so a time rendered in UTC fails these tests.
 */
@IntegrationTest
class ReportOutputsTest {

    /** 2026-06-15 07:30 in Beijing = 2026-06-14 23:30 UTC. */
    static final LocalDateTime EARLY = LocalDateTime.of(2026, 6, 15, 7, 30);
    static final String BEIJING = "2026-06-15 07:30";
    static final String UTC = "2026-06-14 23:3";

    /** Short texts only the body of table 三 prints, from its first rows to its last. */
    static final List<String> TABLE3_BODY = List.of("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "属于国家秘密",
            "属于行政执法案卷", "信访举报投诉类申请", "（七）总计", "结转下年度继续办理");
    /** Header cells that never wrap (a wrapped cell's lines interleave with its neighbours' in the text). */
    static final List<String> TABLE3_HEADER = List.of("申请人情况", "法人或其他组织");

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    RequestPostProcessor officer(TestUnit unit) {
        return TestActors.as(-2, "outputs-officer-" + unit.id(), ReportFixtures.officer(unit).unitRoles());
    }

    byte[] download(String url, RequestPostProcessor who) throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The text of each page, whitespace removed (table cells wrap). */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc).replaceAll("\\s", ""));
            }
        }
        return out;
    }

    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "report-pdfs");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    /** A long narrative, so that table 三 starts low on a page and runs over onto the next. */
    void writeLongNarrative(TestUnit unit, int year) {
        String overview = String.join("\n", java.util.Collections.nCopies(9,
                "本年度严格执行《中华人民共和国政府信息公开条例》，健全主动公开目录，规范依申请公开办理流程，按时答复申请人，"
                        + "加强公开平台建设和人员培训，政务公开工作质量稳步提升。"));
        reports.saveNarrative(ReportFixtures.officer(unit), unit.code(), year, overview, "存在的主要问题：人员不足。改进情况：加强培训。",
                "本年度未收取信息处理费。");
    }

    @Test
    void everyPageOfADraftSaysDraftAndAPublishedReportsPagesDoNot() throws Exception {
        clock.setTo(EARLY);
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "水务局");
        writeLongNarrative(unit, 2025);
        String console = "/console/reports/" + unit.code() + "/2025";

        byte[] draft = download(console + "/report.pdf", officer(unit));
        keep("draft.pdf", draft);
        List<String> draftPages = pages(draft);
        assertThat(draftPages).hasSizeGreaterThanOrEqualTo(2);
        for (int p = 0; p < draftPages.size(); p++) {
            assertThat(draftPages.get(p)).as("page %d of the draft", p + 1).contains("草稿")
                    .contains("生成于" + BEIJING.replace(" ", "") + "（北京时间）").doesNotContain(UTC.replace(" ", ""))
                    .contains("—" + (p + 1) + "—"); // GB/T 9704 page number (#10), whitespace removed
        }

        reports.submit(ReportFixtures.officer(unit), unit.code(), 2025);
        byte[] submitted = download(console + "/report.pdf", officer(unit));
        assertThat(pages(submitted)).allSatisfy(page -> assertThat(page).contains("草稿（已报送，待审核）"));
        reports.approve(ReportFixtures.supervisor(jdbc), unit.code(), 2025);
        reports.publish(ReportFixtures.officer(unit), unit.code(), 2025);

        byte[] published = download("/openness/annual-reports/" + unit.code() + "/2025/report.pdf", null);
        keep("published.pdf", published);
        List<String> publishedPages = pages(published);
        assertThat(publishedPages).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(page -> assertThat(page).doesNotContain("草稿"));
        assertThat(publishedPages.get(0)).contains("数据锁定时间：" + BEIJING.replace(" ", "") + "（北京时间）")
                .doesNotContain(UTC.replace(" ", ""));
    }

    @Test
    void tableThreesHeaderIsRepeatedOnEveryPageItSpansAndNeverLeftAlone() throws Exception {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "表头分页局");
        writeLongNarrative(unit, 2025);
        byte[] pdf = download("/console/reports/" + unit.code() + "/2025/report.pdf", officer(unit));
        keep("table3.pdf", pdf);
        List<String> pages = pages(pdf);
        List<Integer> spanned = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            boolean body = TABLE3_BODY.stream().anyMatch(page::contains);
            boolean header = page.contains(TABLE3_HEADER.get(0));
            if (body) {
                spanned.add(p + 1);
                assertThat(page).as("table 三's header on page %d", p + 1).contains(TABLE3_HEADER);
            }
            assertThat(body || !header).as("table 三's header alone at the foot of page %d", p + 1).isTrue();
        }
        assertThat(spanned).as("the pages table 三 spans").hasSizeGreaterThanOrEqualTo(2);
        // its first rows stay with the header on the first page it is on
        assertThat(pages.get(spanned.get(0) - 1)).contains(TABLE3_BODY.get(0));
    }

    @Test
    void everyTimeInTheOutputsIsBeijingTime() throws Exception {
        clock.setTo(EARLY);
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "北京时间局");
        ReportFixtures.writeNarrative(reports, ReportFixtures.officer(unit), unit, 2025);
        String console = "/console/reports/" + unit.code() + "/2025";
        mvc.perform(post(console + "/submit").with(officer(unit)).with(csrf())).andExpect(status().is3xxRedirection());

        String page = new String(download(console, officer(unit)), StandardCharsets.UTF_8);
        assertThat(page).contains("数据锁定时间").contains(BEIJING + "（北京时间）").doesNotContain(UTC);

        String pdf = String.join("", pages(download(console + "/report.pdf", officer(unit))));
        assertThat(pdf).contains("数据锁定时间：" + BEIJING.replace(" ", "")).doesNotContain(UTC.replace(" ", ""));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(console + "/report.docx",
                officer(unit)))); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("草稿（已报送，待审核）", "生成于 " + BEIJING + "（北京时间）",
                    "数据锁定时间：" + BEIJING + "（北京时间）").doesNotContain(UTC);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(console + "/report.xlsx",
                officer(unit))))) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                var sheet = book.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("草稿", BEIJING).doesNotContain(UTC);
                assertThat(sheet.getHeader().getCenter()).contains("草稿", BEIJING);
            }
        }

        // published at 07:30 in Beijing: the publication date is Beijing's day, not UTC's
        reports.approve(ReportFixtures.supervisor(jdbc), unit.code(), 2025);
        reports.publish(ReportFixtures.officer(unit), unit.code(), 2025);
        String portal = new String(download("/openness/annual-reports/" + unit.code() + "/2025", null),
                StandardCharsets.UTF_8);
        assertThat(portal).contains("2026-06-15").doesNotContain("2026-06-14");
    }
}
