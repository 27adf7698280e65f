package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.CARRIED_OVER;
import static org.gongkai.reports.ReportLayout.CARRIED_TO_NEXT;
import static org.gongkai.reports.ReportLayout.ISSUED;
import static org.gongkai.reports.ReportLayout.NEW_THIS_YEAR;
import static org.gongkai.reports.ReportLayout.NORMATIVE_DOCUMENTS;
import static org.gongkai.reports.ReportLayout.RULES;
import static org.gongkai.reports.ReportLayout.TOTAL;
import static org.gongkai.reports.ReportLayout.TOTAL_HANDLED;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.reports.ReportCommands.EditReportNarrative;
import org.gongkai.reports.ReportCommands.EnterReportEntries;
import org.gongkai.reports.ReportCommands.GenerateDraft;
import org.gongkai.reports.ReportCommands.OnReport;
import org.gongkai.reports.ReportCommands.ReportChange;
import org.gongkai.reports.ReportCommands.ReturnReport;
import org.gongkai.reports.ReportService.AnnualReportPublished;
import org.springframework.stereotype.Component;

/**
 * What the report commands do once authorised: the generated draft, the narrative and table-二 entries of a draft,
 * and the moves along {@link ReportLifecycle#TABLE} (numbers frozen at submission, unfrozen by a return,
 * publication).
 */
@Component
class ReportWorkflow {

    private final ReportRepository repository;
    private final ReportCalculator calculator;
    private final ReportAccess access;
    private final Clock clock;

    ReportWorkflow(ReportRepository repository, ReportCalculator calculator, ReportAccess access, Clock clock) {
        this.repository = repository;
        this.calculator = calculator;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Creates or refreshes the draft from the live ledgers: the lifecycle must allow it (a draft or a returned
     * report), the narrative is written from today's numbers, and the audit detail keeps the numbers it used.
     */
    ReportChange generateDraft(GenerateDraft c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = loadOrStart(unit, c.year());
        report.apply(ReportAction.GENERATE_DRAFT);
        ReportTables tables = calculator.fresh(unit.id(), c.year(), report.entries());
        report.edit(NarrativeDraft.of(facts(unit, c.year(), tables)));
        repository.save(report, clock.instant());
        long failed = ReportChecks.of(tables).stream().filter(x -> !x.ok()).count();
        return change(unit, c.year(), "按台账生成初稿：本年新收 " + tables.t3(NEW_THIS_YEAR, TOTAL) + " 件，上年结转 "
                + tables.t3(CARRIED_OVER, TOTAL) + " 件，办结 " + tables.t3(TOTAL_HANDLED, TOTAL) + " 件，结转下年 "
                + tables.t3(CARRIED_TO_NEXT, TOTAL) + " 件；制发规章 " + tables.t2(RULES, ISSUED) + " 件、行政规范性文件 "
                + tables.t2(NORMATIVE_DOCUMENTS, ISSUED) + " 件；" + (failed == 0 ? "校验全部通过" : failed + " 项校验未通过"));
    }

    ReportChange editNarrative(EditReportNarrative c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = loadOrStart(unit, c.year());
        report.edit(new AnnualReport.Narrative(text(c.overview()), text(c.problems()), text(c.otherMatters())));
        repository.save(report, clock.instant());
        return change(unit, c.year(), "保存年度报告文字部分");
    }

    ReportChange enterEntries(EnterReportEntries c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = loadOrStart(unit, c.year());
        AnnualReport.Entries entries = new AnnualReport.Entries(count("licensing", c.licensing()),
                count("penalties", c.penalties()), count("coercion", c.coercion()), fen("fees", c.feesTenThousandYuan()));
        report.enter(entries);
        repository.save(report, clock.instant());
        return change(unit, c.year(), "行政许可 " + entries.licensing() + "，行政处罚 " + entries.penalties()
                + "，行政强制 " + entries.coercion() + "，收费（分）" + entries.feesFen());
    }

    /** Freezes the numbers and sends the report for approval; refused while any check fails. */
    ReportChange submit(OnReport c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = loadOrStart(unit, c.year());
        ReportTables tables = calculator.fresh(unit.id(), c.year(), report.entries());
        List<ReportChecks.Check> failed = ReportChecks.of(tables).stream().filter(x -> !x.ok()).toList();
        if (!failed.isEmpty()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED,
                    "校验未通过，不能报送：" + failed.get(0).name() + "（" + failed.get(0).detail() + "）", "checks");
        }
        AnnualReport.Narrative narrative = narrative(report, unit, c.year(), tables);
        ReportReadiness.require(ReportReadiness.of(narrative, c.year(), clock), "报送");
        if (!narrative.equals(report.narrative())) {
            report.edit(narrative);
        }
        report.apply(ReportAction.SUBMIT);
        report.freeze(tables, clock.instant());
        repository.save(report, clock.instant());
        return change(unit, c.year(), "报送审核，数据已锁定：本年新收 " + tables.t3(NEW_THIS_YEAR, TOTAL) + " 件，办结 "
                + tables.t3(TOTAL_HANDLED, TOTAL) + " 件");
    }

