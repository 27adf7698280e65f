package org.gongkai.organisation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.TableReader;
import org.gongkai.imports.TableRow;

/**
 * The organisation's tables (CSV or XLSX, at most {@link #MAX_ROWS} data rows) read with the one streaming
 * {@link TableReader}; the header first. Units and staff are checked against the whole file before any row is
 * written, so the rows are kept in memory (a county has a few thousand).
 */
final class Tables {

    static final int MAX_ROWS = 20_000;

    private Tables() {}

    static List<TableRow> read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.endsWith(".xlsx")) {
            throw GongkaiException.invalid("file", "只支持 CSV（UTF-8）或 XLSX 文件");
        }
        ImportFormat format = ImportFormat.detect(name, null);
        return TableReader.readAll(in, format, MAX_ROWS);
    }

    static List<TableRow> csv(byte[] bytes) {
        return TableReader.readAll(new ByteArrayInputStream(bytes), ImportFormat.CSV, MAX_ROWS);
    }
}
