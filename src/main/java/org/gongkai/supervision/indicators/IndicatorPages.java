package org.gongkai.supervision.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/supervision/indicators}: the month's table (one row per unit: each indicator with numerator and
 * denominator linked to the records behind it, the score, the rank in its comparison group and the red / yellow mark
 * in words), a month filter, the overdue requests, cases and tickets at the month's end, and the rebuild action.
 * {@code …/records} lists the read model's records behind one figure. No script.
 */
@Controller
class IndicatorPages {

    static final String PATH = "/console/supervision/indicators";

    /** The filter's limits (the inputs read maxlength from here). */
    record Filter(@NotBlank @Size(max = 7) String period) {}

    private final IndicatorService service;
    private final CommandDispatcher dispatcher;
    private final UnitDirectory units;

    IndicatorPages(IndicatorService service, CommandDispatcher dispatcher, UnitDirectory units) {
        this.service = service;
        this.dispatcher = dispatcher;
        this.units = units;
    }

    /** A unit's row: its cells in the order of the columns (null where the unit has no such indicator). */
    record Line(Scoring.Scored unit, List<Cell> cells) {}

    record Cell(org.gongkai.supervision.IndicatorTable.Value value, String href) {}

    /** One column of the table: an indicator code and its Chinese name. */
    record Column(String code, String name, String numeratorText, String denominatorText) {}

    @GetMapping(PATH)
    String table(@RequestParam(required = false) String period, Model model) {
        Actor actor = Actor.require();
        String typed = period == null || period.isBlank() ? service.lastMonth().toString() : period;
        model.addAttribute("period", typed.length() > 7 ? typed.substring(0, 7) : typed);
        model.addAttribute("mayRebuild", IndicatorCommands.mayRebuild(actor, service, units));
        try {
            YearMonth month = service.period(typed);
            IndicatorService.View view = service.view(actor, month, null);
            Set<String> codes = new LinkedHashSet<>();
            view.units().forEach(u -> u.row().indicators().forEach(i -> codes.add(i.code())));
            List<Column> columns = new ArrayList<>();
            codes.stream().sorted(java.util.Comparator.comparingInt(IndicatorCodes::order)
                    .thenComparing(c -> c)).forEach(c -> columns.add(new Column(c, IndicatorCodes.name(c),
                            IndicatorCodes.numeratorText(c), IndicatorCodes.denominatorText(c))));
            model.addAttribute("view", view);
            model.addAttribute("columns", columns);
            model.addAttribute("lines", view.units().stream().map(u -> new Line(u, columns.stream().map(c -> u.row()
                    .indicators().stream().filter(i -> i.code().equals(c.code())).findFirst()
                    .map(i -> new Cell(i, u.recordsHrefs().get(c.code()))).orElse(null)).toList())).toList());
            model.addAttribute("red", view.units().stream().filter(u -> u.row().light().name().equals("RED")).toList());
            model.addAttribute("yellow", view.units().stream().filter(u -> u.row().light().name().equals("YELLOW"))
                    .toList());
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.INVALID_PERIOD) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
        }
        return "supervision/indicators";
    }

    @GetMapping(PATH + "/records")
    String records(@RequestParam(required = false) String period, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actor.require();
        YearMonth month = service.period(period);
        UnitDirectory.UnitView unit = service.unit(actor, unitCode);
        List<FactStore.Fact> rows = service.records(actor, month, unitCode, code, page, 50);
        model.addAttribute("period", month.toString());
        model.addAttribute("unit", unit);
        model.addAttribute("code", code.trim());
        model.addAttribute("name", IndicatorCodes.name(code.trim()));
        model.addAttribute("numeratorText", IndicatorCodes.numeratorText(code.trim()));
        model.addAttribute("rows", rows.stream().map(IndicatorPages::row).toList());
        model.addAttribute("page", page);
        model.addAttribute("hits", rows.stream().filter(FactStore.Fact::hit).count());
        return "supervision/indicator-records";
    }

    /** One record behind a figure, with the console page that shows it. */
    record Row(FactStore.Fact fact, String label, String href) {}

    static Row row(FactStore.Fact f) {
        String ref = f.recordRef();
        if (IndicatorCodes.DOCUMENTS_ON_TIME_RATE.equals(f.indicator())) {
            return new Row(f, "文件 " + ref, "/console/catalogue/" + ref);
        }
        String tracking = ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref;
        return new Row(f, tracking, "/console/requests/" + tracking);
    }

    @PostMapping(PATH + "/rebuild")
    String rebuild(@RequestParam(required = false) String period, RedirectAttributes redirect) {
        ReadModelRebuild.Result r = dispatcher.dispatch(new IndicatorCommands.RebuildIndicators());
        redirect.addFlashAttribute("notice", "已由持久化事件重建指标数据：读取事件 " + r.events() + " 条，写入记录 "
                + r.facts() + " 条。");
        String month = period != null && period.matches("\\d{4}-\\d{2}") ? period : "";
        return "redirect:" + PATH + (month.isEmpty() ? "" : "?period=" + month);
    }
}