    ReportChange approve(OnReport c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = existing(unit, c.year());
        report.apply(ReportAction.APPROVE);
        repository.save(report, clock.instant());
        return change(unit, c.year(), "审核通过");
    }

    ReportChange giveBack(ReturnReport c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        if (c.comment() == null || c.comment().isBlank()) {
            throw GongkaiException.invalid("comment", "请填写退回意见");
        }
        AnnualReport report = existing(unit, c.year());
        report.apply(ReportAction.RETURN);
        report.returnWith(c.comment().trim());
        repository.save(report, clock.instant());
        return change(unit, c.year(), "退回修改：" + c.comment().trim());
    }

    ReportChange publish(OnReport c, CommandContext context) {
        UnitView unit = access.reportingUnit(c.unitCode());
        AnnualReport report = existing(unit, c.year());
        if (report.status() == ReportStatus.APPROVED) {
            ReportTables tables = report.frozen() != null ? report.frozen()
                    : calculator.fresh(unit.id(), c.year(), report.entries());
            ReportReadiness.require(ReportReadiness.of(narrative(report, unit, c.year(), tables), c.year(), clock),
                    "公开");
        }
        report.apply(ReportAction.PUBLISH);
        report.published(LocalDate.now(clock));
        repository.save(report, clock.instant());
        context.publish(new AnnualReportPublished(unit.id(), c.year()));
        return change(unit, c.year(), "在政府信息公开年报栏目公开");
    }

    /** What the narrative draft says: this year's numbers, last year's for comparison, timeliness and fees. */
    NarrativeDraft.Facts facts(UnitView unit, int year, ReportTables tables) {
        Long lastYear = repository.find(unit.id(), year - 1).filter(r -> r.frozen() != null)
                .map(r -> r.frozen().t3(NEW_THIS_YEAR, TOTAL))
                .orElseGet(() -> calculator.receivedTotal(unit.id(), year - 1));
        return new NarrativeDraft.Facts(unit.name(), year, tables, lastYear, calculator.timeliness(unit.id(), year),
                calculator.feesPaidFen(unit.id(), year));
    }

    /** The saved narrative, each part not yet saved taken from the draft generated from {@code tables}. */
    AnnualReport.Narrative narrative(AnnualReport report, UnitView unit, int year, ReportTables tables) {
        AnnualReport.Narrative saved = report.narrative();
        if (saved.overview() != null && saved.problems() != null && saved.otherMatters() != null) {
            return saved;
        }
        AnnualReport.Narrative draft = report.source() == AnnualReport.Source.LEDGER
                ? NarrativeDraft.of(facts(unit, year, tables)) : new AnnualReport.Narrative("", "", "");
        return new AnnualReport.Narrative(saved.overview() != null ? saved.overview() : draft.overview(),
                saved.problems() != null ? saved.problems() : draft.problems(),
                saved.otherMatters() != null ? saved.otherMatters() : draft.otherMatters());
    }

    private AnnualReport loadOrStart(UnitView unit, int year) {
        if (year < ReportYears.FIRST || year > LocalDate.now(clock).getYear()) {
            throw GongkaiException.invalid("year", "年度不正确");
        }
        return repository.find(unit.id(), year).orElseGet(() -> AnnualReport.newDraft(unit.id(), year));
    }

    private AnnualReport existing(UnitView unit, int year) {
        return repository.find(unit.id(), year).orElseThrow(() -> new GongkaiException(ErrorCode.REPORT_NOT_SUBMITTED,
                "年度报告尚未报送", "status"));
    }

    static ReportChange change(UnitView unit, int year, String detail) {
        return new ReportChange(unit.creditCode() + "/" + year, detail);
    }

    static String text(String s) {
        return s == null ? null : s.strip();
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
