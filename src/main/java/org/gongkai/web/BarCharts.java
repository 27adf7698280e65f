package org.gongkai.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the server-rendered SVG bar charts of the KPI dashboards (no script; {@code layout/charts.html}
 * draws them with a title and a description for screen readers, and each page shows the same figures in a table):
 * horizontal bars, each a share of the longest (a rate, or a count against the largest count), and vertical columns
 * for a distribution.
 */
public final class BarCharts {

    public static final int WIDTH = 640;
    static final int ROW = 30;
    static final int BAR_MAX = 300;
    static final int PLOT = 160;

    /** One horizontal bar as given: its label, its share of the full bar (0…1, null when undefined), its text. */
    public record Bar(String label, Double share, String text) {}

    /** One horizontal bar as drawn. */
    public record RateBar(String label, String text, int y, int width, int textY, boolean empty) {}

    public record RatesChart(int height, List<RateBar> bars, String description) {}

    /** One column as given. */
    public record Count(String label, long count) {}

    /** One column as drawn. */
    public record Column(String label, long count, int x, int y, int height, int labelY, int width) {}

    public record ColumnsChart(String code, String title, int height, List<Column> columns, String description) {}

    private BarCharts() {}

    /** Horizontal bars, one row each; the description reads every label and text. */
    public static RatesChart bars(List<Bar> bars) {
        List<RateBar> out = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = 10;
        for (Bar b : bars) {
            int width = b.share() == null ? 0 : (int) Math.round(Math.max(0, Math.min(1.0, b.share())) * BAR_MAX);
            out.add(new RateBar(b.label(), b.text(), y, width, y + 16, b.share() == null));
            desc.append(b.label()).append(' ').append(b.text()).append('；');
            y += ROW;
        }
        return new RatesChart(y + 10, out, desc.toString());
    }

    /** Horizontal bars of counts, each against the largest; the text is the count and {@code unit} (e.g. 件). */
    public static RatesChart counts(List<Count> counts, String unit) {
        long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
        return bars(counts.stream().map(c -> new Bar(c.label(), (double) c.count() / max, c.count() + " " + unit))
                .toList());
    }

    /** Vertical columns of a distribution; the description reads every label and count (件). */
    public static ColumnsChart columns(String code, String title, List<Count> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
        int step = counts.isEmpty() ? WIDTH : (WIDTH - 40) / counts.size();
        List<Column> columns = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int x = 30;
        for (Count c : counts) {
            int h = (int) Math.round((double) c.count() / max * PLOT);
            columns.add(new Column(c.label(), c.count(), x, 20 + PLOT - h, h, 20 + PLOT + 18, Math.max(10, step - 14)));
            desc.append(c.label()).append(' ').append(c.count()).append(" 件；");
            x += step;
        }
        return new ColumnsChart(code, title, 20 + PLOT + 30, columns, desc.toString());
    }
}
