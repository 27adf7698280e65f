package org.gongkai.services.kpis;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.services.kpis.KpiReport.Bucket;
import org.gongkai.services.kpis.KpiReport.Distribution;
import org.gongkai.services.kpis.KpiReport.Indicator;

/**
 * The geometry of the dashboard's server-rendered SVG charts (no script): horizontal bars for the rates, each
 * labelled with its numerator and denominator, and vertical bars for a distribution. The template draws the
 * shapes; the same figures are in the table next to each chart.
 */
final class KpiCharts {

    static final int WIDTH = 640;
    static final int LABEL = 150;
    static final int ROW = 30;
    static final int BAR_MAX = 300;

    /** One bar of the rates chart: where it is drawn and what it says. */
    record RateBar(String label, String text, int y, int width, int textY, boolean empty) {}

    /** One column of a distribution chart. */
    record Column(String label, long count, int x, int y, int height, int labelY, int width) {}

    record RatesChart(int height, List<RateBar> bars, String description) {}

    record ColumnsChart(String code, String title, int height, List<Column> columns, String description) {}

    private KpiCharts() {}

    static RatesChart rates(List<Indicator> indicators) {
        List<RateBar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = 10;
        for (Indicator i : indicators) {
            if (!i.code().rate()) {
                continue;
            }
            var value = i.value();
            int width = value == null ? 0 : (int) Math.round(Math.min(1.0, value.doubleValue()) * BAR_MAX);
            String text = i.percent() + "（" + i.numerator() + " / " + i.denominator() + "）";
            bars.add(new RateBar(i.code().label(), text, y, width, y + 16, value == null));
            desc.append(i.code().label()).append(' ').append(text).append("；");
            y += ROW;
        }
        return new RatesChart(y + 10, bars, desc.toString());
    }

    static ColumnsChart columns(Distribution d) {
        List<Bucket> shown = d.buckets().stream().filter(b -> b.count() > 0 || !b.code().startsWith("IMMEDIATE")
                && !b.code().equals("NO_DUE_DATE")).toList();
        long max = Math.max(1, shown.stream().mapToLong(Bucket::count).max().orElse(1));
        int plot = 160;
        int step = shown.isEmpty() ? WIDTH : (WIDTH - 40) / shown.size();
        List<Column> columns = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int x = 30;
        for (Bucket b : shown) {
            int h = (int) Math.round((double) b.count() / max * plot);
            columns.add(new Column(b.label(), b.count(), x, 20 + plot - h, h, 20 + plot + 18, Math.max(10, step - 14)));
            desc.append(b.label()).append(' ').append(b.count()).append(" 件；");
            x += step;
        }
        return new ColumnsChart(d.code(), d.label(), 20 + plot + 30, columns, desc.toString());
    }
}
