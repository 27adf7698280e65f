package org.gongkai.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/** The one table reader: CSV, XLSX (streamed) and JSON lines give the same rows with row numbers. */
class TableReaderTest {

    static List<TableRow> rows(byte[] bytes, ImportFormat format) {
        return TableReader.readAll(new ByteArrayInputStream(bytes), format, 0);
    }

    @Test
    void csvWithBomQuotesAndLineBreaksInsideAFieldKeepsTheLineWhereEachRecordStarts() {
        String csv = "\uFEFFname,note\r\n\"甲，乙\",\"第一行\n第二行\"\r\n\r\n丙,\"他说\"\"好\"\"\"\r\n";
        List<TableRow> rows = rows(csv.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells()).containsExactly("name", "note");
        assertThat(rows.get(1).text("name")).isEqualTo("甲，乙");
        assertThat(rows.get(1).text("note")).isEqualTo("第一行\n第二行");
        assertThat(rows.get(2).number()).isEqualTo(5);
        assertThat(rows.get(2).text("note")).isEqualTo("他说\"好\"");
    }

    @Test
    void csvThatIsNotUtf8IsRefusedAtTheFileField() {
        byte[] gbk = "名称\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> rows(gbk, ImportFormat.CSV)).isInstanceOf(GongkaiException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void xlsxIsStreamedWithSpreadsheetRowNumbersAndGapsKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("a");
            header.createCell(1).setCellValue("b");
            header.createCell(2).setCellValue("c");
            for (int i = 1; i <= 5000; i++) {
                var row = sheet.createRow(i + 1); // one empty spreadsheet row after the header
                row.createCell(0).setCellValue("x" + i);
                row.createCell(2).setCellValue(i);
            }
            wb.write(out);
        }
        List<TableRow> seen = new ArrayList<>();
        TableReader.read(new ByteArrayInputStream(out.toByteArray()), ImportFormat.XLSX, 0, seen::add);
        assertThat(seen).hasSize(5000);
        assertThat(seen.get(0).number()).isEqualTo(3);
        assertThat(seen.get(0).cells()).containsExactly("x1", "", "1");
        assertThat(seen.get(4999).text("c")).isEqualTo("5000");
    }

    @Test
    void jsonLinesGiveNamedValuesAndReportALineThatIsNotAnObject() {
        String jsonl = "{\"a\": \"一\", \"k\": [\"x\", \"y\"], \"n\": 3}\n\n[1]\n{bad\n";
        List<TableRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        TableReader.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), ImportFormat.JSONL, 0,
                new TableReader.Sink() {
                    @Override
                    public void row(TableRow row) {
                        rows.add(row);
                    }

                    @Override
                    public void malformed(int row, String message) {
                        problems.add(row + ":" + message);
                    }
                });
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.text("a")).isEqualTo("一");
            assertThat(r.text("k")).isEqualTo("x；y");
            assertThat(r.text("n")).isEqualTo("3");
        });
        assertThat(problems).hasSize(2).first().asString().startsWith("3:每行应为一个 JSON 对象");
    }

    @Test
    void moreRowsThanAllowedAreRefused() {
        String csv = "a\n1\n2\n3\n";
        assertThatThrownBy(() -> TableReader.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, 2)).isInstanceOf(GongkaiException.class).hasMessageContaining("一次最多导入2行");
    }

    @Test
    void theXlsxTemplateReadsBackAsItsHeaderAndExample() {
        ImportTemplate template = new ImportTemplate("t", List.of(new ImportTemplate.Column("名称", true, "说明一"),
                new ImportTemplate.Column("备注", false, "说明二")), List.of("示例", "可空"));
        List<TableRow> rows = rows(template.xlsx(), ImportFormat.XLSX);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("名称", "备注");
        assertThat(rows.get(1).text("备注")).isEqualTo("可空");
        assertThat(new String(template.csv(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,备注\r\n示例,可空\r\n");
    }
}
