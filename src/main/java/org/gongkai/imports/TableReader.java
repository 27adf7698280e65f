package org.gongkai.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one streaming table reader of every import: CSV (RFC 4180, UTF-8 with or without BOM), XLSX (first sheet,
 * streamed with POI's SAX event API, never a whole-workbook DOM) and JSON lines (one object per line). Rows are
 * handed to a {@link Sink} one at a time, so a 100,000-row file never sits in memory; blank rows are skipped.
 * An unreadable file is refused with {@link GongkaiException} at field {@code file}.
 */
public final class TableReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Receives the rows of a table as they are read. */
    public interface Sink {
        /** The header row (CSV and XLSX); returning false skips the data rows. */
        default boolean header(TableRow header) {
            return true;
        }

        /** One non-blank data row. */
        void row(TableRow row);

        /** A JSON line that is not a JSON object (the import reports it for that row). */
        default void malformed(int row, String message) {
            throw GongkaiException.invalid("file", "第" + row + "行：" + message);
        }
    }

    /** Receives the non-blank lines of a JSON-lines file whose objects the caller maps itself (nested data). */
    public interface LineSink {
        void line(int number, String text);
    }

    private TableReader() {}

    /**
     * Reads a JSON-lines file line by line (UTF-8, BOM skipped, blank lines skipped, line numbers from 1) for
     * importers whose rows are nested objects, such as the request ledger.
     */
    public static void jsonLines(InputStream in, int maxRows, LineSink sink) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
            String line;
            int n = 0;
            int rows = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (maxRows > 0 && ++rows > maxRows) {
                    throw GongkaiException.invalid("file", "一次最多导入" + maxRows + "行，请拆分文件");
                }
                sink.line(n, line);
            }
        } catch (CharacterCodingException e) {
            throw GongkaiException.invalid("file", "文件不是 UTF-8 编码");
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取，请检查文件是否完整", "file");
        }
    }

    /**
     * Reads the table, handing each row to the sink.
     *
     * @param maxRows most data rows accepted (0 = no limit); more are refused at field {@code file}
     */
    public static void read(InputStream in, ImportFormat format, int maxRows, Sink sink) {
        Sink limited = maxRows <= 0 ? sink : new Limited(sink, maxRows);
        try {
            switch (format) {
                case CSV -> csv(in, limited);
                case XLSX -> XlsxSheet.read(in, limited);
                case JSONL -> jsonLines(in, limited);
            }
        } catch (CharacterCodingException e) {
            throw GongkaiException.invalid("file", format == ImportFormat.CSV
                    ? "CSV 文件不是 UTF-8 编码，请在保存时选择“CSV UTF-8”" : "文件不是 UTF-8 编码");
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取，请检查文件是否完整", "file");
        }
    }

    /** The whole table in memory (the header first, for CSV and XLSX): for small files such as demo data. */
    public static List<TableRow> readAll(InputStream in, ImportFormat format, int maxRows) {
        List<TableRow> rows = new ArrayList<>();
        read(in, format, maxRows, new Sink() {
            @Override
            public boolean header(TableRow header) {
                rows.add(header);
                return true;
            }

            @Override
            public void row(TableRow row) {
                rows.add(row);
            }
        });
        return rows;
    }

    // ---------------------------------------------------------------- CSV

    private static void csv(InputStream in, Sink sink) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        CsvRecords records = new CsvRecords(reader);
        List<String> header = records.next();
        if (header == null) {
            return;
        }
        List<String> names = header.stream().map(String::strip).toList();
        if (!sink.header(new TableRow(records.recordLine(), header, named(names, header)))) {
            return;
        }
        List<String> cells;
        while ((cells = records.next()) != null) {
            TableRow row = new TableRow(records.recordLine(), cells, named(names, cells));
            if (!row.isBlank()) {
                sink.row(row);
            }
        }
    }

    static Map<String, String> named(List<String> names, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < cells.size(); i++) {
            if (!names.get(i).isEmpty()) {
                m.putIfAbsent(names.get(i), cells.get(i) == null ? "" : cells.get(i));
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- JSON lines

    private static void jsonLines(InputStream in, Sink sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (RuntimeException e) {
                sink.malformed(n, "不是有效的 JSON：" + firstLine(e.getMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.malformed(n, "每行应为一个 JSON 对象");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                JsonNode v = member.getValue();
                if (v == null || v.isNull()) {
                    continue;
                }
                values.put(member.getKey(), text(v));
            }
            sink.row(new TableRow(n, List.copyOf(values.values()), values));
        }
    }

    private static String text(JsonNode v) {
        if (v.isString()) {
            return v.asString();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(e.isString() ? e.asString() : e.toString()));
            return String.join("；", parts);
        }
        return v.toString();
    }

    // ---------------------------------------------------------------- helpers

    static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int read = p.readNBytes(bom, 0, 3);
        if (!(read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            if (read > 0) {
                p.unread(bom, 0, read);
            }
        }
        return p;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Refuses a file with more data rows than allowed. */
    private static final class Limited implements Sink {
        private final Sink sink;
        private final int max;
        private int rows;

        Limited(Sink sink, int max) {
            this.sink = sink;
            this.max = max;
        }

        @Override
        public boolean header(TableRow header) {
            return sink.header(header);
        }

        @Override
        public void row(TableRow row) {
            count();
            sink.row(row);
        }

        @Override
        public void malformed(int row, String message) {
            count();
            sink.malformed(row, message);
        }

        private void count() {
            if (++rows > max) {
                throw GongkaiException.invalid("file", "一次最多导入" + max + "行，请拆分文件");
            }
        }
    }
}
