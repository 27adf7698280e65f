package org.gongkai.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
 * document page (th scope, caption) and a CSV download, so citizens need not open Excel. Parsing is the expensive
 * part: {@link TablePreviews} does it once per file and keeps the result ({@link #write}/{@link #parse}).
 */
public final class SpreadsheetTables {

    /** Rows a preview shows per sheet (the rest is in the CSV). */
    public static final int MAX_ROWS = 200;
    /** Rows a CSV download holds per sheet at most. */
    public static final int MAX_CSV_ROWS = 200_000;
    public static final int MAX_COLUMNS = 40;

    /** A sheet: its header, the rows read (at most the limit), whether rows were left out, and the body row count. */
    public record Table(String sheet, List<String> header, List<List<String>> rows, boolean truncated, int totalRows) {}

    private SpreadsheetTables() {}

    /** Every sheet with at most {@link #MAX_ROWS} body rows (the count of all rows is kept). */
    public static List<Table> read(InputStream in) {
        return read(in, MAX_ROWS);
    }

    public static List<Table> read(InputStream in, int maxRows) {
        List<Table> tables = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                int total = 0;
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                    boolean keep = rows.size() < maxRows + 1;
                    boolean any = false;
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        String value = cell == null ? "" : format.formatCellValue(cell).strip();
                        any |= !value.isEmpty();
                        if (keep) {
                            cells.add(value);
                        }
                    }
                    if (any) {
                        total++;
                        if (keep) {
                            rows.add(cells);
                        }
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                rows.replaceAll(r -> pad(r, width));
                tables.add(new Table(sheet.getSheetName(), rows.get(0), List.copyOf(rows.subList(1, rows.size())),
                        total > rows.size(), total - 1));
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

    /** The stored form of tables (a small binary format, versioned by the artifact name). */
    static byte[] write(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(tables.size());
            for (Table t : tables) {
                out.writeUTF(t.sheet());
                out.writeBoolean(t.truncated());
                out.writeInt(t.totalRows());
                writeRow(out, t.header());
                out.writeInt(t.rows().size());
                for (List<String> row : t.rows()) {
                    writeRow(out, row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Table> parse(byte[] stored) {
        List<Table> tables = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String sheet = in.readUTF();
                boolean truncated = in.readBoolean();
                int total = in.readInt();
                List<String> header = readRow(in);
                int rows = in.readInt();
                List<List<String>> body = new ArrayList<>(rows);
                for (int r = 0; r < rows; r++) {
                    body.add(readRow(in));
                }
                tables.add(new Table(sheet, header, body, truncated, total));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static void writeRow(DataOutputStream out, List<String> row) throws IOException {
        out.writeInt(row.size());
        for (String cell : row) {
            byte[] utf8 = cell.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static List<String> readRow(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> row = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            row.add(new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8));
        }
        return row;
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
