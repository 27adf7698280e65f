package org.gongkai.services.kpis;

import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ServiceLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The KPI dashboard ({@code /console/services/kpis}): a filter by unit, level, station and period; every rate with
 * its numerator and denominator in an SVG bar and in a table with links to the cases behind each figure; the
 * distributions beside them; the flags. No script.
 */
@Controller
class KpiPages {

    /** The filter's limits (the page's inputs read maxlength from here). */
    record Filter(@Size(max = 18) String unitCode, @Size(max = 40) String stationCode, @Size(max = 10) String level,
            @Size(max = 10) String from, @Size(max = 10) String to) {}

    private final KpiService service;
    private final UnitDirectory units;

    KpiPages(KpiService service, UnitDirectory units) {
        this.service = service;
        this.units = units;
    }

    @GetMapping("/console/services/kpis")
    String dashboard(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String stationCode,
            @RequestParam(required = false) String level, Model model) {
        Actor actor = Actor.require();
        KpiService.Request request = new KpiService.Request(unitCode, stationCode, level, from, to);
        filter(model, actor, request);
        try {
            KpiReport report = service.report(actor, request);
            model.addAttribute("report", report);
            model.addAttribute("rates", KpiCharts.rates(report.indicators()));
            model.addAttribute("charts", report.distributions().stream().map(KpiCharts::columns).toList());
            model.addAttribute("query", query(report.unitCode(), stationCode, level, report.from(), report.to()));
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.getMessage());
        }
        return "services/kpis";
    }

    @GetMapping("/console/services/kpis/cases")
    String cases(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String stationCode,
            @RequestParam(required = false) String level, @RequestParam String indicator,
            @RequestParam(required = false) String part, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actor.require();
        KpiService.Request request = new KpiService.Request(unitCode, stationCode, level, from, to);
        KpiDrillDown.Page rows = service.drillDown(actor, request, indicator, part, page, 50);
        KpiScope scope = service.scope(actor, request);
        model.addAttribute("rows", rows);
        model.addAttribute("title", title(indicator, rows.part()));
        model.addAttribute("query", query(unitCode, stationCode, level, scope.from(), scope.to()));
        model.addAttribute("back", "/console/services/kpis?" + query(unitCode, stationCode, level, scope.from(),
                scope.to()));
        return "services/kpi-cases";
    }

    private static String title(String indicator, String part) {
        try {
            KpiCode code = KpiCode.valueOf(indicator);
            return code.label() + "：" + ("DENOMINATOR".equals(part) ? code.denominatorText() : code.numeratorText());
        } catch (IllegalArgumentException flag) {
            return "LAST_HOUR_COMPLETIONS".equals(indicator) ? "办结期限当天最后一小时办结的办件" : "承诺时限等于法定时限的事项";
        }
    }

    private void filter(Model model, Actor actor, KpiService.Request request) {
        var readable = service.readable(actor);
        List<UnitDirectory.UnitView> choices = units.findAll().stream().filter(u -> readable.contains(u.id()))
                .sorted(Comparator.comparing(UnitDirectory.UnitView::name)).toList();
        model.addAttribute("units", choices);
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("filter", request);
    }

    static String query(String unitCode, String stationCode, String level, java.time.LocalDate from,
            java.time.LocalDate to) {
        StringBuilder q = new StringBuilder("from=" + from + "&to=" + to);
        append(q, "unitCode", unitCode);
        append(q, "stationCode", stationCode);
        append(q, "level", level);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
