package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.*;

import jakarta.validation.constraints.Size;
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
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.reports.ReportCommands.ApproveReport;
import org.gongkai.reports.ReportCommands.EditReportNarrative;
import org.gongkai.reports.ReportCommands.EnterEarlierReport;
import org.gongkai.reports.ReportCommands.EnterReportEntries;
import org.gongkai.reports.ReportCommands.GenerateDraft;
import org.gongkai.reports.ReportCommands.PublishReport;
import org.gongkai.reports.ReportCommands.ReturnReport;
import org.gongkai.reports.ReportCommands.SubmitReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report: what staff and the public read (drafts computed fresh from the ledgers, frozen numbers
 * from submission on, the supervisor's overview) and one method per staff action for callers holding an
 * {@link Actor}. Every action is a command in {@link ReportCommands} run by the {@link CommandDispatcher}
 * (authorisation by {@link ReportAccess}, the transition, audit and event in one transaction); the console and
 * the API dispatch the same commands. Who may see a report: staff of the unit (and of units above it),
 * supervisors over it, and once it is published everyone; to anybody else it does not exist (404).
 */
@Service
public class ReportService {

    private final ReportRepository repository;
    private final ReportCalculator calculator;
    private final ReportAccess access;
    private final ReportWorkflow workflow;
    private final EarlierReports earlier;
    private final CommandDispatcher dispatcher;
    private final ReportYears years;
    private final Clock clock;

    ReportService(ReportRepository repository, ReportCalculator calculator, ReportAccess access,
            ReportWorkflow workflow, EarlierReports earlier, CommandDispatcher dispatcher, ReportYears years,
            Clock clock) {
        this.repository = repository;
        this.calculator = calculator;
        this.access = access;
        this.workflow = workflow;
        this.earlier = earlier;
        this.dispatcher = dispatcher;
        this.years = years;
        this.clock = clock;
    }

    /** A report became public (for listeners such as search). */
    public record AnnualReportPublished(long unitId, int year) {}

    // --- reading -----------------------------------------------------------------------------------------

    /** The report as staff see it (draft computed fresh). 404 for staff without access to the unit. */
    @Transactional(readOnly = true)
    public ReportView view(Actor actor, String unitCode, int year) {
        years.check(year);
        UnitView unit = access.reportingUnit(unitCode);
        if (!access.mayRead(actor, unit)) {
            throw GongkaiException.outOfScope("Unit", unit.id());
        }
        return build(unit, year, repository.find(unit.id(), year), actor);
    }

    /** Published reports for everyone; unpublished ones for staff with access; otherwise 404. */
    @Transactional(readOnly = true)
    public ReportView viewForApi(Optional<Actor> actor, String unitCode, int year) {
        years.check(year);
        UnitView unit = access.reportingUnit(unitCode);
        Optional<AnnualReport> report = repository.find(unit.id(), year);
        boolean published = report.map(r -> r.status() == ReportStatus.PUBLISHED).orElse(false);
        if (!published && actor.isEmpty()) {
            throw GongkaiException.notFound();
        }
        if (!published && !access.mayRead(actor.get(), unit)) {
            throw GongkaiException.outOfScope("Unit", unit.id());
        }
        return build(unit, year, report, published ? null : actor.orElse(null));
    }

    /** A published report for the portal. */
    @Transactional(readOnly = true)
    public ReportView published(String unitCode, int year) {
        years.check(year);
        UnitView unit = access.reportingUnit(unitCode);
        AnnualReport report = repository.find(unit.id(), year).filter(r -> r.status() == ReportStatus.PUBLISHED)
                .orElseThrow(GongkaiException::notFound);
        return build(unit, year, Optional.of(report), null);
    }

    /** The unit and the years of its published reports, newest first (the portal column). */
    public record PublishedList(UnitView unit, List<Integer> years) {}

    @Transactional(readOnly = true)
    public PublishedList publishedList(String unitCode) {
        UnitView unit = access.reportingUnit(unitCode);
        return new PublishedList(unit, repository.published(unit.id()).stream().map(AnnualReport::year).toList());
    }

    /** Units whose reports the actor may open in the console (their own and those they supervise). */
    @Transactional(readOnly = true)
    public List<UnitView> unitsFor(Actor actor) {
        return access.reportingUnits().stream().filter(u -> access.mayRead(actor, u)).toList();
    }

    /** A report waiting for the actor's next step (the console list behind a workbench count). */
    public record Waiting(UnitView unit, int year, ReportStatus status) {}

    /**
     * Reports in {@code status} whose next step the actor may take now — submitted ones the actor may approve or
     * return, approved ones the actor may publish — by the same permissions the report page and the commands use
     * ({@link ReportAccess#permissions}). Other statuses wait for nobody here: an empty list.
     */
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(Actor actor, ReportStatus status) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.APPROVED) {
            return List.of();
        }
        Map<Long, UnitView> units = new LinkedHashMap<>();
        access.reportingUnits().forEach(u -> units.put(u.id(), u));
        List<Waiting> out = new ArrayList<>();
        for (AnnualReport r : repository.withStatus(status)) {
            UnitView unit = units.get(r.unitId());
            if (unit == null || !access.mayRead(actor, unit)) {
                continue;
            }
            ReportView.Permissions may = access.permissions(actor, unit, r.status());
            if (status == ReportStatus.SUBMITTED ? may.approve() : may.publish()) {
                out.add(new Waiting(unit, r.year(), r.status()));
            }
        }
        return out;
    }

    // --- staff actions (commands) ------------------------------------------------------------------------

    /** Creates or refreshes the draft from the live ledgers (refused once the report is submitted). */
    public ReportView generateDraft(Actor actor, String unitCode, int year) {
        return run(actor, new GenerateDraft(unitCode, year));
    }

    public ReportView saveNarrative(Actor actor, String unitCode, int year, String overview, String problems,
            String otherMatters) {
        return run(actor, new EditReportNarrative(unitCode, year, overview, problems, otherMatters));
    }

    /** 行政许可/处罚/强制 decision counts and 行政事业性收费 in 万元 (up to four decimals). */
    public ReportView saveEntries(Actor actor, String unitCode, int year, String licensing, String penalties,
            String coercion, String feesTenThousandYuan) {
        return run(actor, new EnterReportEntries(unitCode, year, licensing, penalties, coercion, feesTenThousandYuan));
    }

    /** Freezes the numbers and sends the report for approval; refused while any check fails. */
    public ReportView submit(Actor actor, String unitCode, int year) {
        return run(actor, new SubmitReport(unitCode, year));
    }

    public ReportView approve(Actor actor, String unitCode, int year) {
        return run(actor, new ApproveReport(unitCode, year));
    }

    public ReportView returnForChanges(Actor actor, String unitCode, int year, String comment) {
        return run(actor, new ReturnReport(unitCode, year, comment));
    }

    public ReportView publish(Actor actor, String unitCode, int year) {
        return run(actor, new PublishReport(unitCode, year));
    }

    public ReportView enter(Actor actor, String unitCode, int year, EnteredReport in) {
        return run(actor, new EnterEarlierReport(unitCode, year, in));
    }

    private ReportView run(Actor actor, ReportCommands.OnReport command) {
        dispatcher.dispatchAs(actor, command);
        return view(actor, command.unitCode(), command.year());
    }

    // --- earlier years entered by hand ----------------------------------------------------------------------

    /** An earlier year's report as published then (format 2019 or 2021). */
    public record EnteredReport(@Size(max = 10) String format, Map<String, Map<String, BigDecimal>> table2,
            Map<String, Map<String, Long>> table3, Map<String, Map<String, Long>> table4,
            @Size(max = ReportCommands.OVERVIEW_MAX) String overview,
            @Size(max = ReportCommands.PROBLEMS_MAX) String problems,
            @Size(max = ReportCommands.OTHER_MATTERS_MAX) String otherMatters, LocalDate publishedOn) {}

    /**
     * The unit whose earlier years the actor may enter (its preparers and approvers); 403 for others who may
     * read its reports, 404 for everyone else.
     */
    @Transactional(readOnly = true)
    public UnitView entryUnit(Actor actor, String unitCode) {
        return access.preparableOrApprovable(actor, unitCode);
    }

    /** Every check an earlier year's report fails, cell by cell (empty when it adds up or the format is unknown). */
    @Transactional(readOnly = true)
    public List<ReportChecks.Check> entryFailures(EnteredReport in) {
        return earlier.failures(in);
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
        years.check(year);
        Set<Long> scope = access.supervised(actor);
        if (scope.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, AnnualReport> reports = new LinkedHashMap<>();
        repository.forYear(year).forEach(r -> reports.put(r.unitId(), r));
        List<OverviewRow> rows = new ArrayList<>();
        List<ReportTables> tables = new ArrayList<>();
        for (UnitView unit : access.reportingUnits()) {
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
        AnnualReport.Narrative narrative = workflow.narrative(report, unit, year, tables);
        ReportView.Permissions may = actor == null ? ReportView.Permissions.NONE
                : access.permissions(actor, unit, report.status());
        return new ReportView(unit, ReportAccess.GOVERNMENT_TYPES.contains(unit.type()), year, tables.format(), report.status(),
                stored.isPresent(), report.source(), tables, ReportChecks.of(tables),
                ReportReadiness.of(narrative, year, clock), narrative, report.entries(),
                differences, report.returnComment(), report.frozenAt(),
                deadline(unit, year), report.publishedOn(), clock.instant(), may);
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

    // --- helpers ---------------------------------------------------------------------------------------

    LocalDate deadline(UnitView unit, int year) {
        MonthDay day = ReportAccess.GOVERNMENT_TYPES.contains(unit.type()) ? MonthDay.of(3, 31) : MonthDay.of(1, 31);
        return day.atYear(year + 1);
    }

    static String typeLabel(UnitView unit) {
        return switch (unit.type()) {
            case "GOVERNMENT" -> "政府";
            case "TOWNSHIP_GOVERNMENT" -> "乡镇政府";
            default -> "部门";
        };
    }

    private static String or(String a, String b) {
        return a == null ? b : a;
    }
}
