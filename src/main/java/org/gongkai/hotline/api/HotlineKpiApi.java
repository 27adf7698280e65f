package org.gongkai.hotline.api;

import java.time.LocalDate;
import org.gongkai.common.Actor;
import org.gongkai.hotline.HotlineKpiReport;
import org.gongkai.hotline.HotlineKpiService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/hotline-kpis?unitCode=&from=&to=} (issue #12): each indicator with numerator and denominator. */
@RestController
class HotlineKpiApi {

    private final HotlineKpiService kpis;

    HotlineKpiApi(HotlineKpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/api/v1/hotline-kpis")
    HotlineKpiReport kpis(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return kpis.report(Actor.require(), unitCode, from, to);
    }
}
