package org.gongkai.supervision.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.hotline.HotlineStatistics;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ServiceStatistics;
import org.gongkai.supervision.IndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service and hotline rows, read through those modules' published statistics ({@link ServiceStatistics},
 * {@link HotlineStatistics}) rather than from their events: their historical imports write cases and tickets without
 * publishing events, and the issue asks these rows to agree with their KPI pages (decision 036). Their drill-down is
 * the KPI page's own list of cases or tickets for the unit and month.
 */
@Configuration(proxyBeanMethods = false)
class KpiSources {

    @Bean
    IndicatorSource serviceOnTimeSource(ServiceStatistics services, UnitDirectory units) {
        return period -> {
            Map<Long, String> codes = codes(units);
            List<IndicatorSource.UnitFigure> out = new ArrayList<>();
            for (ServiceStatistics.UnitOnTime u : services.onTimeByUnit(period.atDay(1), period.atEndOfMonth())) {
                String code = codes.get(u.unitId());
                if (code != null && u.completed() > 0) {
                    out.add(new IndicatorSource.UnitFigure(code, IndicatorCodes.SERVICE_ON_TIME_RATE, u.onTime(),
                            u.completed(), "/console/services/kpis/cases?indicator=ON_TIME_RATE&part=DENOMINATOR"
                                    + range(period) + "&unitCode=" + code));
                }
            }
            return out;
        };
    }

    @Bean
    IndicatorSource hotlineSource(HotlineStatistics hotline, UnitDirectory units) {
        return period -> {
            Map<Long, String> codes = codes(units);
            List<IndicatorSource.UnitFigure> out = new ArrayList<>();
            for (HotlineStatistics.UnitRates u : hotline.ratesByUnit(period.atDay(1), period.atEndOfMonth())) {
                String code = codes.get(u.unitId());
                if (code == null) {
                    continue;
                }
                String base = "/console/hotline/kpis/tickets?part=DENOMINATOR" + range(period) + "&unitCode=" + code;
                if (u.closed() > 0) {
                    out.add(new IndicatorSource.UnitFigure(code, IndicatorCodes.HOTLINE_CLOSED_ON_TIME_RATE,
                            u.closedOnTime(), u.closed(), base + "&indicator=CLOSED_ON_TIME_RATE"));
                }
                if (u.calledBack() > 0) {
                    out.add(new IndicatorSource.UnitFigure(code, IndicatorCodes.HOTLINE_SATISFACTION_RATE,
                            u.satisfied(), u.calledBack(), base + "&indicator=SATISFACTION_RATE"));
                }
            }
            return out;
        };
    }

    private static String range(YearMonth period) {
        LocalDate from = period.atDay(1);
        return "&from=" + from + "&to=" + period.atEndOfMonth();
    }

    static Map<Long, String> codes(UnitDirectory units) {
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.creditCode()));
        return codes;
    }
}
