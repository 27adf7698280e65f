package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Imports of legacy catalogues: all rows or none, with errors by row and column, in JSON lines, CSV and XLSX. */
@IntegrationTest
class ImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor editor;
    String tag;

    @BeforeEach
    void editorOfTheOffice() {
        editor = TestActors.as(Role.EDITOR, CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE));
        tag = CatalogueFixtures.unique("导入");
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE title LIKE ?").param(tag + "%")
                .query(Long.class).single();
    }

    String jsonLine(String title, String extra) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"documentNumber\": \"示政办发〔2019〕%s号\", "
                + "\"writtenOn\": \"2019-03-01\", \"publishedOn\": \"2019-03-05\", \"topic\": \"综合政务\\\\政务公开\", "
                + "\"category\": \"行政规范性文件\", \"genre\": \"通知\", \"keywords\": [\"政务公开\"], \"validity\": \"有效\", "
                + "\"summary\": \"概述\", \"body\": \"<p>正文</p>\"%s}").formatted(title, CatalogueFixtures.OFFICE, title, extra);
    }

    @Test
    void jsonLinesAreImportedAsPublishedDocumentsKeepingGivenIndexNumbers() throws Exception {
        String kept = "OLD-" + tag + "/2019-00007";
        String file = jsonLine(tag + "甲", ", \"indexNumber\": \"" + kept + "\"") + "\n" + jsonLine(tag + "乙", "") + "\n";
        mvc.perform(multipart("/api/v1/staff/documents/import")
                        .file(new MockMultipartFile("file", "old.jsonl", "application/x-ndjson", file.getBytes(StandardCharsets.UTF_8)))
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed").value(true))
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(count()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT index_number FROM catalogue_document WHERE title = ?").param(tag + "甲")
                .query(String.class).single()).isEqualTo(kept);
        assertThat(jdbc.sql("SELECT index_number FROM catalogue_document WHERE title = ?").param(tag + "乙")
                .query(String.class).single()).matches(CatalogueFixtures.OFFICE + "/2019-\\d{5}");
        assertThat(jdbc.sql("SELECT published_on FROM catalogue_document WHERE title = ?").param(tag + "乙")
                .query(java.time.LocalDate.class).single()).isEqualTo("2019-03-05");
    }

    @Test
    void oneBadRowMeansNoRowIsWrittenAndTheReportNamesRowAndColumn() throws Exception {
        String file = jsonLine(tag + "好", "") + "\n"
                + jsonLine(tag + "坏", "").replace("2019-03-05", "2019-02-30").replace("综合政务\\\\政务公开", "乱写") + "\n"
                + "不是 JSON\n";
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(file.getBytes(StandardCharsets.UTF_8)).with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_FAILED"))
                .andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'publishedOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'topic')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 3)]").exists());
        assertThat(count()).isZero();
    }

    @Test
    void csvWithQuotedFieldsIsImportedAndADuplicateIndexNumberFailsTheWholeFile() throws Exception {
        String header = "title,publisherCode,documentNumber,writtenOn,publishedOn,topic,category,genre,keywords,validity,summary,body,indexNumber\n";
        String ok = header + "\"" + tag + "一，含逗号\"," + CatalogueFixtures.OFFICE + ",,2020-01-02,2020-01-03,综合政务\\政务公开,,通知,政务;公开,有效,,\"<p>第一段</p>\n<p>第二段</p>\",\n";
        mvc.perform(multipart("/api/v1/staff/documents/import")
                        .file(new MockMultipartFile("file", "old.csv", "text/csv", ok.getBytes(StandardCharsets.UTF_8)))
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        String taken = jdbc.sql("SELECT index_number FROM catalogue_document WHERE title = ?").param(tag + "一，含逗号")
                .query(String.class).single();
        String bad = header + tag + "二," + CatalogueFixtures.OFFICE + ",,2020-01-02,2020-01-03,综合政务\\政务公开,,,,有效,,正文,\n"
                + tag + "三," + CatalogueFixtures.OFFICE + ",,2020-01-02,2020-01-03,综合政务\\政务公开,,,,有效,,正文," + taken + "\n";
        mvc.perform(multipart("/api/v1/staff/documents/import")
                        .file(new MockMultipartFile("file", "old.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("indexNumber"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void xlsxIsReadStreamingWithErrorsByRowAndColumn() throws Exception {
        byte[] good = xlsx(List.of(
                List.of("title", "publisherCode", "writtenOn", "publishedOn", "topic", "validity", "body", "category"),
                List.of(tag + "表一", CatalogueFixtures.OFFICE, "2021-05-06", "2021-05-07", "财政、金融、审计\\财政", "有效", "正文", "财政预算决算"),
                List.of(tag + "表二", CatalogueFixtures.OFFICE, "2021-05-06", "2021-05-08", "财政、金融、审计\\财政", "废止", "正文", "规章")));
        mvc.perform(multipart("/api/v1/staff/documents/import")
                        .file(new MockMultipartFile("file", "old.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good))
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(jdbc.sql("SELECT validity FROM catalogue_document WHERE title = ?").param(tag + "表二")
                .query(String.class).single()).isEqualTo("REPEALED");

        byte[] bad = xlsx(List.of(
                List.of("title", "publisherCode", "writtenOn", "publishedOn", "topic", "validity", "body"),
                List.of(tag + "表三", CatalogueFixtures.OFFICE, "2021-05-06", "2021-05-07", "财政、金融、审计\\财政", "有效", "正文"),
                List.of(tag + "表四", CatalogueFixtures.FINANCE + "X", "2021-05-06", "2021-05-07", "财政、金融、审计\\财政", "无效", "正文")));
        mvc.perform(multipart("/api/v1/staff/documents/import")
                        .file(new MockMultipartFile("file", "old.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad))
                        .with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'publisherCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'validity')]").exists());
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void editorCannotImportForAnotherUnit() throws Exception {
        String file = jsonLine(tag + "别人的", "").replace(CatalogueFixtures.OFFICE, "11990101100100420P");
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(file.getBytes(StandardCharsets.UTF_8)).with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("publisherCode"));
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("目录");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
