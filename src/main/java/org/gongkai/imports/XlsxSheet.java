package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
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
import org.gongkai.common.GongkaiException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed: the upload is copied to a temporary file (POI opens a file
 * without loading the zip into memory) and the sheet XML is parsed with SAX, one row at a time.
 */
final class XlsxSheet {

    private XlsxSheet() {}

    static void read(InputStream in, TableReader.Sink sink) throws IOException {
        Path temp = Files.createTempFile("gongkai-import", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new Rows(sink), new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (GongkaiException e) {
            throw e;
        } catch (Exception e) {
            throw GongkaiException.invalid("file", "不是有效的 XLSX 文件，请确认是 Excel 2007 及以上格式（.xlsx）");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp directory is cleaned by the OS
            }
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableReader.Sink sink;
        private List<String> names;
        private boolean skip;
        private List<String> cells;
        private int rowNumber;

        Rows(TableReader.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            rowNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (names == null) {
                names = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
                skip = !sink.header(new TableRow(rowNumber, cells, TableReader.named(names, cells)));
                return;
            }
            TableRow row = new TableRow(rowNumber, cells, TableReader.named(names, cells));
            if (!skip && !row.isBlank()) {
                sink.row(row);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
