package org.gongkai.supervision.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/supervision/indicators?period=YYYY-MM[&unitCode=]} (issue #15's contract: period, units with
 * unitCode, indicators {code, numerator, denominator, value}, score, rank; extended with the unit's name, its
 * comparison group, its light and each indicator's drill-down); {@code …/records} lists the read model's records
 * behind one unit's indicator; {@code POST /api/v1/staff/supervision/indicators/rebuild} rebuilds the read model.
 */
@RestController
class IndicatorApi {

    static final String PATH = "/api/v1/supervision/indicators";
    static final String REBUILD = "/api/v1/staff/supervision/indicators/rebuild";

    private final IndicatorService service;
    private final CommandDispatcher dispatcher;

    IndicatorApi(IndicatorService service, CommandDispatcher dispatcher) {
        this.service = service;
        this.dispatcher = dispatcher;
    }

    record IndicatorJson(String code, long numerator, Long denominator, BigDecimal value, String records) {}

    record UnitJson(String unitCode, String unitName, List<IndicatorJson> indicators, BigDecimal score, int rank,
            String group, String light) {}

    record TableJson(String period, List<UnitJson> units) {}

    record RecordJson(String record, LocalDate countedOn, boolean inNumerator, LocalDate dueOn, LocalDate doneOn,
            String detail) {}

    record RecordsJson(String period, String unitCode, String code, int page, List<RecordJson> records) {}

    record RebuiltJson(int events, long facts) {}

    @GetMapping(PATH)
    TableJson table(@RequestParam(required = false) String period, @RequestParam(required = false) String unitCode) {
        YearMonth month = service.period(period);
        IndicatorService.View view = service.view(Actor.require(), month, unitCode);
        return new TableJson(month.toString(), view.units().stream().map(s -> new UnitJson(s.row().unitCode(),
                s.row().unitName(), s.row().indicators().stream().map(i -> new IndicatorJson(i.code(), i.numerator(),
                        i.denominator(), i.value(), s.recordsHrefs().get(i.code()))).toList(),
                s.row().score(), s.row().rank(), s.group(), s.row().light().name())).toList());
    }

    @GetMapping(PATH + "/records")
    RecordsJson records(@RequestParam(required = false) String period, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        YearMonth month = service.period(period);
        var rows = service.records(Actor.require(), month, unitCode, code, page, size);
        return new RecordsJson(month.toString(), unitCode.trim(), code.trim(), page, rows.stream()
                .map(f -> new RecordJson(f.recordRef(), f.countedOn(), f.hit(), f.dueOn(), f.doneOn(), f.detail()))
                .toList());
    }

    @PostMapping(REBUILD)
    RebuiltJson rebuild() {
        ReadModelRebuild.Result r = dispatcher.dispatch(new IndicatorCommands.RebuildIndicators());
        return new RebuiltJson(r.events(), r.facts());
    }
}
