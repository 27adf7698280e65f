package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.AMOUNT_FEN;
import static org.gongkai.reports.ReportLayout.COLUMNS;
import static org.gongkai.reports.ReportLayout.FEES;
import static org.gongkai.reports.ReportLayout.TABLE2_KEYS;
import static org.gongkai.reports.ReportLayout.TABLE4_KINDS;
import static org.gongkai.reports.ReportLayout.TABLE4_RESULTS;
import static org.gongkai.reports.ReportLayout.table3Rows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.reports.ReportCommands.EnterEarlierReport;
import org.gongkai.reports.ReportCommands.ReportChange;
import org.gongkai.reports.ReportService.EnteredReport;
import org.springframework.stereotype.Component;

/**
 * Earlier years' reports as they were published (format 2019 or 2021): entered by hand one at a time, or imported
 * as figures from a table ({@link EarlierReportImport}); checked cell by cell and stored as published, so that the
 * year-on-year comparison of the next drafts and the county totals have them.
 */
@Component
class EarlierReports {

    private final ReportRepository repository;
    private final ReportAccess access;
    private final Clock clock;

    EarlierReports(ReportRepository repository, ReportAccess access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** Every check an earlier year's report fails, cell by cell (empty when it adds up or the format is unknown). */
    List<ReportChecks.Check> failures(EnteredReport in) {
        ReportFormat format = ReportFormat.parse(in.format());
        if (format == null) {
            return List.of();
        }
        ReportTables tables = new ReportTables(format, table2(in.table2()), in.table3(), in.table4());
        return ReportChecks.of(tables).stream().filter(c -> !c.ok()).toList();
    }

    ReportChange enter(EnterEarlierReport c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        int year = c.year();
        EnteredReport in = c.report();
        if (year >= LocalDate.now(clock).getYear() || year < ReportYears.FIRST) {
            throw GongkaiException.invalid("year", "只能录入或导入以往年度的年度报告");
        }
        ReportFormat format = ReportFormat.parse(in == null ? null : in.format());
        if (format == null) {
            throw GongkaiException.invalid("format", "格式须为 2019 或 2021");
        }
        requireKnownKeys("table3", in.table3(), Set.copyOf(table3Rows(format)), Set.copyOf(COLUMNS));
        requireKnownKeys("table4", in.table4(), Set.copyOf(TABLE4_KINDS), Set.copyOf(TABLE4_RESULTS));
        ReportTables tables = new ReportTables(format, table2(in.table2()), in.table3(), in.table4());
        List<ReportChecks.Check> failed = ReportChecks.of(tables).stream().filter(x -> !x.ok()).toList();
        if (!failed.isEmpty()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "校验未通过，不能录入：" + failed.get(0).name() + "（"
                    + failed.get(0).detail() + "）" + (failed.size() > 1 ? "等 " + failed.size() + " 项" : ""), "checks");
        }
        if (repository.find(unit.id(), year).isPresent()) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "该单位 " + year + " 年度的年度报告已存在", "year");
        }
        store(unit, year, tables, new AnnualReport.Narrative(ReportWorkflow.text(in.overview()),
                ReportWorkflow.text(in.problems()), ReportWorkflow.text(in.otherMatters())), in.publishedOn());
        return ReportWorkflow.change(unit, year, "录入以往年度年度报告（" + format.code() + " 格式）");
    }

    /**
     * Stores an earlier year's report as it was published then (source ENTERED, status PUBLISHED): entered by hand
     * ({@link #enter}) or imported ({@link EarlierReportImport}); the caller has checked it.
     */
    void store(UnitView unit, int year, ReportTables tables, AnnualReport.Narrative narrative, LocalDate publishedOn) {
        repository.save(AnnualReport.entered(unit.id(), year, tables, narrative, clock.instant(), publishedOn),
                clock.instant());
    }

    private static void requireKnownKeys(String field, Map<String, Map<String, Long>> table, Set<String> rows,
            Set<String> columns) {
        if (table == null) {
            throw GongkaiException.invalid(field, "缺少" + field);
        }
        table.forEach((row, cells) -> {
            if (!rows.contains(row)) {
                throw GongkaiException.invalid(field, field + " 中的行“" + row + "”不属于该格式");
            }
            if (cells != null && !columns.containsAll(cells.keySet())) {
                throw GongkaiException.invalid(field, field + " 行“" + row + "”中有未知的列");
            }
        });
    }

    private static Map<String, Map<String, Long>> table2(Map<String, Map<String, BigDecimal>> in) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (in == null) {
            return out;
        }
        in.forEach((block, cells) -> {
            if (!TABLE2_KEYS.containsKey(block)) {
                throw GongkaiException.invalid("table2", "table2 中的“" + block + "”不是表二的项目");
            }
            Map<String, Long> line = new LinkedHashMap<>();
            (cells == null ? Map.<String, BigDecimal>of() : cells).forEach((k, v) -> {
                if (v == null) {
                    return;
                }
                if (FEES.equals(block) && "AMOUNT_TEN_THOUSAND_YUAN".equals(k)) {
                    line.putIfAbsent(AMOUNT_FEN, exact(v.movePointRight(6), block, k));
                } else if (TABLE2_KEYS.get(block).contains(k)) {
                    line.put(k, exact(v, block, k));
                } else {
                    throw GongkaiException.invalid("table2", "table2 “" + block + "”中有未知的列“" + k + "”");
                }
            });
            out.put(block, line);
        });
        return out;
    }

    private static long exact(BigDecimal value, String block, String key) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw GongkaiException.invalid("table2", "table2 “" + block + "”的“" + key + "”须为整数"
                    + ("AMOUNT_TEN_THOUSAND_YUAN".equals(key) ? "（万元最多保留六位小数）" : ""));
        }
    }
}
