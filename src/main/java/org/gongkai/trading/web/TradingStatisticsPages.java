package org.gongkai.trading.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.stats.TradingStatistics;
import org.gongkai.trading.stats.TradingStatistics.Figures;
import org.gongkai.web.BarCharts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's trading statistics ({@code /trading/statistics}): a GET form for the period; the figures by type, by
 * month and by unit, each as a server-rendered SVG chart ({@link BarCharts}, {@code layout/charts.html}) and as a
 * table with the same figures; a link to the XLSX workbook. No script.
 */
@Controller
class TradingStatisticsPages {

    /** The filter's limits (the page's inputs read maxlength from here). */
    record Filter(@Size(max = 10) String from, @Size(max = 10) String to) {}

    /** A row of a table, every figure formatted (amounts in 万元, an undefined figure as —). */
    record Row(String label, long projects, String budget, String deal, String savings, String rate, String reserve,
            String added) {}

    static final int TOP_UNITS = 10;

    private final TradingStatistics statistics;

    TradingStatisticsPages(TradingStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/trading/statistics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("filter", new Filter(from, to));
        try {
            TradingStatistics.Period p = statistics.breakdownPeriod(from, to);
            List<Figures> types = statistics.byType(p);
            List<TradingStatistics.Month> months = statistics.byMonth(p);
            List<TradingStatistics.Unit> units = statistics.byUnit(p);
            model.addAttribute("period", p);
            model.addAttribute("types", types.stream().map(f -> row(f.label(), f)).toList());
            model.addAttribute("total", types.stream().mapToLong(Figures::projects).sum());
            long maxDeal = Math.max(1, types.stream().mapToLong(Figures::dealFen).max().orElse(1));
            model.addAttribute("dealChart", BarCharts.bars(types.stream().map(f -> new BarCharts.Bar(f.label(),
                    (double) f.dealFen() / maxDeal, wan(f.dealFen()) + " 万元（" + f.projects() + " 个）")).toList()));
            long maxGain = Math.max(1, types.stream().mapToLong(f -> Math.abs(gain(f))).max().orElse(1));
            model.addAttribute("gainChart", BarCharts.bars(types.stream().map(f -> new BarCharts.Bar(f.label(),
                    (double) gain(f) / maxGain, f.type().reportsSavings()
                            ? "节约 " + wan(f.savingsFen()) + " 万元（节资率 " + percent(f.savingsRate()) + "）"
                            : "增收 " + wan(f.addedRevenueFen()) + " 万元")).toList()));
            long maxMonth = Math.max(1, months.stream().mapToLong(TradingStatistics.Month::dealFen).max().orElse(1));
            model.addAttribute("months", months);
            model.addAttribute("monthChart", BarCharts.bars(months.stream().map(m -> new BarCharts.Bar(
                    m.month().toString(), (double) m.dealFen() / maxMonth,
                    wan(m.dealFen()) + " 万元（" + m.projects() + " 个）")).toList()));
            model.addAttribute("monthRows", months.stream().map(m -> new MonthRow(m.month().toString(), m.projects(),
                    wan(m.dealFen()), wan(m.types().stream().filter(f -> f.type().reportsSavings())
                            .mapToLong(TradingStatisticsPages::gain).sum()),
                    wan(m.types().stream().filter(f -> !f.type().reportsSavings())
                            .mapToLong(TradingStatisticsPages::gain).sum()))).toList());
            List<TradingStatistics.Unit> top = units.stream().limit(TOP_UNITS).toList();
            long maxUnit = Math.max(1, top.stream().mapToLong(TradingStatistics.Unit::dealFen).max().orElse(1));
            model.addAttribute("unitChart", BarCharts.bars(top.stream().map(u -> new BarCharts.Bar(unitName(u),
                    (double) u.dealFen() / maxUnit, wan(u.dealFen()) + " 万元（" + u.projects() + " 个）")).toList()));
            model.addAttribute("unitRows", units.stream().map(u -> new UnitRow(unitName(u), u.buyerCode(),
                    u.projects(), wan(u.dealFen()))).toList());
            model.addAttribute("xlsx", "/api/v1/trading/statistics.xlsx?from=" + p.from() + "&to=" + p.to());
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.getMessage());
        }
        return "trading/statistics";
    }

    record MonthRow(String month, long projects, String deal, String savings, String added) {}

    record UnitRow(String name, String code, long projects, String deal) {}

    private static String unitName(TradingStatistics.Unit u) {
        return u.name() == null ? u.buyerCode() : u.name();
    }

    /** Savings for works and procurement, added revenue for the others. */
    private static long gain(Figures f) {
        Long v = f.type().reportsSavings() ? f.savingsFen() : f.addedRevenueFen();
        return v == null ? 0 : v;
    }

    static Row row(String label, Figures f) {
        boolean savings = f.type().reportsSavings();
        return new Row(label, f.projects(), wan(f.budgetFen()), wan(f.dealFen()), savings ? wan(f.savingsFen()) : "—",
                savings ? percent(f.savingsRate()) : "—", savings ? "—" : wan(f.reserveFen()),
                savings ? "—" : wan(f.addedRevenueFen()));
    }

    /** Fen as 万元 with two decimals (1 万元 = 1,000,000 fen). */
    static String wan(Long fen) {
        return fen == null ? "—" : BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
