package org.gongkai.services.kpis;

import java.util.List;
import org.gongkai.services.kpis.KpiReport.Distribution;
import org.gongkai.services.kpis.KpiReport.Indicator;
import org.gongkai.web.BarCharts;

/**
 * The dashboard's charts on the shared {@link BarCharts}: horizontal bars for the rates, each labelled with its
 * numerator and denominator, and vertical bars for a distribution (empty immediate and no-due-date buckets left out).
 */
final class KpiCharts {

    private KpiCharts() {}

    static BarCharts.RatesChart rates(List<Indicator> indicators) {
        return BarCharts.bars(indicators.stream().filter(i -> i.code().rate())
                .map(i -> new BarCharts.Bar(i.code().label(), i.value() == null ? null : i.value().doubleValue(),
                        i.percent() + "（" + i.numerator() + " / " + i.denominator() + "）"))
                .toList());
    }

    static BarCharts.ColumnsChart columns(Distribution d) {
        return BarCharts.columns(d.code(), d.label(), d.buckets().stream()
                .filter(b -> b.count() > 0 || !b.code().startsWith("IMMEDIATE") && !b.code().equals("NO_DUE_DATE"))
                .map(b -> new BarCharts.Count(b.label(), b.count())).toList());
    }
}
