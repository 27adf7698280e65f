package org.gongkai.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of legacy catalogues (issue #3 §5) from CSV, XLSX (POI's streaming SAX reader) or JSON lines, one
 * row at a time so 100,000 rows do not exhaust memory. Every row is validated; all rows are written in one
 * transaction that is rolled back when any row fails, and the report names row and column. Imported documents
 * count as published on {@code publishedOn}, keep a given {@code indexNumber} (or get one) and emit
 * {@link CatalogueEvent.DocumentPublished}.
 */
@Service
public class DocumentImporter {

    public enum Format { CSV, XLSX, JSONL }

    public static final List<String> COLUMNS = List.of("title", "publisherCode", "documentNumber", "writtenOn",
            "publishedOn", "topic", "category", "genre", "keywords", "validity", "summary", "body", "indexNumber");

    static final int MAX_ERRORS = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentRepository documents;
    private final IndexNumbers indexNumbers;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DocumentImporter(DocumentRepository documents, IndexNumbers indexNumbers, UnitDirectory units, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.documents = documents;
        this.indexNumbers = indexNumbers;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public static Format detect(String filename, String contentType) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || type.contains("spreadsheetml")) {
            return Format.XLSX;
        }
        if (name.endsWith(".csv") || type.contains("csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || type.contains("json")) {
            return Format.JSONL;
        }
        throw GongkaiException.invalid("file", "只支持 CSV、XLSX 或 JSON Lines（.jsonl）文件");
    }

    /** Imports for a signed-in editor: publishers must be units where the actor is an editor. */
    public ImportReport importFor(Actor actor, InputStream in, Format format) {
        Set<Long> allowed = units.visibleUnits(actor, Role.EDITOR);
        if (allowed.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有信息员可以导入公开目录");
        }
        ImportReport report = run(in, format, allowed, actor.username());
        if (report.completed()) {
            // audited in its own small transaction after the rows committed (the rows' transaction is closed)
            tx.executeWithoutResult(s -> audit.success("DocumentsImported", "Document", null,
                    format + " 导入 " + report.imported() + " 条"));
        } else {
            tx.executeWithoutResult(s -> audit.record("DocumentsImported", "Document", null, AuditLog.Outcome.FAILURE,
                    format + " 导入失败：" + report.errors().size() + (report.moreErrors() ? "+" : "") + " 处错误，所有行均未写入"));
        }
        return report;
    }

    /** Imports with an explicit set of allowed publisher units (null = any unit), e.g. for demo content. */
    ImportReport run(InputStream in, Format format, Set<Long> allowedUnits, String by) {
        State state = new State(allowedUnits, by);
        tx.executeWithoutResult(status -> {
            try {
                switch (format) {
                    case JSONL -> jsonLines(in, state);
                    case CSV -> csv(in, state);
                    case XLSX -> xlsx(in, state);
                }
            } catch (IOException e) {
                state.error(0, "file", "文件无法读取：" + e.getMessage());
            }
            if (state.rowsRead == 0 && state.errors.isEmpty()) {
                state.error(0, "file", "文件中没有数据行");
            }
            if (!state.errors.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        boolean ok = state.errors.isEmpty();
        return new ImportReport(ok, state.rowsRead, ok ? state.imported : 0, List.copyOf(state.errors),
                state.moreErrors);
    }

    private final class State {
        final Set<Long> allowedUnits;
        final String by;
        final Set<String> indexNumbersInFile = new HashSet<>();
        final Map<String, Optional<UnitView>> unitCache = new LinkedHashMap<>();
        final List<ImportReport.RowError> errors = new ArrayList<>();
        boolean moreErrors;
        int rowsRead;
        int imported;

        State(Set<Long> allowedUnits, String by) {
            this.allowedUnits = allowedUnits;
            this.by = by;
        }

        void error(int row, String column, String message) {
            if (errors.size() >= MAX_ERRORS) {
                moreErrors = true;
            } else {
                errors.add(new ImportReport.RowError(row, column, message));
            }
        }
    }

    // ---------------------------------------------------------------- readers

    private void jsonLines(InputStream in, State state) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            List<String> keywords = null;
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject()) {
                    state.rowsRead++;
                    state.error(n, "", "每行应为一个 JSON 对象");
                    continue;
                }
                for (String column : COLUMNS) {
                    JsonNode value = node.get(column);
                    if (value == null || value.isNull()) {
                        continue;
                    }
                    if (column.equals("keywords") && value.isArray()) {
                        keywords = new ArrayList<>();
                        for (JsonNode k : value) {
                            keywords.add(k.asString());
                        }
                    } else {
                        row.put(column, value.isString() ? value.asString() : value.toString());
                    }
                }
            } catch (RuntimeException e) {
                state.rowsRead++;
                state.error(n, "", "不是有效的 JSON：" + firstLine(e.getMessage()));
                continue;
            }
            row(n, row, keywords, state);
        }
    }

    private void csv(InputStream in, State state) throws IOException {
        CsvRows rows = new CsvRows(new BufferedReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8)));
        List<String> header = rows.next();
        if (header == null) {
            return;
        }
        List<String> names = header.stream().map(String::strip).toList();
        if (!checkHeader(names, state)) {
            return;
        }
        List<String> record;
        while ((record = rows.next()) != null) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size() && i < record.size(); i++) {
                row.put(names.get(i), record.get(i));
            }
            row(rows.recordLine(), row, null, state);
        }
    }

    private boolean checkHeader(List<String> names, State state) {
        boolean ok = true;
        for (String name : names) {
            if (!name.isEmpty() && !COLUMNS.contains(name)) {
                state.error(1, name, "未知的列名“" + name + "”，可用列：" + String.join("、", COLUMNS));
                ok = false;
            }
        }
        for (String required : List.of("title", "publisherCode", "writtenOn", "publishedOn", "topic", "validity", "body")) {
            if (!names.contains(required)) {
                state.error(1, required, "缺少必需的列“" + required + "”");
                ok = false;
            }
        }
        return ok;
    }

    private void xlsx(InputStream in, State state) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(state), new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            state.error(0, "file", "不是有效的 XLSX 文件：" + firstLine(e.getMessage()));
        }
    }

    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final State state;
        private List<String> header;
        private boolean headerOk;
        private final Map<Integer, String> cells = new LinkedHashMap<>();
        private int rowNum;

        SheetRows(State state) {
            this.state = state;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                int max = cells.keySet().stream().mapToInt(i -> i).max().orElse(-1);
                header = new ArrayList<>();
                for (int i = 0; i <= max; i++) {
                    header.add(cells.getOrDefault(i, "").strip());
                }
                headerOk = checkHeader(header, state);
                return;
            }
            if (!headerOk || cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            Map<String, String> row = new LinkedHashMap<>();
            cells.forEach((i, v) -> {
                if (i < header.size()) {
                    row.put(header.get(i), v);
                }
            });
            row(this.rowNum, row, null, state);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = 0;
            for (char ch : ref.toCharArray()) {
                if (Character.isLetter(ch)) {
                    col = col * 26 + (ch - 'A' + 1);
                }
            }
            cells.put(col - 1, value == null ? "" : value);
        }
    }

    // ---------------------------------------------------------------- one row

    private void row(int n, Map<String, String> raw, List<String> keywordList, State state) {
        state.rowsRead++;
        int errorsBefore = state.errors.size() + (state.moreErrors ? 1 : 0);
        String title = text(raw, "title");
        if (title == null) {
            state.error(n, "title", "缺少标题");
        } else if (title.length() > DocumentContent.TITLE_MAX) {
            state.error(n, "title", "标题超过" + DocumentContent.TITLE_MAX + "字");
        }
        UnitView unit = null;
        String code = text(raw, "publisherCode");
        if (code == null) {
            state.error(n, "publisherCode", "缺少发布机构的统一社会信用代码");
        } else {
            Optional<UnitView> found = state.unitCache.computeIfAbsent(code, units::findByCreditCode);
            if (found.isEmpty()) {
                state.error(n, "publisherCode", "没有统一社会信用代码为“" + code + "”的单位");
            } else if (state.allowedUnits != null && !state.allowedUnits.contains(found.get().id())) {
                state.error(n, "publisherCode", "您不是“" + found.get().name() + "”的信息员，不能导入该单位的文件");
            } else {
                unit = found.get();
            }
        }
        LocalDate writtenOn = date(raw, "writtenOn", n, state, true);
        LocalDate publishedOn = date(raw, "publishedOn", n, state, true);
        if (publishedOn != null && publishedOn.isAfter(LocalDate.now(clock))) {
            state.error(n, "publishedOn", "发布日期不能晚于今天");
        }
        String topic = text(raw, "topic");
        if (topic == null) {
            state.error(n, "topic", "缺少主题分类（一级\\二级）");
        } else if (!Topics.isValid(topic)) {
            state.error(n, "topic", "主题分类“" + topic + "”不在国务院主题分类中，应为“一级\\二级”");
        }
        InformationCategory category = InformationCategory.A20_15_OTHER;
        String categoryText = text(raw, "category");
        if (categoryText != null) {
            Optional<InformationCategory> c = InformationCategory.parse(categoryText);
            if (c.isEmpty()) {
                state.error(n, "category", "信息类别“" + categoryText + "”不存在");
            } else {
                category = c.get();
            }
        }
        String genre = text(raw, "genre");
        if (genre != null && !Genres.isValid(genre)) {
            state.error(n, "genre", "体裁“" + genre + "”不在体裁列表中");
        }
        Validity validity = null;
        String validityText = text(raw, "validity");
        if (validityText == null) {
            state.error(n, "validity", "缺少有效性（有效、失效、废止或修订）");
        } else {
            validity = Validity.parse(validityText).orElse(null);
            if (validity == null) {
                state.error(n, "validity", "有效性“" + validityText + "”应为有效、失效、废止或修订");
            }
        }
        String body = text(raw, "body");
        if (body == null) {
            state.error(n, "body", "缺少正文");
        }
        String documentNumber = text(raw, "documentNumber");
        if (documentNumber != null && documentNumber.length() > 200) {
            state.error(n, "documentNumber", "发文字号超过200字");
        }
        String indexNumber = text(raw, "indexNumber");
        if (indexNumber != null) {
            if (indexNumber.length() > 100) {
                state.error(n, "indexNumber", "索引号超过100个字符");
            } else if (!state.indexNumbersInFile.add(indexNumber)) {
                state.error(n, "indexNumber", "索引号“" + indexNumber + "”在文件中重复");
            } else if (documents.indexNumberTaken(indexNumber)) {
                state.error(n, "indexNumber", "索引号“" + indexNumber + "”已被使用，索引号不能重复");
            }
        }
        List<String> keywords = keywordList != null ? keywordList : splitKeywords(text(raw, "keywords"));
        if (state.errors.size() + (state.moreErrors ? 1 : 0) > errorsBefore || !state.errors.isEmpty()) {
            return; // this row or an earlier one failed: nothing more is written, but every row is still checked
        }
        DocumentContent content = new DocumentContent(title, text(raw, "summary"), documentNumber, writtenOn, topic,
                category, genre, keywords, DisclosureMode.PROACTIVE, validity, null, null, null, BodyHtml.sanitize(body));
        if (indexNumber == null) {
            indexNumber = indexNumbers.next(unit.id(), unit.creditCode(), publishedOn, documents);
        }
        java.time.Instant at = publishedOn.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        Document d = documents.insert(Document.imported(unit.id(), content, publishedOn, at, indexNumber, state.by,
                clock.instant()));
        documents.insertVersion(d.id(), 1, content, at, state.by);
        events.publishEvent(new CatalogueEvent.DocumentPublished(d.id()));
        state.imported++;
    }

    private static List<String> splitKeywords(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;；,，、\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String text(Map<String, String> raw, String column) {
        String v = raw.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuu年M月d日"), strict("uuuu-M-d"), strict("M/d/uu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private static LocalDate date(Map<String, String> raw, String column, int n, State state, boolean required) {
        String v = text(raw, column);
        if (v == null) {
            if (required) {
                state.error(n, column, "缺少日期（YYYY-MM-DD）");
            }
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        state.error(n, column, "日期“" + v + "”格式不正确，应为 YYYY-MM-DD");
        return null;
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
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

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
