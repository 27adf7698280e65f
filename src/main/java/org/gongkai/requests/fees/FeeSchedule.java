package org.gongkai.requests.fees;

import java.util.List;

/**
 * 信息处理费 (国办函〔2020〕109号, RULES §1.2): one method per application, each excess-progressive. Amounts in
 * fen. Implemented by the fees package; the tiers are settings with the national defaults.
 */
public interface FeeSchedule {

    /** The two charging methods; an application is charged by exactly one of them, never both. */
    enum Method {
        PER_APPLICATION("按件计收"),
        PER_PAGE("按量计收");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Fee for the applicant's {@code ordinalThisMonth}-th application in a calendar month (1-based). */
    long perApplicationFen(int ordinalThisMonth);

    /** Fee for one application delivering {@code pages} pages. */
    long perPageFen(int pages);

    /**
     * What the applicant has paid in a calendar month after {@code count} applications charged per
     * application (the sum of {@link #perApplicationFen} for 1..count); 0 for count 0.
     */
    default long monthTotalFen(int count) {
        long total = 0;
        for (int ordinal = 1; ordinal <= count; ordinal++) {
            total += perApplicationFen(ordinal);
        }
        return total;
    }

    /** The fee for one application with the tier lines that explain it (for the fee notice and the API). */
    Quote quote(Method method, int quantity);

    /**
     * A quoted fee.
     *
     * @param quantity  the application's ordinal this month (PER_APPLICATION) or its page count (PER_PAGE)
     * @param breakdown one line per tier that contributes (free tiers included), in order
     */
    record Quote(Method method, int quantity, long amountFen, List<Line> breakdown) {

        public String amountYuan() {
            return yuan(amountFen);
        }
    }

    /**
     * One tier of a quote: {@code units} items (pages or the one application) from {@code from} to {@code to}
     * at {@code unitFen} each; {@code description} is Chinese text such as "第31–100页，每页10.00元，共70页，计700.00元".
     */
    record Line(int from, int to, int units, long unitFen, long subtotalFen, String description) {}

    /** Fen as yuan with two decimals, e.g. 170000 → "1700.00". */
    static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
