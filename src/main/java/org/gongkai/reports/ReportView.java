package org.gongkai.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.organisation.UnitDirectory.UnitView;

/**
 * A report as pages, exports and the API show it: for a draft the tables are computed fresh; from submission
 * on they are the frozen snapshot, and {@code differences} lists where the ledgers now say otherwise.
 */
public record ReportView(UnitView unit, boolean government, int year, ReportFormat format, ReportStatus status,
        boolean stored, AnnualReport.Source source, ReportTables tables, List<ReportChecks.Check> checks,
        AnnualReport.Narrative narrative, AnnualReport.Entries entries,
        List<String> differences, String returnComment, Instant frozenAt, LocalDate deadline, LocalDate publishedOn,
        Permissions may) {

    /** What the current viewer may do with it now. */
    public record Permissions(boolean edit, boolean generateDraft, boolean submit, boolean approve, boolean publish) {

        public static final Permissions NONE = new Permissions(false, false, false, false, false);
    }

    public List<Grid> grids() {
        return ReportGrids.all(tables);
    }

    public boolean checksPass() {
        return ReportChecks.allPass(checks);
    }

    public List<ReportChecks.Check> failedChecks() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    public String title() {
        return unit.name() + year + "年政府信息公开工作年度报告";
    }

    public String feesTenThousandYuan() {
        return entries.feesFen() == null ? "" : ReportGrids.tenThousandYuan(entries.feesFen());
    }
}
