package org.gongkai.hotline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Service;

/**
 * Who reads which KPIs: the 12345 centre and supervisors county-wide or for any unit; a unit's handler only its own
 * unit (another unit answers 404, as a ticket outside the scope does). The figures, their distributions, the tickets
 * behind each figure and the hot spots all go through the same scope.
 */
@Service
public class HotlineKpiService {

    /** The longest period one request may cover. */
    static final int MAX_DAYS = 3 * 366;
    /** Rows per page of a drill-down. */
    public static final int PAGE_SIZE = 50;

    private final HotlineKpis kpis;
    private final HotlineKpiDetails details;
    private final HotlineScope scope;

    HotlineKpiService(HotlineKpis kpis, HotlineKpiDetails details, HotlineScope scope) {
        this.kpis = kpis;
        this.details = details;
        this.scope = scope;
    }

    /** A checked request: the unit (null = county) and the period. */
    private record Scope(String code, Long unitId, LocalDate from, LocalDate to) {}

    public HotlineKpiReport report(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Scope s = scope(actor, unitCode, from, to);
        List<HotlineKpiReport.UnitRow> byUnit = s.unitId() != null ? List.of()
                : kpis.byUnit(s.from(), s.to()).stream().map(u -> {
                    var unit = scope.view(u.unitId());
                    return new HotlineKpiReport.UnitRow(unit.map(UnitDirectory.UnitView::creditCode).orElse(null),
                            unit.map(UnitDirectory.UnitView::name).orElse("热线中心直接办理"), indicators(u.indicators()));
                }).toList();
        return new HotlineKpiReport(s.code(), s.from(), s.to(), indicators(kpis.compute(s.unitId(), s.from(), s.to())),
                List.of(details.acceptTime(s.unitId(), s.from(), s.to()), details.answerTime(s.unitId(), s.from(),
                        s.to()), details.satisfaction(s.unitId(), s.from(), s.to())), byUnit);
    }

    private static List<HotlineKpiReport.Indicator> indicators(List<HotlineKpis.Indicator> figures) {
        return figures.stream().map(i -> new HotlineKpiReport.Indicator(i.code(), i.name(), i.numerator(),
                i.denominator(), i.value())).toList();
    }

    public HotlineKpiReport.HotSpots hotSpots(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Scope s = scope(actor, unitCode, from, to);
        return details.hotSpots(s.unitId(), s.from(), s.to());
    }

    /** The tickets behind {@code part} (NUMERATOR, DENOMINATOR) of an indicator, a page of {@link #PAGE_SIZE}. */
    public HotlineKpiReport.Tickets tickets(Actor actor, String unitCode, LocalDate from, LocalDate to,
            String indicator, String part, int page) {
        Scope s = scope(actor, unitCode, from, to);
        String code = indicator == null ? "" : indicator.trim().toUpperCase(Locale.ROOT);
        HotlineKpis.Definition d = HotlineKpis.definition(code, s.unitId())
                .orElseThrow(() -> GongkaiException.invalid("indicator", "指标代码不正确"));
        String p = part == null || part.isBlank() ? "NUMERATOR" : part.trim().toUpperCase(Locale.ROOT);
        if (!p.equals("NUMERATOR") && !(p.equals("DENOMINATOR") && d.denominator() != null)) {
            throw GongkaiException.invalid("part", "part 应为 NUMERATOR 或 DENOMINATOR（计数指标只有 NUMERATOR）");
        }
        if (page < 0 || page > 100_000) {
            throw GongkaiException.invalid("page", "页码不正确");
        }
        boolean numerator = p.equals("NUMERATOR");
        List<HotlineKpiReport.TicketRow> rows = kpis.tickets(d, numerator, s.unitId(), s.from(), s.to(), page,
                PAGE_SIZE).stream().map(r -> {
                    var unit = scope.view(r.unitId());
                    return new HotlineKpiReport.TicketRow(r.ticketNumber(), r.category(), r.status(), r.receivedAt(),
                            r.dueOn(), r.closedOn(), unit.map(UnitDirectory.UnitView::creditCode).orElse(null),
                            unit.map(UnitDirectory.UnitView::name).orElse(null));
                }).toList();
        return new HotlineKpiReport.Tickets(d.code(), d.name(), p,
                kpis.ticketCount(d, numerator, s.unitId(), s.from(), s.to()), page, PAGE_SIZE, rows);
    }

    /** Whether the actor reads county-wide figures (else only its own units'). */
    public boolean countyWide(Actor actor) {
        return scope.isCentre(actor) || actor.hasRole(Role.SUPERVISOR);
    }

    /** The units whose figures the actor may read by name (all, for the centre and supervisors: null). */
    public java.util.Set<Long> ownUnits(Actor actor) {
        return countyWide(actor) ? null : scope.handlingUnits(actor);
    }

    private Scope scope(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw GongkaiException.invalid(from == null ? "from" : "to", "请填写统计期间的起止日期（YYYY-MM-DD）");
        }
        if (to.isBefore(from)) {
            throw GongkaiException.invalid("to", "结束日期不能早于开始日期");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "统计期间最长三年", "to");
        }
        boolean countyWide = countyWide(actor);
        Long unitId = null;
        String code = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        if (code != null) {
            if (code.length() > HotlineCommands.UNIT_CODE_MAX) {
                throw GongkaiException.notFound();
            }
            long id = scope.unitOrNotFound(code);
            if (!countyWide && !scope.handlingUnits(actor).contains(id)) {
                throw GongkaiException.outOfScope("HotlineKpis", code);
            }
            unitId = id;
        } else if (!countyWide) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "全县指标只对 12345 热线中心和督查人员开放，请指定本单位的 unitCode");
        }
        return new Scope(code, unitId, from, to);
    }
}
