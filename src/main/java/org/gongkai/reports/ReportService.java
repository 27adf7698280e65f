package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report: drafts computed fresh from the ledgers, narrative and table-二 entries, the approval
 * workflow (numbers frozen at submission), publication, earlier years entered by hand, and the supervisor's
 * overview. Who may see a report: staff of the unit (and of units above it), supervisors over it, and once it
 * is published everyone; to anybody else it does not exist (404).
 */
@Service
@Transactional
public class ReportService {

    static final Set<String> REPORTING_TYPES = Set.of("GOVERNMENT", "DEPARTMENT", "TOWNSHIP_GOVERNMENT");
    static final Set<String> GOVERNMENT_TYPES = Set.of("GOVERNMENT", "TOWNSHIP_GOVERNMENT");
    private static final Role[] PREPARERS = {Role.EDITOR, Role.REQUEST_OFFICER, Role.LEADER};

    private final ReportRepository repository;
    private final ReportCalculator calculator;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository repository, ReportCalculator calculator, UnitDirectory units, AuditLog audit,
            Clock clock, ReportProperties properties, ApplicationEventPublisher events) {
        this.repository = repository;
        this.calculator = calculator;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /** A report became public (for listeners such as search). */
    public record AnnualReportPublished(long unitId, int year) {}

    // --- reading -----------------------------------------------------------------------------------------

    /** The report as staff see it (draft computed fresh). 404 for staff without access to the unit. */
    @Transactional(readOnly = true)
    public ReportView view(Actor actor, String unitCode, int year) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayRead(actor, unit)) {
            throw GongkaiException.outOfScope("Unit", unit.id());
        }
        return build(unit, year, repository.find(unit.id(), year), actor);
    }

    /** Published reports for everyone; unpublished ones for staff with access; otherwise 404. */
    @Transactional(readOnly = true)
    public ReportView viewForApi(Optional<Actor> actor, String unitCode, int year) {
        UnitView unit = reportingUnit(unitCode);
        Optional<AnnualReport> report = repository.find(unit.id(), year);
        boolean published = report.map(r -> r.status() == ReportStatus.PUBLISHED).orElse(false);
        if (!published && (actor.isEmpty() || !mayRead(actor.get(), unit))) {
            throw GongkaiException.notFound();
        }
        return build(unit, year, report, published ? null : actor.orElse(null));
    }

    /** A published report for the portal. */
    @Transactional(readOnly = true)
    public ReportView published(String unitCode, int year) {
        UnitView unit = reportingUnit(unitCode);
        AnnualReport report = repository.find(unit.id(), year).filter(r -> r.status() == ReportStatus.PUBLISHED)
                .orElseThrow(GongkaiException::notFound);
        return build(unit, year, Optional.of(report), null);
    }

    /** The unit and the years of its published reports, newest first (the portal column). */
    public record PublishedList(UnitView unit, List<Integer> years) {}

    @Transactional(readOnly = true)
    public PublishedList publishedList(String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        return new PublishedList(unit, repository.published(unit.id()).stream().map(AnnualReport::year).toList());
    }

    /** Units whose reports the actor may open in the console (their own and those they supervise). */
    @Transactional(readOnly = true)
    public List<UnitView> unitsFor(Actor actor) {
        return reportingUnits().stream().filter(u -> mayRead(actor, u)).toList();
    }

    // --- editing -----------------------------------------------------------------------------------------

    public ReportView saveNarrative(Actor actor, String unitCode, int year, String overview, String problems,
            String otherMatters) {
        UnitView unit = preparable(actor, unitCode);
        AnnualReport report = loadOrStart(unit, year);
        report.edit(new AnnualReport.Narrative(text(overview), text(problems), text(otherMatters)));
        repository.save(report, clock.instant());
        audit.success("REPORT_NARRATIVE_SAVED", "AnnualReport", key(unit, year), "保存年度报告文字部分");
        return view(actor, unitCode, year);
    }

    /** 行政许可/处罚/强制 decision counts and 行政事业性收费 in 万元 (up to four decimals). */
    public ReportView saveEntries(Actor actor, String unitCode, int year, String licensing, String penalties,
            String coercion, String feesTenThousandYuan) {
        UnitView unit = preparable(actor, unitCode);
        AnnualReport report = loadOrStart(unit, year);
        AnnualReport.Entries entries = new AnnualReport.Entries(count("licensing", licensing),
                count("penalties", penalties), count("coercion", coercion), fen("fees", feesTenThousandYuan));
        report.enter(entries);
        repository.save(report, clock.instant());
        audit.success("REPORT_ENTRIES_SAVED", "AnnualReport", key(unit, year), "行政许可 " + entries.licensing()
                + "，行政处罚 " + entries.penalties() + "，行政强制 " + entries.coercion() + "，收费（分）" + entries.feesFen());
        return view(actor, unitCode, year);
    }

    // --- the workflow ------------------------------------------------------------------------------------

    /** Freezes the numbers and sends the report for approval; refused while any check fails. */
    public ReportView submit(Actor actor, String unitCode, int year) {
        UnitView unit = preparable(actor, unitCode);
        AnnualReport report = loadOrStart(unit, year);
        ReportTables tables = calculator.fresh(unit.id(), year, report.entries());
        List<ReportChecks.Check> failed = ReportChecks.of(tables).stream().filter(c -> !c.ok()).toList();
        if (!failed.isEmpty()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED,
                    "校验未通过，不能报送：" + failed.get(0).name() + "（" + failed.get(0).detail() + "）", "checks");
        }
        if (report.narrative().overview() == null) {
            report.edit(NarrativeDraft.of(facts(unit, year, tables)));
        }
        String action = report.moveTo(ReportStatus.SUBMITTED);
        report.freeze(tables, clock.instant());
        repository.save(report, clock.instant());
        audit.success(action, "AnnualReport", key(unit, year), "报送审核，数据已锁定：本年新收 "
                + tables.t3(NEW_THIS_YEAR, TOTAL) + " 件，办结 " + tables.t3(TOTAL_HANDLED, TOTAL) + " 件");
        return view(actor, unitCode, year);
    }

    public ReportView approve(Actor actor, String unitCode, int year) {
        UnitView unit = approvable(actor, unitCode);
        AnnualReport report = existing(unit, year);
        String action = report.moveTo(ReportStatus.APPROVED);
        repository.save(report, clock.instant());
        audit.success(action, "AnnualReport", key(unit, year), "审核通过");
        return view(actor, unitCode, year);
    }

    public ReportView returnForChanges(Actor actor, String unitCode, int year, String comment) {
        UnitView unit = approvable(actor, unitCode);
        if (comment == null || comment.isBlank()) {
            throw GongkaiException.invalid("comment", "请填写退回意见");
        }
        AnnualReport report = existing(unit, year);
        String action = report.moveTo(ReportStatus.RETURNED);
        report.returnWith(comment.trim());
        repository.save(report, clock.instant());
        audit.success(action, "AnnualReport", key(unit, year), "退回修改：" + comment.trim());
        return view(actor, unitCode, year);
    }

    public ReportView publish(Actor actor, String unitCode, int year) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayPrepare(actor, unit) && !mayApprove(actor, unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN) : GongkaiException.outOfScope("Unit", unit.id());
        }
        AnnualReport report = existing(unit, year);
        String action = report.moveTo(ReportStatus.PUBLISHED);
        report.published(LocalDate.now(clock));
        repository.save(report, clock.instant());
        audit.success(action, "AnnualReport", key(unit, year), "在政府信息公开年报栏目公开");
        events.publishEvent(new AnnualReportPublished(unit.id(), year));
        return view(actor, unitCode, year);
    }

    // --- earlier years entered by hand ----------------------------------------------------------------------

    /** An earlier year's report as published then (format 2019 or 2021). */
    public record EnteredReport(String format, Map<String, Map<String, BigDecimal>> table2,
            Map<String, Map<String, Long>> table3, Map<String, Map<String, Long>> table4, String overview,
            String problems, String otherMatters, LocalDate publishedOn) {}

    /**
     * The unit whose earlier years the actor may enter (its preparers and approvers); 403 for others who may
     * read its reports, 404 for everyone else.
     */
    @Transactional(readOnly = true)
    public UnitView entryUnit(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayPrepare(actor, unit) && !mayApprove(actor, unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN) : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    /** Every check an earlier year's report fails, cell by cell (empty when it adds up or the format is unknown). */
    @Transactional(readOnly = true)
    public List<ReportChecks.Check> entryFailures(EnteredReport in) {
        ReportFormat format = ReportFormat.parse(in.format());
        if (format == null) {
            return List.of();
        }
        ReportTables tables = new ReportTables(format, table2(in.table2()), in.table3(), in.table4());
        return ReportChecks.of(tables).stream().filter(c -> !c.ok()).toList();
    }

    public ReportView enter(Actor actor, String unitCode, int year, EnteredReport in) {
        UnitView unit = entryUnit(actor, unitCode);
        if (year >= LocalDate.now(clock).getYear() || year < 2008) {
            throw GongkaiException.invalid("year", "只能录入或导入以往年度的年度报告");
        }
        ReportFormat format = ReportFormat.parse(in.format());
        if (format == null) {
            throw GongkaiException.invalid("format", "格式须为 2019 或 2021");
        }
        requireKnownKeys("table3", in.table3(), Set.copyOf(table3Rows(format)), Set.copyOf(COLUMNS));
        requireKnownKeys("table4", in.table4(), Set.copyOf(TABLE4_KINDS), Set.copyOf(TABLE4_RESULTS));
        ReportTables tables = new ReportTables(format, table2(in.table2()), in.table3(), in.table4());
        List<ReportChecks.Check> failed = ReportChecks.of(tables).stream().filter(c -> !c.ok()).toList();
        if (!failed.isEmpty()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "校验未通过，不能录入：" + failed.get(0).name() + "（"
                    + failed.get(0).detail() + "）" + (failed.size() > 1 ? "等 " + failed.size() + " 项" : ""), "checks");
        }
        Optional<AnnualReport> existing = repository.find(unit.id(), year);
        if (existing.isPresent()) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "该单位 " + year + " 年度的年度报告已存在", "year");
        }
        AnnualReport report = AnnualReport.entered(unit.id(), year, tables,
                new AnnualReport.Narrative(text(in.overview()), text(in.problems()), text(in.otherMatters())),
                clock.instant(), in.publishedOn());
        repository.save(report, clock.instant());
        audit.success("REPORT_ENTERED", "AnnualReport", key(unit, year), "录入以往年度年度报告（" + format.code() + " 格式）");
        return view(actor, unitCode, year);
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

    // --- the supervisor's overview ---------------------------------------------------------------------------

    /** One unit's line: status against the deadline. {@code state} is NOT_STARTED or a {@link ReportStatus}. */
    public record OverviewRow(UnitView unit, String typeLabel, String state, String stateLabel, LocalDate deadline,
            boolean late, LocalDate publishedOn) {}

    public record Overview(int year, LocalDate today, List<OverviewRow> rows, ReportTables total, int unitsCounted) {

        public List<Grid> grids() {
            return ReportGrids.all(total);
        }

        public long count(String state) {
            return rows.stream().filter(r -> r.state().equals(state)).count();
        }

        public long lateCount() {
            return rows.stream().filter(OverviewRow::late).count();
        }
    }

    @Transactional(readOnly = true)
    public Overview overview(Actor actor, int year) {
        Set<Long> scope = supervised(actor);
        if (scope.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, AnnualReport> reports = new LinkedHashMap<>();
        repository.forYear(year).forEach(r -> reports.put(r.unitId(), r));
        List<OverviewRow> rows = new ArrayList<>();
        List<ReportTables> tables = new ArrayList<>();
        for (UnitView unit : reportingUnits()) {
            if (!scope.contains(unit.id())) {
                continue;
            }
            AnnualReport report = reports.get(unit.id());
            LocalDate deadline = deadline(unit, year);
            String state = report == null ? "NOT_STARTED" : report.status().name();
            String label = report == null ? "未开始" : report.status().label();
            boolean late = report == null || report.status() != ReportStatus.PUBLISHED ? today.isAfter(deadline)
                    : report.publishedOn() != null && report.publishedOn().isAfter(deadline);
            rows.add(new OverviewRow(unit, typeLabel(unit), state, label, deadline, late,
                    report == null ? null : report.publishedOn()));
            tables.add(report != null && report.frozen() != null ? report.frozen()
                    : calculator.fresh(unit.id(), year, report == null ? AnnualReport.Entries.NONE : report.entries()));
        }
        return new Overview(year, today, rows, ReportTables.sum(ReportFormat.F2021, tables), tables.size());
    }

    // --- building the view -------------------------------------------------------------------------------

    private ReportView build(UnitView unit, int year, Optional<AnnualReport> stored, Actor actor) {
        AnnualReport report = stored.orElseGet(() -> AnnualReport.newDraft(unit.id(), year));
        ReportTables tables;
        List<String> differences = List.of();
        if (report.frozen() != null) {
            tables = report.frozen();
            if (report.source() == AnnualReport.Source.LEDGER && actor != null) {
                differences = differences(report.frozen(), calculator.fresh(unit.id(), year, report.entries()));
            }
        } else {
            tables = calculator.fresh(unit.id(), year, report.entries());
        }
        AnnualReport.Narrative narrative = report.narrative();
        if (narrative.overview() == null || narrative.problems() == null || narrative.otherMatters() == null) {
            AnnualReport.Narrative draft = report.source() == AnnualReport.Source.LEDGER
                    ? NarrativeDraft.of(facts(unit, year, tables)) : new AnnualReport.Narrative("", "", "");
            narrative = new AnnualReport.Narrative(or(narrative.overview(), draft.overview()),
                    or(narrative.problems(), draft.problems()), or(narrative.otherMatters(), draft.otherMatters()));
        }
        ReportView.Permissions may = ReportView.Permissions.NONE;
        if (actor != null) {
            boolean prepare = mayPrepare(actor, unit);
            boolean approve = mayApprove(actor, unit);
            ReportStatus s = report.status();
            may = new ReportView.Permissions(prepare && s.editable(), prepare && s.editable(),
                    approve && s == ReportStatus.SUBMITTED, (prepare || approve) && s == ReportStatus.APPROVED);
        }
        return new ReportView(unit, GOVERNMENT_TYPES.contains(unit.type()), year, tables.format(), report.status(),
                stored.isPresent(), report.source(), tables, ReportChecks.of(tables), narrative, report.entries(),
                differences, report.returnComment(), report.frozenAt(),
                deadline(unit, year), report.publishedOn(), may);
    }

    private NarrativeDraft.Facts facts(UnitView unit, int year, ReportTables tables) {
        Long lastYear = repository.find(unit.id(), year - 1).filter(r -> r.frozen() != null)
                .map(r -> r.frozen().t3(NEW_THIS_YEAR, TOTAL))
                .orElseGet(() -> calculator.receivedTotal(unit.id(), year - 1));
        return new NarrativeDraft.Facts(unit.name(), year, tables, lastYear, calculator.timeliness(unit.id(), year),
                calculator.feesPaidFen(unit.id(), year));
    }

    static List<String> differences(ReportTables frozen, ReportTables now) {
        List<String> out = new ArrayList<>();
        frozen.table3().forEach((row, cells) -> cells.forEach((column, v) -> {
            long current = now.t3(row, column);
            if (current != v) {
                out.add("表三“" + rowLabel(row) + "”/“" + columnLabel(column) + "”：报送时 " + v + "，台账现为 " + current);
            }
        }));
        frozen.table4().forEach((kind, cells) -> cells.forEach((result, v) -> {
            long current = now.t4(kind, result);
            if (current != v) {
                out.add("表四“" + TABLE4_KIND_LABELS.get(kind) + "”/“" + TABLE4_RESULT_LABELS.get(result) + "”：报送时 " + v
                        + "，台账现为 " + current);
            }
        }));
        frozen.table2().forEach((block, cells) -> cells.forEach((column, v) -> {
            long current = now.t2(block, column);
            if (current != v) {
                out.add("表二“" + TABLE2_LABELS.get(block) + "”：报送时 " + v + "，现为 " + current);
            }
        }));
        return out;
    }

    // --- who may do what ---------------------------------------------------------------------------------

    LocalDate deadline(UnitView unit, int year) {
        MonthDay day = GOVERNMENT_TYPES.contains(unit.type()) ? MonthDay.of(3, 31) : MonthDay.of(1, 31);
        return day.atYear(year + 1);
    }

    private boolean mayRead(Actor actor, UnitView unit) {
        return units.visibleUnits(actor).contains(unit.id()) || supervised(actor).contains(unit.id());
    }

    private boolean mayPrepare(Actor actor, UnitView unit) {
        Set<Role> roles = actor.unitRoles().getOrDefault(unit.id(), Set.of());
        for (Role r : PREPARERS) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Departments: the county disclosure office's supervisors; governments: their own leaders (or supervisors). */
    private boolean mayApprove(Actor actor, UnitView unit) {
        if (supervised(actor).contains(unit.id())) {
            return true;
        }
        return GOVERNMENT_TYPES.contains(unit.type()) && units.visibleUnits(actor, Role.LEADER).contains(unit.id());
    }

    /** Units the actor supervises: SUPERVISOR scope, and every reporting unit for the approving office. */
    private Set<Long> supervised(Actor actor) {
        Set<Long> out = new HashSet<>(units.visibleUnits(actor, Role.SUPERVISOR));
        Optional<UnitView> office = approvingUnit();
        if (office.isPresent() && actor.unitsWithRole(Role.SUPERVISOR).contains(office.get().id())) {
            reportingUnits().forEach(u -> out.add(u.id()));
        }
        return out;
    }

    /** The setting, or the county government's 办公室, or the county government. */
    Optional<UnitView> approvingUnit() {
        if (!properties.approvingUnit().isEmpty()) {
            return units.findByCreditCode(properties.approvingUnit());
        }
        List<UnitView> all = units.findAll();
        Optional<UnitView> county = all.stream().filter(u -> u.parentId() == null && "GOVERNMENT".equals(u.type()))
                .findFirst();
        if (county.isEmpty()) {
            return Optional.empty();
        }
        return all.stream().filter(u -> county.get().id() == (u.parentId() == null ? -1 : u.parentId()))
                .filter(u -> u.name().endsWith("政府办公室")).findFirst().or(() -> county);
    }

    private List<UnitView> reportingUnits() {
        return units.findAll().stream().filter(u -> REPORTING_TYPES.contains(u.type())).toList();
    }

    private UnitView reportingUnit(String unitCode) {
        return units.findByCreditCode(unitCode == null ? "" : unitCode.trim())
                .filter(u -> REPORTING_TYPES.contains(u.type())).orElseThrow(GongkaiException::notFound);
    }

    private UnitView preparable(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayPrepare(actor, unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN, "只有本单位的信息员、承办人或领导可以编写和报送年度报告")
                    : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    private UnitView approvable(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayApprove(actor, unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN, "只有政务公开主管部门（政府自行）可以审核年度报告")
                    : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    private AnnualReport loadOrStart(UnitView unit, int year) {
        if (year < 2008 || year > LocalDate.now(clock).getYear()) {
            throw GongkaiException.invalid("year", "年度不正确");
        }
        return repository.find(unit.id(), year).orElseGet(() -> AnnualReport.newDraft(unit.id(), year));
    }

    private AnnualReport existing(UnitView unit, int year) {
        return repository.find(unit.id(), year).orElseThrow(() -> new GongkaiException(ErrorCode.CONFLICT,
                "年度报告尚未报送", "status"));
    }

    static String typeLabel(UnitView unit) {
        return switch (unit.type()) {
            case "GOVERNMENT" -> "政府";
            case "TOWNSHIP_GOVERNMENT" -> "乡镇政府";
            default -> "部门";
        };
    }

    private static String key(UnitView unit, int year) {
        return unit.creditCode() + "/" + year;
    }

    private static String text(String s) {
        return s == null ? null : s.strip();
    }

    private static String or(String a, String b) {
        return a == null ? b : a;
    }

    private static Long count(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < 0) {
                throw GongkaiException.invalid(field, "数量不能为负数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写整数");
        }
    }

    private static Long fen(String field, String tenThousandYuan) {
        if (tenThousandYuan == null || tenThousandYuan.isBlank()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(tenThousandYuan.trim());
            if (v.signum() < 0 || v.scale() > 4) {
                throw GongkaiException.invalid(field, "请填写不小于 0 的金额，单位万元，最多四位小数");
            }
            return v.movePointRight(6).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw GongkaiException.invalid(field, "请填写金额（单位：万元），如 1.2345");
        }
    }
}
