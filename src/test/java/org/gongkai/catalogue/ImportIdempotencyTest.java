package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A retry never duplicates (issue #8 §7): an import with an {@code Idempotency-Key} answers a repeat with the first
 * report and writes nothing; the same key with another body is refused; a 文号 already used by the publisher is
 * reported for the row unless {@code newVersionOf} names the document it supersedes; the editor refuses it at the
 * field.
 */
@IntegrationTest
class ImportIdempotencyTest {

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
        tag = CatalogueFixtures.unique("幂等");
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE title LIKE ?").param(tag + "%")
                .query(Long.class).single();
    }

    String line(String title, String number, String extra) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"documentNumber\": \"%s\", \"writtenOn\": \"2019-03-01\", "
                + "\"publishedOn\": \"2019-03-05\", \"topic\": \"综合政务\\\\政务公开\", \"validity\": \"有效\", "
                + "\"body\": \"<p>正文</p>\"%s}\n").formatted(title, CatalogueFixtures.OFFICE, number, extra);
    }

    @Test
    void apiImportRepeatedWithTheSameKeyReturnsTheFirstReportWithoutWritingAgain() throws Exception {
        String file = line(tag + "甲", "幂发〔2019〕" + tag + "1号", "") + line(tag + "乙", "幂发〔2019〕" + tag + "2号", "");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/staff/documents/import").with(editor).header("Idempotency-Key", key)
                            .contentType("application/x-ndjson").content(file))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.completed").value(true))
                    .andExpect(jsonPath("$.imported").value(2));
        }
        assertThat(count()).isEqualTo(2);

        // the same key with another body: 409 with a specific code, nothing written
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).header("Idempotency-Key", key)
                        .contentType("application/x-ndjson").content(line(tag + "丙", "幂发〔2019〕" + tag + "3号", "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count()).isEqualTo(2);

        // a new key for the same file (a client that does not keep its key): the 文号 rule still refuses the copy
        mvc.perform(multipart("/api/v1/staff/documents/import").file(new MockMultipartFile("file", "x.jsonl",
                        "application/x-ndjson", file.getBytes(StandardCharsets.UTF_8))).with(editor)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("documentNumber"));
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void consoleImportResubmittedWithTheSameFormKeyImportsOnce() throws Exception {
        String file = line(tag + "页", "幂发〔2019〕" + tag + "9号", "");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(multipart("/console/catalogue/import").file(new MockMultipartFile("file", "x.jsonl",
                            "application/x-ndjson", file.getBytes(StandardCharsets.UTF_8)))
                            .param("idempotencyKey", key).with(csrf()).with(editor))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("已导入 1 条")));
        }
        assertThat(count()).isEqualTo(1);
        mvc.perform(get("/console/catalogue/import").with(editor))
                .andExpect(content().string(containsString("name=\"idempotencyKey\"")));
    }

    @Test
    void aDocumentNumberUsedByThePublisherIsReportedForTheRowUnlessTheRowIsANewVersion() throws Exception {
        String number = "幂发〔2020〕" + tag + "号";
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(line(tag + "原", number, ", \"indexNumber\": \"IDX-" + tag + "\"")))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(line(tag + "重", number, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("documentNumber"))
                .andExpect(jsonPath("$.errors[0].message", containsString("newVersionOf")));
        // twice in one file
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(line(tag + "一", number + "X", "") + line(tag + "二", number + "X", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("documentNumber"));
        // newVersionOf naming a document that does not exist
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(line(tag + "错", number, ", \"newVersionOf\": \"NOPE-" + tag + "\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("newVersionOf"));
        assertThat(count()).isEqualTo(1);

        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(line(tag + "新版", number, ", \"newVersionOf\": \"IDX-" + tag + "\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void theEditorRefusesANumberThePublisherAlreadyUsedAtTheField() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        String number = "幂发〔2021〕" + tag + "号";
        String draft = CatalogueFixtures.draftJson(office, tag + "稿", "<p>正文</p>")
                .replaceFirst("示政发〔2026〕\\d+号", number);
        RequestPostProcessor all = CatalogueFixtures.allRoles(office);
        mvc.perform(post("/api/v1/staff/documents").with(all).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/staff/documents").with(all).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DOCUMENT_NUMBER_TAKEN"))
                .andExpect(jsonPath("$.field").value("documentNumber"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void bothTemplatesCarryTheColumnsAndTheXlsxHasAnExplanationSheet() throws Exception {
        mvc.perform(get("/console/catalogue/import/template.csv").with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(String.join(",", DocumentImporter.COLUMNS))));
        byte[] xlsx = mvc.perform(get("/console/catalogue/import/template.xlsx").with(editor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(13).getStringCellValue()).isEqualTo("newVersionOf");
            assertThat(wb.getSheet("说明").getRow(1).getCell(0).getStringCellValue()).isEqualTo("title");
            assertThat(wb.getSheet("说明").getRow(1).getCell(1).getStringCellValue()).isEqualTo("必填");
        }
    }
}
