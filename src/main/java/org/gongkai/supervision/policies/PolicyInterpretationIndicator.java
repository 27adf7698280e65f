package org.gongkai.supervision.policies;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.gongkai.catalogue.CatalogueStatistics;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorSource;
import org.springframework.stereotype.Component;

/**
 * {@code POLICY_INTERPRETED_ON_TIME_RATE} (issue #16) for the indicator table: per publishing unit and month, the
 * policies published in the month with a public interpretation within N working days ÷ the policies published in the
 * month that need one, read from catalogue's published statistics ({@link CatalogueStatistics#interpretedOnTime}).
 */
@Component
class PolicyInterpretationIndicator implements IndicatorSource {

    static final String CODE = "POLICY_INTERPRETED_ON_TIME_RATE";
    static final String RECORDS = "/console/catalogue/interpretations";

    private final CatalogueStatistics statistics;
    private final UnitDirectory units;

    PolicyInterpretationIndicator(CatalogueStatistics statistics, UnitDirectory units) {
        this.statistics = statistics;
        this.units = units;
    }

    @Override
    public List<UnitFigure> figures(YearMonth period) {
        Map<Long, String> codes = units.creditCodesById();
        return statistics.interpretedOnTime(period.atDay(1), period.atEndOfMonth()).stream()
                .filter(row -> codes.containsKey(row.unitId()))
                .map(row -> new UnitFigure(codes.get(row.unitId()), CODE, row.interpretedOnTime(),
                        (long) row.policies(), RECORDS))
                .toList();
    }
}
