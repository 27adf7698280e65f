package org.gongkai.supervision.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.hotline.HotlineStatistics;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.ServiceStatistics;
import org.gongkai.supervision.IndicatorSource;
import org.gongkai.supervision.IndicatorTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator table of a month: the read model's facts ({@link FactStore}) plus every {@link IndicatorSource} bean,
 * scored and ranked by {@link Scoring}; the overdue requests (read model), service cases and hotline tickets
 * (published statistics) at the month's end. Implements the port the bulletin reads. Readers: the county office's
 * supervisors and office head see every unit of the county; other supervisors their data scope.
 */
@Service
@Transactional(readOnly = true)
class IndicatorService implements IndicatorTable.Tables {

    static final YearMonth EARLIEST = YearMonth.of(2000, 1);
    static final Role[] READERS = { Role.SUPERVISOR, Role.OFFICE_HEAD };

    /** A table cut to what the reader sees, with each row's comparison group and drill-down links. */
    record View(YearMonth period, List<Scoring.Scored> units, List<IndicatorTable.OverdueCase> overdue) {}

    private final FactStore facts;
    private final List<IndicatorSource> sources;
    private final UnitDirectory units;
    private final ServiceStatistics services;
    private final HotlineStatistics hotline;
    private final IndicatorSettings settings;
    private final Clock clock;

