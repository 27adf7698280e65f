package org.gongkai.services.kpis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/service-kpis} (the contract: unitCode, from, to, indicators with code, name, numerator,
 * denominator, value), extended with the optional station and level filters, the distributions and the flags; and
 * the drill-down to the cases behind a numerator or denominator.
 */
@RestController
class KpiApi {

    static final String PATH = "/api/v1/service-kpis";

    private final KpiService service;

    KpiApi(KpiService service) {
        this.service = service;
    }

    record IndicatorJson(String code, String name, long numerator, Long denominator, BigDecimal value,
            String numeratorText, String denominatorText, String drillDown) {}

    record ReportJson(String unitCode, LocalDate from, LocalDate to, LocalDate asOf, List<IndicatorJson> indicators,
            List<KpiReport.Distribution> distributions, List<KpiReport.Flag> flags) {}

    @GetMapping(PATH)
    ReportJson kpis(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String stationCode,
            @RequestParam(required = false) String level) {
        KpiService.Request request = new KpiService.Request(unitCode, stationCode, level, from, to);
        KpiReport r = service.report(Actor.require(), request);
        return new ReportJson(r.unitCode(), r.from(), r.to(), r.asOf(), r.indicators().stream()
                .map(i -> new IndicatorJson(i.code().name(), i.code().label(), i.numerator(), i.denominator(),
                        i.value(), i.code().numeratorText(), i.code().denominatorText(),
                        PATH + "/cases?indicator=" + i.code().name() + "&from=" + r.from() + "&to=" + r.to()
                                + (r.unitCode() == null ? "" : "&unitCode=" + r.unitCode())))
                .toList(), r.distributions(), r.flags());
    }

    @GetMapping(PATH + "/cases")
    KpiDrillDown.Page cases(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String stationCode, @RequestParam(required = false) String level,
            @RequestParam String indicator, @RequestParam(required = false) String part,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.drillDown(Actor.require(), new KpiService.Request(unitCode, stationCode, level, from, to),
                indicator, part, page, size);
    }
}
