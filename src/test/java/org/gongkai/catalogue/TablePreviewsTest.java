package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.actor;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #8 class 4: a 20,000-row spreadsheet is parsed once, its page preview is bounded, its CSV complete. */
@IntegrationTest
class TablePreviewsTest {

    static final int ROWS = 20_000;

    @Autowired
    CatalogueService service;
    @Autowired
    TablePreviews previews;
    @Autowired
    UnitDirectory units;
    @Autowired
    MockMvc mvc;

    @Test
    void largeSheetIsParsedOnceAndItsPreviewIsBounded() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        Actor a = actor(office, Role.EDITOR, Role.REVIEWER, Role.LEADER);
        Document d = service.createDraft(a, office, new DocumentContent(unique("统计表"), null, null,
                LocalDate.of(2026, 11, 20), "民政、扶贫、救灾\\社会福利", InformationCategory.A21_C_SOCIAL_ASSISTANCE,
                "公示", List.of("统计"), null, null, null, null, null, "<p>见附件。</p>"));
        Attachment sheet = service.addAttachment(a, d.id(), new ByteArrayInputStream(largeSheet()), "统计.xlsx");
        for (WorkflowAction step : List.of(WorkflowAction.SUBMIT, WorkflowAction.REVIEW, WorkflowAction.SIGN_OFF,
                WorkflowAction.PUBLISH)) {
            service.act(a, d.id(), step, CatalogueService.ActionInput.NONE);
        }

        long before = previews.parses();
        String first = page(d.id());
        assertThat(previews.parses()).isEqualTo(before + 1);
        page(d.id());
        assertThat(previews.parses()).as("the second view reads the stored preview").isEqualTo(before + 1);

        assertThat(first).contains("表格共 " + ROWS + " 行，页面只显示前 " + SpreadsheetTables.MAX_ROWS + " 行",
                "乡镇" + SpreadsheetTables.MAX_ROWS + "<").doesNotContain("乡镇" + (SpreadsheetTables.MAX_ROWS + 1) + "<");
        assertThat(first.split("<tr>", -1).length - 1).isLessThanOrEqualTo(SpreadsheetTables.MAX_ROWS + 20);

        String csv = mvc.perform(get("/openness/attachments/{id}/table", sheet.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(ROWS + 1);
        assertThat(csv).contains("乡镇" + ROWS + ",");
        long afterCsv = previews.parses();
        mvc.perform(get("/openness/attachments/{id}/table", sheet.id())).andExpect(status().isOk());
        assertThat(previews.parses()).isEqualTo(afterCsv);
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/openness/documents/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static byte[] largeSheet() throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("户数");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("乡镇");
            header.createCell(1).setCellValue("户数");
            header.createCell(2).setCellValue("人数");
            for (int r = 1; r <= ROWS; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("乡镇" + r);
                row.createCell(1).setCellValue(r % 97);
                row.createCell(2).setCellValue(r % 311);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }
}
