package org.gongkai.reports;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportTemplate;
import org.gongkai.imports.TableReader;
import org.gongkai.imports.TableRow;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import of earlier years' annual-report figures that a county kept outside the system (so that year-on-year
 * comparisons and the county totals have them): CSV, XLSX or JSON lines through the one {@link TableReader}, one
 * figure per row (see {@link EarlierReportRows}), gathered into one report per unit and year, each checked like an
 * entered report ({@link ReportChecks}) and stored as published, as {@link EarlierReports} stores a hand-entered
 * one. All rows or none: any error is reported by row and column and nothing is written. The actor must prepare or
 * approve the reports of every unit in the file. Audited as {@code IMPORT_EARLIER_REPORTS}; with an idempotency
 * key the key is stored in the writing transaction (decision 007).
 */
@Service
public class EarlierReportImport {

    /** The audit action of an import (success or failure). */
    static final String AUDIT_ACTION = "IMPORT_EARLIER_REPORTS";
    /** Most rows one file may have (a county's earlier years are a few thousand figures). */
    static final int MAX_ROWS = 100_000;

    /** {@code /console/reports/import/template.{csv,xlsx}}: the header and one example figure; a 说明 sheet. */
    public static final ImportTemplate TEMPLATE = new ImportTemplate("年度报告数据导入模板", List.of(
            column(EarlierReportRows.UNIT, true, "单位的统一社会信用代码（政府、部门或乡镇政府；须是您可编写或审核年度报告的单位）"),
            column(EarlierReportRows.YEAR, true, "报告年度（以往年度，四位年份）"),
            column(EarlierReportRows.FORMAT, true, "2021（国办公开办函〔2021〕30号格式）或 2019（试行格式，（六）其他处理为一行）"),
            column(EarlierReportRows.TABLE, true, "二（主动公开）、三（依申请公开）或 四（行政复议、行政诉讼）"),
            column(EarlierReportRows.ROW, true, "行的键，如 NEW_THIS_YEAR、DISCLOSED、RECONSIDERATION、RULES（见导入页面的对照表）"),
            column(EarlierReportRows.COLUMN, true, "列的键，如 NATURAL_PERSON、TOTAL、UPHELD、ISSUED、DECISIONS、AMOUNT_TEN_THOUSAND_YUAN"),
            column(EarlierReportRows.VALUE, true, "数值：不小于 0 的整数；收费金额（万元）最多六位小数。没有列出的格按 0 计"),
            column(EarlierReportRows.PUBLISHED_ON, false, "该报告的公开日期 YYYY-MM-DD（同一份报告各行相同，可只填一行）")),
            List.of("11990101100100148H", "2020", "2021", "三", "NEW_THIS_YEAR", "NATURAL_PERSON", "5", "2021-01-20"));

    private final ReportAccess access;
    private final ReportRepository repository;
    private final EarlierReports earlier;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    EarlierReportImport(ReportAccess access, ReportRepository repository, EarlierReports earlier, AuditLog audit,
            TransactionTemplate tx, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.earlier = earlier;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The columns of the file, in the template's order. */
    public static List<String> columns() {
        return EarlierReportRows.COLUMN_NAMES;
    }

    /**
     * Imports the file for the actor: 403 when the actor prepares or approves no unit's reports; otherwise the
     * report of the import (completed, or the errors by row and column with nothing written).
     */
    public ImportReport importFor(Actor actor, InputStream in, ImportFormat format, IdempotencyKeys.Claim claim) {
        if (actor == null || !mayImportAny(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN,
                    "只有单位的信息员、依申请公开承办人、领导或年度报告审核单位可以导入年度报告数据");
        }
        ImportReport.Errors errors = new ImportReport.Errors();
        Map<String, Optional<UnitView>> units = new HashMap<>();
        EarlierReportRows rows = new EarlierReportRows(code -> units.computeIfAbsent(code, c -> unit(actor, c)),
                LocalDate.now(clock), errors);
        ImportReport report = tx.execute(status -> {
            read(in, format, rows, errors);
            if (rows.rowsRead() == 0 && errors.isEmpty()) {
                errors.add(0, "file", "文件中没有数据行");
            }
            List<EarlierReportRows.Report> complete = errors.isEmpty()
                    ? rows.complete((unitId, year) -> repository.find(unitId, year).isPresent()) : List.of();
            if (!errors.isEmpty()) {
                status.setRollbackOnly();
                return errors.report(rows.rowsRead(), 0);
            }
            for (EarlierReportRows.Report r : complete) {
                earlier.store(r.unit, r.year, r.tables(), new AnnualReport.Narrative(null, null, null), r.publishedOn);
            }
            ImportReport done = errors.report(rows.rowsRead(), rows.rowsRead());
            audit.success(AUDIT_ACTION, "AnnualReport", null, format + " 导入以往年度年度报告 " + complete.size() + " 份（"
                    + String.join("、", complete.stream().map(EarlierReportRows.Report::label).toList()) + "），共 "
                    + rows.rowsRead() + " 行");
            claim.remember(done);
            return done;
        });
        if (!report.completed()) {
            tx.executeWithoutResult(s -> audit.record(AUDIT_ACTION, "AnnualReport", null, AuditLog.Outcome.FAILURE,
                    format + " 导入失败：" + report.errors().size() + (report.moreErrors() ? "+" : "")
                            + " 处错误，所有行均未写入"));
        }
        return report;
    }

    private static void read(InputStream in, ImportFormat format, EarlierReportRows rows, ImportReport.Errors errors) {
        try {
            TableReader.read(in, format, MAX_ROWS, new TableReader.Sink() {
                @Override
                public boolean header(TableRow header) {
                    return rows.header(header);
                }

                @Override
                public void row(TableRow row) {
                    rows.row(row);
                }

                @Override
                public void malformed(int row, String message) {
                    errors.add(row, "", message);
                }
            });
        } catch (GongkaiException e) {
            errors.add(0, "file", e.getMessage());
        }
    }

    private boolean mayImportAny(Actor actor) {
        List<UnitView> all = access.reportingUnits();
        return all.stream().anyMatch(u -> access.mayPrepare(actor, u)) || !access.supervised(actor).isEmpty()
                || all.stream().anyMatch(u -> access.mayApprove(actor, u));
    }

    private Optional<UnitView> unit(Actor actor, String code) {
        try {
            UnitView unit = access.reportingUnit(code);
            return permitted(actor, unit) ? Optional.of(unit) : Optional.empty();
        } catch (GongkaiException notAReportingUnit) {
            return Optional.empty();
        }
    }

    private boolean permitted(Actor actor, UnitView unit) {
        return access.mayPrepare(actor, unit) || access.mayApprove(actor, unit);
    }

    private static ImportTemplate.Column column(String name, boolean required, String description) {
        return new ImportTemplate.Column(name, required, description);
    }
}
