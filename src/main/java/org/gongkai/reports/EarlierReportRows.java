package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.AMOUNT_FEN;
import static org.gongkai.reports.ReportLayout.COLUMNS;
import static org.gongkai.reports.ReportLayout.FEES;
import static org.gongkai.reports.ReportLayout.TABLE2_KEYS;
import static org.gongkai.reports.ReportLayout.TABLE4_KINDS;
import static org.gongkai.reports.ReportLayout.TABLE4_RESULTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableRow;
import org.gongkai.organisation.UnitDirectory.UnitView;

/**
 * The rows of an import of earlier years' report figures ({@link EarlierReportImport}): one figure per row
 * (unit, year, format, table, row, column, value, publishedOn), each checked as it is read and reported by row and
 * column, then gathered into one report per unit and year. Cells a report does not list are 0.
 */
final class EarlierReportRows {

    static final String UNIT = "unitCode";
    static final String YEAR = "year";
    static final String FORMAT = "format";
    static final String TABLE = "table";
    static final String ROW = "row";
    static final String COLUMN = "column";
    static final String VALUE = "value";
    static final String PUBLISHED_ON = "publishedOn";
    static final List<String> COLUMN_NAMES = List.of(UNIT, YEAR, FORMAT, TABLE, ROW, COLUMN, VALUE, PUBLISHED_ON);
    static final String TEN_THOUSAND_YUAN = "AMOUNT_TEN_THOUSAND_YUAN";

    /** One earlier report as the rows give it. */
    static final class Report {
        final UnitView unit;
        final int year;
        final ReportFormat format;
        final int firstRow;
        LocalDate publishedOn;
        final Map<String, Map<String, Map<String, Long>>> tables = new LinkedHashMap<>();
        private final Map<String, Integer> cells = new LinkedHashMap<>();

        Report(UnitView unit, int year, ReportFormat format, int firstRow) {
            this.unit = unit;
            this.year = year;
            this.format = format;
            this.firstRow = firstRow;
            for (String t : List.of("二", "三", "四")) {
                tables.put(t, new LinkedHashMap<>());
            }
        }

        ReportTables tables() {
            return new ReportTables(format, tables.get("二"), tables.get("三"), tables.get("四"));
        }

        String label() {
            return unit.name() + " " + year + " 年度";
        }
    }

    private record Key(long unitId, int year) {}

    private final Function<String, Optional<UnitView>> permittedUnit;
    private final int thisYear;
    private final LocalDate today;
    private final ImportReport.Errors errors;
    private final Map<Key, Report> reports = new LinkedHashMap<>();
    private int rowsRead;
    private boolean bad;

    /**
     * @param permittedUnit the reporting unit of a credit code if the actor may enter its earlier reports, else empty
     */
    EarlierReportRows(Function<String, Optional<UnitView>> permittedUnit, LocalDate today, ImportReport.Errors errors) {
        this.permittedUnit = permittedUnit;
        this.thisYear = today.getYear();
        this.today = today;
        this.errors = errors;
    }

    /** The header must name the required columns (JSON lines have none: their members are checked per row). */
    boolean header(TableRow header) {
        List<String> names = header.cells().stream().map(c -> c == null ? "" : c.strip()).toList();
        List<String> missing = COLUMN_NAMES.stream().filter(c -> !c.equals(PUBLISHED_ON) && !names.contains(c)).toList();
        for (String column : missing) {
            errors.add(header.number(), column, "缺少列“" + column + "”：请使用导入模板的表头（" + String.join(", ", COLUMN_NAMES)
                    + "）");
        }
        return missing.isEmpty();
    }

    void row(TableRow row) {
        rowsRead++;
        int n = row.number();
        bad = false;
        UnitView unit = unit(n, row.text(UNIT));
        Integer year = year(n, row.text(YEAR));
        ReportFormat format = ReportFormat.parse(row.text(FORMAT));
        if (format == null) {
            problem(n, FORMAT, "格式须为 2019（试行格式，2019—2020 年度报告）或 2021");
        }
        String table = table(n, row.text(TABLE));
        String line = row.text(ROW);
        String column = row.text(COLUMN);
        if (table != null && format != null) {
            checkKeys(n, table, format, line, column);
        }
        Long value = table == null || column == null ? null : value(n, table, line, column, row.text(VALUE));
        LocalDate publishedOn = publishedOn(n, row.text(PUBLISHED_ON), year);
        if (bad) {
            return;
        }
        Report report = reports.computeIfAbsent(new Key(unit.id(), year), k -> new Report(unit, year, format, n));
        if (report.format != format) {
            problem(n, FORMAT, "与第 " + report.firstRow + " 行（" + report.label() + "）的格式不一致：同一份报告只能用一种格式");
            return;
        }
        if (publishedOn != null) {
            if (report.publishedOn != null && !report.publishedOn.equals(publishedOn)) {
                problem(n, PUBLISHED_ON, "与同一份报告（" + report.label() + "）其他行的公开日期 " + report.publishedOn + " 不一致");
                return;
            }
            report.publishedOn = publishedOn;
        }
        String stored = FEES.equals(line) && TEN_THOUSAND_YUAN.equals(column) ? AMOUNT_FEN : column;
        Integer earlier = report.cells.putIfAbsent(table + "|" + line + "|" + stored, n);
        if (earlier != null) {
            problem(n, COLUMN, "与第 " + earlier + " 行重复：同一份报告的同一表、行、列只能填一个数");
            return;
        }
        report.tables.get(table).computeIfAbsent(line, k -> new LinkedHashMap<>()).put(stored, value);
    }

