package org.gongkai.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.organisation.UnitDirectory.UnitView;

/**
 * A report as pages, exports and the API show it: for a draft the tables are computed fresh; from submission
 * on they are the frozen snapshot, and {@code differences} lists where the ledgers now say otherwise.
 */
public record ReportView(UnitView unit, boolean government, int year, ReportFormat format, ReportStatus status,
        boolean stored, AnnualReport.Source source, ReportTables tables, List<ReportChecks.Check> checks,
        List<ReportReadiness.Check> readiness, AnnualReport.Narrative narrative, AnnualReport.Entries entries,
        List<String> differences, String returnComment, Instant frozenAt, LocalDate deadline, LocalDate publishedOn,
        Instant madeAt, Permissions may) {

    /** Times in every rendering of a report: Beijing time, whatever the server's zone. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeConfiguration.ZONE);

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

    public boolean ready() {
        return readiness.stream().allMatch(ReportReadiness.Check::ok);
    }

    public List<ReportReadiness.Check> failedReadiness() {
        return ReportReadiness.failed(readiness);
    }

    /** The readiness reasons about one narrative input (for the reason at the field). */
    public List<ReportReadiness.Check> failedReadiness(String field) {
        return failedReadiness().stream().filter(c -> c.field().equals(field)).toList();
    }

    /** Anything not yet published is a draft: every page of its PDF and its office files say 草稿. */
    public boolean draft() {
        return status != ReportStatus.PUBLISHED;
    }

    /** The mark at the top of every page of a draft, with the time it was made (Beijing time); null once published. */
    public String draftMark() {
        if (!draft()) {
            return null;
        }
        String state = switch (status) {
            case SUBMITTED -> "草稿（已报送，待审核）";
            case APPROVED -> "草稿（已审核，待公开）";
            default -> "草稿";
        };
        return state + " · 未经公开，不得引用 · 生成于 " + time(madeAt) + "（北京时间）";
    }

    /** When the numbers were frozen, in Beijing time (null before submission). */
    public String frozenAtText() {
        return frozenAt == null ? null : time(frozenAt);
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public String title() {
        return unit.name() + year + "年政府信息公开工作年度报告";
    }

    public String feesTenThousandYuan() {
        return entries.feesFen() == null ? "" : ReportGrids.tenThousandYuan(entries.feesFen());
    }
}
