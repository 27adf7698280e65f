package org.gongkai.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of RULES §3. Table 三, every column: 一 + 二 = 三（七） + 四, and （七）总计 = the sum of the outcome
 * rows; every row: 总计 = the six applicant columns. Table 四: each 总计 = the four results before it. A report
 * failing any check cannot be submitted or imported.
 */
public final class ReportChecks {

    /** One check as the API and the draft page show it. */
    public record Check(String name, boolean ok, String detail) {}

    private ReportChecks() {}

    public static List<Check> of(ReportTables t) {
        List<Check> out = new ArrayList<>();
        List<String> outcomes = ReportLayout.outcomeRows(t.format());
        for (String column : ReportLayout.COLUMNS) {
            String label = ReportLayout.columnLabel(column);
            long left = t.t3(ReportLayout.NEW_THIS_YEAR, column) + t.t3(ReportLayout.CARRIED_OVER, column);
            long right = t.t3(ReportLayout.TOTAL_HANDLED, column) + t.t3(ReportLayout.CARRIED_TO_NEXT, column);
            out.add(new Check("表三“" + label + "”列：一＋二＝三（七）＋四", left == right,
                    left + " 与 " + right));
            long sum = outcomes.stream().mapToLong(row -> t.t3(row, column)).sum();
            long total = t.t3(ReportLayout.TOTAL_HANDLED, column);
            out.add(new Check("表三“" + label + "”列：（七）总计＝各项办理结果之和", sum == total, total + " 与 " + sum));
        }
        for (String row : ReportLayout.table3Rows(t.format())) {
            long sum = ReportLayout.COLUMNS.stream().filter(c -> !ReportLayout.TOTAL.equals(c))
                    .mapToLong(c -> t.t3(row, c)).sum();
            long total = t.t3(row, ReportLayout.TOTAL);
            out.add(new Check("表三“" + ReportLayout.rowLabel(row) + "”行：总计＝六类申请人之和", sum == total,
                    total + " 与 " + sum));
        }
        for (String kind : ReportLayout.TABLE4_KINDS) {
            long sum = ReportLayout.TABLE4_RESULTS.stream().filter(r -> !ReportLayout.TOTAL.equals(r))
                    .mapToLong(r -> t.t4(kind, r)).sum();
            long total = t.t4(kind, ReportLayout.TOTAL);
            out.add(new Check("表四“" + ReportLayout.TABLE4_KIND_LABELS.get(kind) + "”：总计＝前四项之和", sum == total,
                    total + " 与 " + sum));
        }
        boolean nonNegative = java.util.stream.Stream.of(t.table2(), t.table3(), t.table4())
                .flatMap(m -> m.values().stream()).flatMap(m -> m.values().stream()).allMatch(v -> v >= 0);
        out.add(new Check("各表数量均不为负数", nonNegative, ""));
        return out;
    }

    public static boolean allPass(List<Check> checks) {
        return checks.stream().allMatch(Check::ok);
    }
}
