package org.gongkai.reports.api;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.reports.ReportCommands;
import org.gongkai.reports.ReportChecks;
import org.gongkai.reports.ReportGrids;
import org.gongkai.reports.ReportLayout;
import org.gongkai.reports.ReportService;
import org.gongkai.reports.ReportView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report as data. GET: public once published; staff of the unit and supervisors while unpublished;
 * 404 otherwise. POST enters an earlier year's report (the same shape; format "2019" or "2021"; table 二's fees
 * as {@code AMOUNT_FEN} or {@code AMOUNT_TEN_THOUSAND_YUAN}); it is refused when a check fails.
 */
@RestController
@RequestMapping("/api/v1/annual-reports")
class AnnualReportApi {

    private final ReportService reports;
    private final CommandDispatcher dispatcher;

    AnnualReportApi(ReportService reports, CommandDispatcher dispatcher) {
        this.reports = reports;
        this.dispatcher = dispatcher;
    }

    record ReportJson(String unitCode, int year, String format, String status,
            Map<String, Map<String, Object>> table2, Map<String, Map<String, Long>> table3,
            Map<String, Map<String, Long>> table4, List<CheckJson> checks) {}

    record CheckJson(String name, boolean ok) {}

    @GetMapping("/{unitCode}/{year}")
    ReportJson get(@PathVariable String unitCode, @PathVariable int year) {
        return json(reports.viewForApi(Actor.current(), unitCode, year));
    }

    @PostMapping("/{unitCode}/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    ReportJson enter(@PathVariable String unitCode, @PathVariable int year,
            @Valid @RequestBody ReportService.EnteredReport body) {
        Actor actor = Actor.require();
        dispatcher.dispatch(new ReportCommands.EnterEarlierReport(unitCode, year, body));
        return json(reports.view(actor, unitCode, year));
    }

    static ReportJson json(ReportView v) {
        Map<String, Map<String, Object>> table2 = new LinkedHashMap<>();
        v.tables().table2().forEach((block, cells) -> {
            Map<String, Object> line = new LinkedHashMap<>(cells);
            if (ReportLayout.FEES.equals(block)) {
                line.put("AMOUNT_TEN_THOUSAND_YUAN",
                        new BigDecimal(ReportGrids.tenThousandYuan(cells.get(ReportLayout.AMOUNT_FEN))));
            }
            table2.put(block, line);
        });
        return new ReportJson(v.unit().creditCode(), v.year(), v.format().code(), v.status().name(), table2,
                v.tables().table3(), v.tables().table4(),
                v.checks().stream().map((ReportChecks.Check c) -> new CheckJson(c.name(), c.ok())).toList());
    }
}
