package org.gongkai.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * One unit's report for one year. The status changes only through {@link #apply}, which follows
 * {@link ReportLifecycle#TABLE}; the frozen tables are set at submission and cleared by a return.
 */
public final class AnnualReport {

    /** Where the numbers come from: the platform's ledgers, or entered by hand (earlier years). */
    public enum Source {
        LEDGER,
        ENTERED
    }

    /** The narrative parts 一、五、六; null means "not edited yet: show the generated draft". */
    public record Narrative(String overview, String problems, String otherMatters) {}

    /** Numbers the unit enters for table 二 (audited); null = not entered yet (counts as 0). */
    public record Entries(Long licensing, Long penalties, Long coercion, Long feesFen) {

        public static final Entries NONE = new Entries(null, null, null, null);
    }

    private Long id;
    private final long unitId;
    private final int year;
    private ReportFormat format;
    private ReportStatus status;
    private Source source;
    private Narrative narrative;
    private Entries entries;
    private ReportTables frozen;
    private Instant frozenAt;
    private String returnComment;
    private LocalDate publishedOn;
    private long version;

    AnnualReport(Long id, long unitId, int year, ReportFormat format, ReportStatus status, Source source,
            Narrative narrative, Entries entries, ReportTables frozen, Instant frozenAt, String returnComment,
            LocalDate publishedOn, long version) {
        this.id = id;
        this.unitId = unitId;
        this.year = year;
        this.format = format;
        this.status = status;
        this.source = source;
        this.narrative = narrative;
        this.entries = entries;
        this.frozen = frozen;
        this.frozenAt = frozenAt;
        this.returnComment = returnComment;
        this.publishedOn = publishedOn;
        this.version = version;
    }

    static AnnualReport newDraft(long unitId, int year) {
        return new AnnualReport(null, unitId, year, ReportFormat.F2021, ReportStatus.DRAFT, Source.LEDGER,
                new Narrative(null, null, null), Entries.NONE, null, null, null, null, 0);
    }

    /** An earlier year's report entered by hand: published as given. */
    static AnnualReport entered(long unitId, int year, ReportTables tables, Narrative narrative, Instant now,
            LocalDate publishedOn) {
        return new AnnualReport(null, unitId, year, tables.format(), ReportStatus.PUBLISHED, Source.ENTERED, narrative,
                Entries.NONE, tables, now, null, publishedOn, 0);
    }

    /**
     * Takes the lifecycle edge of {@code action}; returns the new status. Refused with REPORT_ALREADY_PUBLISHED
     * once published, TRANSITION_NOT_ALLOWED for any other pair the table does not allow.
     */
    ReportStatus apply(ReportAction action) {
        status = ReportLifecycle.TABLE.next(status, action).orElseThrow(() -> new GongkaiException(
                status == ReportStatus.PUBLISHED ? ErrorCode.REPORT_ALREADY_PUBLISHED : ErrorCode.TRANSITION_NOT_ALLOWED,
                "年度报告当前为“" + status.label() + "”，不能" + action.label(), "status"));
        return status;
    }

    void freeze(ReportTables tables, Instant at) {
        frozen = tables;
        frozenAt = at;
        returnComment = null;
    }

    void returnWith(String comment) {
        frozen = null;
        frozenAt = null;
        returnComment = comment;
    }

    void published(LocalDate on) {
        publishedOn = on;
    }

    void edit(Narrative narrative) {
        requireEditable();
        this.narrative = narrative;
    }

    void enter(Entries entries) {
        requireEditable();
        this.entries = entries;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new GongkaiException(status == ReportStatus.PUBLISHED ? ErrorCode.REPORT_ALREADY_PUBLISHED
                    : ErrorCode.REPORT_NOT_EDITABLE, "年度报告已报送，不能再修改；如需修改请由审核单位退回", "status");
        }
    }

    void assignId(long id) {
        this.id = id;
    }

    void bumpVersion() {
        version++;
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public int year() {
        return year;
    }

    public ReportFormat format() {
        return format;
    }

    public ReportStatus status() {
        return status;
    }

    public Source source() {
        return source;
    }

    public Narrative narrative() {
        return narrative;
    }

    public Entries entries() {
        return entries;
    }

    public ReportTables frozen() {
        return frozen;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public String returnComment() {
        return returnComment;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public long version() {
        return version;
    }
}
