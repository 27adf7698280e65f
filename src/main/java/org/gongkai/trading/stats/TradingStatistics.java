package org.gongkai.trading.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.DateRange;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.trading.ProjectType;
import org.springframework.stereotype.Service;

/**
 * The trading statistics (issue #14, RULES §7) over projects with a deal day in the period, both ends included: per
 * type the count, budget and deal summed; savings = budget − deal and the savings rate = savings ÷ budget for works
 * and procurement; added revenue = deal − reserve for land and mining rights and state assets. The same figures by
 * month (every month of the period, empty ones included) and by unit — the buyer or transferor, named from the
 * organisation directory when it is one of the county's units. Every type is always listed.
 */
@Service
public class TradingStatistics {

    /** The longest period of a breakdown by month or unit (the totals by type take any period). */
    public static final int MAX_YEARS = 10;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The figures of one type in one group; savings for works and procurement, added revenue for the others. */
    public record Figures(ProjectType type, long projects, long budgetFen, long dealFen, Long savingsFen,
            BigDecimal savingsRate, long reserveFen, Long addedRevenueFen) {

        public String label() {
            return type.label();
        }
    }

    public record Period(LocalDate from, LocalDate to) {}

    /** One month's figures, every type listed. */
    public record Month(YearMonth month, List<Figures> types) {

        public long projects() {
            return types.stream().mapToLong(Figures::projects).sum();
        }

        public long dealFen() {
            return types.stream().mapToLong(Figures::dealFen).sum();
        }
    }

    /** One buyer's figures ({@code name} null when the code is not a unit of the county). */
    public record Unit(String buyerCode, String name, List<Figures> types) {

        public long projects() {
            return types.stream().mapToLong(Figures::projects).sum();
        }

        public long dealFen() {
            return types.stream().mapToLong(Figures::dealFen).sum();
        }
    }

    private final StatisticsRepository sums;
    private final UnitDirectory units;
    private final DateRange dates;
    private final Clock clock;

    TradingStatistics(StatisticsRepository sums, UnitDirectory units, DateRange dates, Clock clock) {
        this.sums = sums;
        this.units = units;
        this.dates = dates;
        this.clock = clock;
    }

    /** The period asked for: blank {@code from} is the first of this year, blank {@code to} today. */
    public Period period(String from, String to) {
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        LocalDate f = dates.parse("from", from);
        LocalDate t = dates.parse("to", to);
        f = f == null ? today.withDayOfYear(1) : f;
        t = t == null ? today : t;
        if (t.isBefore(f)) {
            throw GongkaiException.invalid("to", "结束日期不能早于开始日期");
        }
        return new Period(f, t);
    }

    /** The period of a breakdown: as {@link #period}, at most {@link #MAX_YEARS} years. */
    public Period breakdownPeriod(String from, String to) {
        Period p = period(from, to);
        if (p.from().plusYears(MAX_YEARS).isBefore(p.to())) {
            throw GongkaiException.invalid("from", "按月份和单位统计的期间不能超过 " + MAX_YEARS + " 年");
        }
        return p;
    }

    public List<Figures> byType(Period p) {
        return figures(sums.byType(p.from(), p.to()));
    }

    public List<Month> byMonth(Period p) {
        Map<String, List<StatisticsRepository.Sums>> grouped = group(sums.byMonth(p.from(), p.to()));
        List<Month> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(p.from()); !m.isAfter(YearMonth.from(p.to())); m = m.plusMonths(1)) {
            out.add(new Month(m, figures(grouped.getOrDefault(m.toString(), List.of()))));
        }
        return out;
    }

    /** By buyer, the largest deal sum first (then by code). */
    public List<Unit> byUnit(Period p) {
        Map<String, String> names = new LinkedHashMap<>();
        units.findAll().forEach(u -> {
            if (u.creditCode() != null) {
                names.put(u.creditCode(), u.name());
            }
        });
        List<Unit> out = new ArrayList<>();
        group(sums.byBuyer(p.from(), p.to())).forEach((code, rows) ->
                out.add(new Unit(code, names.get(code), figures(rows))));
        out.sort(Comparator.comparingLong(Unit::dealFen).reversed().thenComparing(Unit::buyerCode));
        return out;
    }

    private static Map<String, List<StatisticsRepository.Sums>> group(List<StatisticsRepository.Sums> rows) {
        Map<String, List<StatisticsRepository.Sums>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** Every type, in the enum's order, from the sums of one group (a type without projects has zeros). */
    static List<Figures> figures(List<StatisticsRepository.Sums> rows) {
        Map<ProjectType, StatisticsRepository.Sums> byType = new EnumMap<>(ProjectType.class);
        rows.forEach(r -> byType.put(r.type(), r));
        return Arrays.stream(ProjectType.values()).map(type -> {
            StatisticsRepository.Sums x = byType.getOrDefault(type,
                    new StatisticsRepository.Sums(null, type, 0, 0, 0, 0));
            if (type.reportsSavings()) {
                long savings = x.budgetFen() - x.dealFen();
                BigDecimal rate = x.budgetFen() == 0 ? null : BigDecimal.valueOf(savings)
                        .divide(BigDecimal.valueOf(x.budgetFen()), 6, RoundingMode.HALF_UP);
                return new Figures(type, x.projects(), x.budgetFen(), x.dealFen(), savings, rate, x.reserveFen(), null);
            }
            return new Figures(type, x.projects(), x.budgetFen(), x.dealFen(), null, null, x.reserveFen(),
                    x.dealFen() - x.reserveFen());
        }).toList();
    }
}
