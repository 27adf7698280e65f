package org.gongkai.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one template convention of every import: {@code GET …/import/template.csv} and {@code …/template.xlsx}.
 * Both have the header row (the column names, exactly as the import expects them) and one example row; the
 * XLSX adds a second sheet “说明” with each column's meaning and whether it is required (the reader reads only the
 * first sheet, so a filled-in template imports as it is).
 *
 * @param fileName download name without extension, e.g. 单位导入模板
 * @param columns  the columns in order
 * @param example  one example row (same order)
 */
public record ImportTemplate(String fileName, List<Column> columns, List<String> example) {

    /** One column: its name in the header row, whether it is required and what it holds. */
    public record Column(String name, boolean required, String description) {}

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The CSV template (UTF-8 with BOM so that Excel opens it in the right encoding). */
    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(names())).append("\r\n").append(line(example)).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The XLSX template: sheet 导入数据 (header and example), sheet 说明. */
    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet("导入数据");
            fill(data.createRow(0), names());
            fill(data.createRow(1), example);
            Sheet help = wb.createSheet("说明");
            fill(help.createRow(0), List.of("列名", "是否必填", "说明"));
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                fill(help.createRow(i + 1), List.of(c.name(), c.required() ? "必填" : "选填", c.description()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "模板生成失败");
        }
    }

    /** The download response for {@code template.csv} or {@code template.xlsx}. */
    public ResponseEntity<byte[]> download(String extension) {
        boolean xlsx = "xlsx".equals(extension);
        MediaType type = xlsx
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(xlsx ? xlsx() : csv());
    }

    private static void fill(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static String line(List<String> values) {
        return String.join(",", values.stream().map(ImportTemplate::quoted).toList());
    }

    private static String quoted(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