    IndicatorService(FactStore facts, List<IndicatorSource> sources, UnitDirectory units, ServiceStatistics services,
            HotlineStatistics hotline, IndicatorSettings settings, Clock clock) {
        this.facts = facts;
        this.sources = sources;
        this.units = units;
        this.services = services;
        this.hotline = hotline;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IndicatorTable forPeriod(YearMonth period) {
        View v = compute(period);
        return new IndicatorTable(period, v.units().stream().map(Scoring.Scored::row).toList(), v.overdue());
    }

    /** The table as the reader may see it: every unit of the scope, or the one unit asked for (404 outside it). */
    View view(Actor actor, YearMonth period, String unitCode) {
        Set<Long> readable = readable(actor);
        Set<String> codes = new HashSet<>();
        units.findAll().stream().filter(u -> readable.contains(u.id())).forEach(u -> codes.add(u.creditCode()));
        if (unitCode != null && !unitCode.isBlank()) {
            String code = unit(actor, unitCode).creditCode();
            codes.retainAll(Set.of(code));
        }
        View all = compute(period);
        return new View(period, all.units().stream().filter(s -> codes.contains(s.row().unitCode())).toList(),
                all.overdue().stream().filter(o -> codes.contains(o.unitCode())).toList());
    }

    /** A unit the reader may see, by credit code; 404 otherwise. */
    UnitView unit(Actor actor, String unitCode) {
        String code = unitCode == null ? "" : unitCode.trim();
        Optional<UnitView> unit = code.isEmpty() || code.length() > 18 ? Optional.empty() : units.findByCreditCode(code);
        if (unit.isEmpty() || !readable(actor).contains(unit.get().id())) {
            throw GongkaiException.notFound();
        }
        return unit.get();
    }

    /** The read model's records behind one unit's indicator in a month (only for indicators kept from events). */
    List<FactStore.Fact> records(Actor actor, YearMonth period, String unitCode, String code, int page, int size) {
        UnitView unit = unit(actor, unitCode);
        if (code == null || !IndicatorCodes.FROM_EVENTS.contains(code.trim())) {
            throw GongkaiException.invalid("code", "指标代码应为 " + String.join("、", IndicatorCodes.FROM_EVENTS));
        }
        if (page < 0 || page > 10_000 || size < 1 || size > 200) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "page 为 0 至 10000，size 为 1 至 200", "size");
        }
        return facts.records(code.trim(), unit.id(), period.atDay(1), period.atEndOfMonth(), size, (long) page * size);
    }

    /** Parses and bounds the month asked for: YYYY-MM, from 2000-01 to the current month. */
    YearMonth period(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() != 7 || !t.matches("\\d{4}-\\d{2}")) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, ErrorCode.INVALID_PERIOD.message(), "period");
        }
        YearMonth period;
        try {
            period = YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, ErrorCode.INVALID_PERIOD.message(), "period");
        }
        if (period.isBefore(EARLIEST) || period.isAfter(YearMonth.now(clock))) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, "统计月份应在 " + EARLIEST + " 至 "
                    + YearMonth.now(clock) + " 之间", "period");
        }
        return period;
    }

    /** The last complete month (the pages' default). */
    YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /**
     * Units the actor reads indicators of: every unit when it is a supervisor or office head of the county
     * government office (setting {@code county-office}, else the county government's …政府办公室) or of the county
     * government itself; otherwise the data scope of those roles.
     */
    Set<Long> readable(Actor actor) {
        Set<Long> held = new HashSet<>();
        for (Role r : READERS) {
            held.addAll(actor.unitsWithRole(r));
        }
        List<UnitView> all = units.findAll();
        Optional<UnitView> county = all.stream().filter(u -> u.parentId() == null && "GOVERNMENT".equals(u.type()))
                .findFirst();
        Optional<UnitView> office = !settings.countyOffice().isBlank()
                ? units.findByCreditCode(settings.countyOffice().trim())
                : county.flatMap(c -> all.stream().filter(u -> u.parentId() != null && u.parentId() == c.id())
                        .filter(u -> u.name().endsWith("政府办公室")).findFirst());
        boolean countyWide = office.map(o -> held.contains(o.id())).orElse(false)
                || county.map(c -> held.contains(c.id())).orElse(false);
        if (countyWide) {
            Set<Long> every = new HashSet<>();
            all.stream().filter(u -> !u.isExternalIssuer()).forEach(u -> every.add(u.id()));
            return every;
        }
        return units.visibleUnits(actor, READERS);
    }

    private View compute(YearMonth period) {
        Map<Long, UnitView> byId = new HashMap<>();
        units.findAll().stream().filter(u -> !u.isExternalIssuer()).forEach(u -> byId.put(u.id(), u)); // not county units
        Map<String, String> names = new HashMap<>();
        byId.values().forEach(u -> names.put(u.creditCode(), u.shortName() == null ? u.name() : u.shortName()));
        Map<String, List<Scoring.Figure>> figures = new LinkedHashMap<>();
        for (FactStore.Count c : facts.counts(period.atDay(1), period.atEndOfMonth())) {
            UnitView unit = byId.get(c.unitId());
            if (unit != null) {
                figures.computeIfAbsent(unit.creditCode(), k -> new ArrayList<>()).add(new Scoring.Figure(
                        c.indicator(), c.numerator(), c.denominator(), recordsHref(period, unit.creditCode(),
                                c.indicator())));
            }
        }
        for (IndicatorSource source : sources) {
            for (IndicatorSource.UnitFigure f : source.figures(period)) {
                if (names.containsKey(f.unitCode())) {
                    figures.computeIfAbsent(f.unitCode(), k -> new ArrayList<>())
                            .add(new Scoring.Figure(f.code(), f.numerator(), f.denominator(), f.recordsHref()));
                }
            }
        }
        return new View(period, Scoring.score(figures, names, settings), overdue(period, byId));
    }

    static String recordsHref(YearMonth period, String unitCode, String code) {
        return "/console/supervision/indicators/records?period=" + period + "&unitCode=" + unitCode + "&code=" + code;
    }

    /** Open past their due date at the month's end (today, for the current month). */
    private List<IndicatorTable.OverdueCase> overdue(YearMonth period, Map<Long, UnitView> byId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.atEndOfMonth().isAfter(today) ? today : period.atEndOfMonth();
        List<IndicatorTable.OverdueCase> out = new ArrayList<>();
        for (FactStore.OpenCase c : facts.overdueAt(asOf)) {
            add(out, byId, c.module(), c.number(), c.unitId(), c.dueOn());
        }
        for (ServiceStatistics.OverdueCase c : services.overdueAt(asOf)) {
            add(out, byId, "SERVICE", c.caseNumber(), c.unitId(), c.dueOn());
        }
        for (HotlineStatistics.OverdueTicket t : hotline.overdueAt(asOf)) {
            add(out, byId, "HOTLINE", t.ticketNumber(), t.unitId(), t.dueOn());
        }
        return out;
    }

    private static void add(List<IndicatorTable.OverdueCase> out, Map<Long, UnitView> byId, String module,
            String number, long unitId, LocalDate dueOn) {
        UnitView unit = byId.get(unitId);
        if (unit != null) {
            out.add(new IndicatorTable.OverdueCase(module, number, unit.creditCode(), dueOn));
        }
    }
}
