package org.gongkai.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table: CSV (UTF-8, with or without BOM) or XLSX (first sheet, streamed with POI's
 * event API so that a large workbook is never built in memory). Returns rows as text cells, with the
 * spreadsheet row number (1 = header row).
 */
final class Tables {

    static final int MAX_ROWS = 20_000;

    record Row(int number, List<String> cells) {
        String get(int column) {
            if (column >= cells.size() || cells.get(column) == null) {
                return "";
            }
            return cells.get(column).trim();
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private Tables() {}

    static List<Row> read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(in);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return csv(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取，请检查文件是否完整", "file");
        }
        throw GongkaiException.invalid("file", "只支持 CSV（UTF-8）或 XLSX 文件");
    }

    static List<Row> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw GongkaiException.invalid("file", "CSV 文件不是 UTF-8 编码，请在保存时选择“CSV UTF-8”");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int rowNumber = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowNumber++, cells));
                cells = new ArrayList<>();
                checkSize(rows);
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowNumber, cells));
        }
        return rows;
    }

    private static List<Row> xlsx(InputStream in) throws IOException {
        Path temp = Files.createTempFile("gongkai-import", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                RowCollector collector = new RowCollector();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            collector, new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
                return collector.rows;
            }
        } catch (GongkaiException e) {
            throw e;
        } catch (Exception e) {
            throw GongkaiException.invalid("file", "XLSX 文件无法读取，请确认是 Excel 2007 及以上格式（.xlsx）");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp directory is cleaned by the OS
            }
        }
    }

    private static void checkSize(List<Row> rows) {
        if (rows.size() > MAX_ROWS + 1) {
            throw GongkaiException.invalid("file", "一次最多导入" + MAX_ROWS + "行，请拆分文件");
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Row> rows = new ArrayList<>();
        private List<String> cells;
        private int rowNumber;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            rowNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new Row(rowNumber, cells));
            checkSize(rows);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }
    }
}
