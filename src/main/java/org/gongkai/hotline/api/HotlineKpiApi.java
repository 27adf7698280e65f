package org.gongkai.hotline.api;

import java.time.LocalDate;
import org.gongkai.common.Actor;
import org.gongkai.hotline.HotlineKpiReport;
import org.gongkai.hotline.HotlineKpiService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/hotline-kpis?unitCode=&from=&to=} (issue #12): each indicator with numerator and denominator, and
 * the distributions beside them; {@code /tickets} lists the tickets behind a figure, {@code /hotspots} the topics and
 * places tickets came from.
 */
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

    @GetMapping("/api/v1/hotline-kpis/tickets")
    HotlineKpiReport.Tickets tickets(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String part,
            @RequestParam(defaultValue = "0") int page) {
        if (indicator != null && indicator.length() > 40 || part != null && part.length() > 20) {
            throw new org.gongkai.common.GongkaiException(org.gongkai.common.ErrorCode.TOO_LONG, "参数过长");
        }
        return kpis.tickets(Actor.require(), unitCode, from, to, indicator, part, page);
    }

    @GetMapping("/api/v1/hotline-kpis/hotspots")
    HotlineKpiReport.HotSpots hotSpots(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return kpis.hotSpots(Actor.require(), unitCode, from, to);
    }
}
