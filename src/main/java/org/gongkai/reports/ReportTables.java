package org.gongkai.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of tables 二, 三 and 四, keyed as {@link ReportLayout} says ({@code table3.get(row).get(column)}).
 * Generated from the ledgers, frozen as a snapshot at submission, or entered for an earlier year.
 */
public record ReportTables(ReportFormat format, Map<String, Map<String, Long>> table2,
        Map<String, Map<String, Long>> table3, Map<String, Map<String, Long>> table4) {

    public ReportTables {
        Objects.requireNonNull(format, "format");
        table2 = normalise(table2, ReportLayout.TABLE2_KEYS.keySet().stream().toList(), k -> ReportLayout.TABLE2_KEYS.get(k));
        table3 = normalise(table3, ReportLayout.table3Rows(format), k -> ReportLayout.COLUMNS);
        table4 = normalise(table4, ReportLayout.TABLE4_KINDS, k -> ReportLayout.TABLE4_RESULTS);
    }

    /** Every cell present, in table order; missing cells are 0, unknown keys dropped. */
    private static Map<String, Map<String, Long>> normalise(Map<String, Map<String, Long>> in, List<String> rows,
            java.util.function.Function<String, List<String>> columns) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String row : rows) {
            Map<String, Long> given = in == null ? null : in.get(row);
            Map<String, Long> line = new LinkedHashMap<>();
            for (String column : columns.apply(row)) {
                Long v = given == null ? null : given.get(column);
                line.put(column, v == null ? 0L : v);
            }
            out.put(row, java.util.Collections.unmodifiableMap(line));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    public long t2(String block, String column) {
        return table2.get(block).get(column);
    }

    public long t3(String row, String column) {
        return table3.get(row).get(column);
    }

    public long t4(String kind, String result) {
        return table4.get(kind).get(result);
    }

    /** Cell-by-cell sum (the county total); all tables must have the same format. */
    public static ReportTables sum(ReportFormat format, List<ReportTables> all) {
        Map<String, Map<String, Long>> t2 = new LinkedHashMap<>();
        Map<String, Map<String, Long>> t3 = new LinkedHashMap<>();
        Map<String, Map<String, Long>> t4 = new LinkedHashMap<>();
        for (ReportTables t : all) {
            if (t.format() != format) {
                continue;
            }
            add(t2, t.table2());
            add(t3, t.table3());
            add(t4, t.table4());
        }
        return new ReportTables(format, t2, t3, t4);
    }

    private static void add(Map<String, Map<String, Long>> into, Map<String, Map<String, Long>> from) {
        from.forEach((row, cells) -> cells.forEach((col, v) ->
                into.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(col, v, Long::sum)));
    }
}
