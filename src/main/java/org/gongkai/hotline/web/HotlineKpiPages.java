package org.gongkai.hotline.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineKpiReport;
import org.gongkai.hotline.HotlineKpiService;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.BarCharts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hotline's KPI dashboard ({@code /console/hotline/kpis}): a filter by unit and period; every rate as an SVG bar
 * with its numerator and denominator and in a table whose figures link to the tickets behind them; the distributions
 * beside the rates; the hot spots by topic and place. No script; every chart has a title, a description and a table.
 */
@Controller
class HotlineKpiPages {

    /** The filter's limits (the page's inputs read maxlength from here). */
    record Filter(@Size(max = 18) String unitCode, @Size(max = 10) String from, @Size(max = 10) String to) {}

    private final HotlineKpiService kpis;
    private final UnitDirectory units;
    private final java.time.Clock clock;

    HotlineKpiPages(HotlineKpiService kpis, UnitDirectory units, java.time.Clock clock) {
        this.kpis = kpis;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/console/hotline/kpis")
    String dashboard(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Actor actor = Actor.require();
        String unit = unitCode == null || unitCode.isBlank() ? defaultUnit(actor) : unitCode;
        model.addAttribute("filter", new Filter(unit, from, to));
        model.addAttribute("units", choices(actor));
        model.addAttribute("countyWide", kpis.countyWide(actor));
        try {
            LocalDate end = date(to, "to", LocalDate.now(clock.withZone(org.gongkai.common.TimeConfiguration.ZONE)));
            LocalDate start = date(from, "from", end.minusYears(1).plusDays(1));
            HotlineKpiReport report = kpis.report(actor, unit, start, end);
            HotlineKpiReport.HotSpots spots = kpis.hotSpots(actor, unit, start, end);
            model.addAttribute("report", report);
            model.addAttribute("rates", BarCharts.bars(report.indicators().stream().filter(i -> i.denominator() != null)
                    .map(i -> new BarCharts.Bar(i.name(), i.value() == null ? null : i.value().doubleValue(),
                            i.display() + "（" + i.numerator() + " / " + i.denominator() + "）"))
                    .toList()));
            model.addAttribute("charts", report.distributions().stream().map(d -> BarCharts.columns(d.code(),
                    d.label(), d.buckets().stream().map(b -> new BarCharts.Count(b.label(), b.count())).toList()))
                    .toList());
            model.addAttribute("spots", spots);
            model.addAttribute("topics", BarCharts.counts(counts(spots.byTopic()), "件"));
            model.addAttribute("places", BarCharts.counts(counts(spots.byPlace()), "件"));
            model.addAttribute("query", query(unit, start, end));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.getMessage());
        }
        return "hotline/kpis";
    }

    @GetMapping("/console/hotline/kpis/tickets")
    String tickets(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String part, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actor.require();
        LocalDate end = date(to, "to", null);
        LocalDate start = date(from, "from", null);
        if (indicator != null && indicator.length() > 40 || part != null && part.length() > 20) {
            throw new GongkaiException(ErrorCode.TOO_LONG, "参数过长");
        }
        HotlineKpiReport.Tickets rows = kpis.tickets(actor, unitCode, start, end, indicator, part, page);
        model.addAttribute("rows", rows);
        model.addAttribute("query", query(unitCode, start, end));
        return "hotline/kpi-tickets";
    }

    private String defaultUnit(Actor actor) {
        Set<Long> own = kpis.ownUnits(actor);
        return own == null || own.isEmpty() ? null
                : units.findById(own.stream().sorted().findFirst().orElseThrow()).map(UnitDirectory.UnitView::creditCode)
                        .orElse(null);
    }

    private List<UnitDirectory.UnitView> choices(Actor actor) {
        Set<Long> own = kpis.ownUnits(actor);
        return units.findAll().stream().filter(u -> !u.isExternalIssuer()).filter(u -> own == null || own.contains(u.id()))
                .sorted(Comparator.comparing(UnitDirectory.UnitView::name)).toList();
    }

    private static List<BarCharts.Count> counts(List<HotlineKpiReport.Bucket> buckets) {
        return buckets.stream().map(b -> new BarCharts.Count(b.label(), b.count())).toList();
    }

    private static LocalDate date(String value, String field, LocalDate blank) {
        if (value == null || value.isBlank()) {
            if (blank == null) {
                throw GongkaiException.invalid(field, "请填写日期（YYYY-MM-DD）");
            }
            return blank;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw GongkaiException.invalid(field, "日期格式应为 YYYY-MM-DD");
        }
    }

    static String query(String unitCode, LocalDate from, LocalDate to) {
        String q = "from=" + from + "&to=" + to;
        return unitCode == null || unitCode.isBlank() ? q
                : q + "&unitCode=" + java.net.URLEncoder.encode(unitCode.trim(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
