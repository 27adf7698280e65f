package org.gongkai.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Spreadsheet attachments as data: each sheet as a header row and body rows, for an accessible HTML table on the
 * document page (th scope, caption) and a CSV download, so citizens need not open Excel.
 */
public final class SpreadsheetTables {

    public static final int MAX_ROWS = 500;
    public static final int MAX_COLUMNS = 40;

    public record Table(String sheet, List<String> header, List<List<String>> rows, boolean truncated) {}

    private SpreadsheetTables() {}

    public static List<Table> read(InputStream in) {
        List<Table> tables = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                boolean truncated = false;
                for (Row row : sheet) {
                    if (rows.size() >= MAX_ROWS + 1) {
                        truncated = true;
                        break;
                    }
                    List<String> cells = new ArrayList<>();
                    int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                    }
                    if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                        rows.add(cells);
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                rows.replaceAll(r -> pad(r, width));
                tables.add(new Table(sheet.getSheetName(), rows.get(0), rows.subList(1, rows.size()), truncated));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> out = new ArrayList<>(row);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    public static String csv(Table t) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, t.header());
        t.rows().forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.matches("^[=+\\-@].*")) {
                c = "'" + c; // no formula injection when the CSV is opened in a spreadsheet
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