    /** One problem of the row being read (reported at its row and column; the row is not taken). */
    private void problem(int row, String column, String message) {
        bad = true;
        errors.add(row, column, message);
    }

    int rowsRead() {
        return rowsRead;
    }

    Collection<Report> reports() {
        return reports.values();
    }

    private UnitView unit(int n, String code) {
        if (code == null) {
            problem(n, UNIT, "请填写单位的统一社会信用代码");
            return null;
        }
        Optional<UnitView> unit = permittedUnit.apply(code.toUpperCase());
        if (unit.isEmpty()) {
            problem(n, UNIT, "未找到单位“" + code + "”（须为本系统中的政府、部门或乡镇政府），或您无权导入该单位的年度报告");
            return null;
        }
        return unit.get();
    }

    private Integer year(int n, String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            if (year >= 2008 && year < thisYear) {
                return year;
            }
            problem(n, YEAR, "只能导入以往年度（2008—" + (thisYear - 1) + " 年）的年度报告");
        } catch (NumberFormatException e) {
            problem(n, YEAR, "请填写报告年度（四位年份，如 2020）");
        }
        return null;
    }

    private String table(int n, String text) {
        String t = text == null ? "" : text.replace("表", "").replace("table", "").strip();
        String out = switch (t) {
            case "二", "2" -> "二";
            case "三", "3" -> "三";
            case "四", "4" -> "四";
            default -> null;
        };
        if (out == null) {
            problem(n, TABLE, "表须为 二、三 或 四（主动公开、依申请公开、复议诉讼）");
        }
        return out;
    }

    private void checkKeys(int n, String table, ReportFormat format, String line, String column) {
        List<String> rows = switch (table) {
            case "二" -> List.copyOf(TABLE2_KEYS.keySet());
            case "三" -> ReportLayout.table3Rows(format);
            default -> TABLE4_KINDS;
        };
        if (line == null || !rows.contains(line)) {
            problem(n, ROW, "表" + table + "没有行“" + (line == null ? "" : line) + "”" + (format == ReportFormat.F2019
                    && "三".equals(table) ? "（2019 格式）" : "") + "，可用：" + String.join(", ", rows));
            return;
        }
        List<String> columns = switch (table) {
            case "二" -> FEES.equals(line) ? List.of(AMOUNT_FEN, TEN_THOUSAND_YUAN) : TABLE2_KEYS.get(line);
            case "三" -> COLUMNS;
            default -> TABLE4_RESULTS;
        };
        if (column == null || !columns.contains(column)) {
            problem(n, COLUMN, "表" + table + "“" + line + "”行没有列“" + (column == null ? "" : column) + "”，可用："
                    + String.join(", ", columns));
        }
    }

    private Long value(int n, String table, String line, String column, String text) {
        if (text == null) {
            problem(n, VALUE, "请填写数值（没有的项可不列出，按 0 计）");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(text.replace(",", ""));
            boolean tenThousandYuan = "二".equals(table) && FEES.equals(line) && TEN_THOUSAND_YUAN.equals(column);
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                problem(n, VALUE, "数值须在 0 到 1,000,000,000,000 之间");
                return null;
            }
            return tenThousandYuan ? v.movePointRight(6).longValueExact() : v.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(n, VALUE, TEN_THOUSAND_YUAN.equals(column)
                    ? "请填写金额（单位：万元，最多六位小数），如 1.2345" : "请填写不小于 0 的整数");
            return null;
        }
    }

    private LocalDate publishedOn(int n, String text, Integer year) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate on = LocalDate.parse(text);
            if (on.isAfter(today) || (year != null && on.getYear() <= year)) {
                problem(n, PUBLISHED_ON, "公开日期须在报告年度之后、不晚于今天（YYYY-MM-DD）");
                return null;
            }
            return on;
        } catch (DateTimeParseException e) {
            problem(n, PUBLISHED_ON, "公开日期格式应为 YYYY-MM-DD");
            return null;
        }
    }

    /** Reports that add up, or errors at their first row; {@code exists} says whether the unit has that year's report. */
    List<Report> complete(java.util.function.BiPredicate<Long, Integer> exists) {
        List<Report> out = new ArrayList<>();
        for (Report r : reports.values()) {
            if (exists.test(r.unit.id(), r.year)) {
                errors.add(r.firstRow, YEAR, r.label() + "的年度报告已在本系统中（录入、导入或办理），不能再导入");
                continue;
            }
            List<ReportChecks.Check> failed = ReportChecks.of(r.tables()).stream().filter(c -> !c.ok()).toList();
            if (!failed.isEmpty()) {
                errors.add(r.firstRow, VALUE, r.label() + "校验未通过：" + String.join("；", failed.stream()
                        .limit(5).map(c -> c.name() + "（" + c.detail() + "）").toList())
                        + (failed.size() > 5 ? " 等 " + failed.size() + " 项" : ""));
                continue;
            }
            out.add(r);
        }
        return out;
    }
}
