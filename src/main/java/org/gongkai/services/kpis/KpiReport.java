package org.gongkai.services.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The figures of one scope and period: indicators, distributions next to the rates, and suspicious patterns. */
record KpiReport(String unitCode, LocalDate from, LocalDate to, LocalDate asOf, List<Indicator> indicators,
        List<Distribution> distributions, List<Flag> flags) {

    /** One figure: numerator, denominator (null for a count) and value (the ratio to 4 places, null over zero). */
    record Indicator(KpiCode code, long numerator, Long denominator) {

        public BigDecimal value() {
            if (denominator == null) {
                return BigDecimal.valueOf(numerator);
            }
            return denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        }

        /** The value as a percentage with one decimal, "—" over zero (pages). */
        public String percent() {
            BigDecimal v = value();
            return v == null ? "—" : v.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
        }
    }

    record Bucket(String code, String label, long count) {}

    /** A distribution and the indicators it stands next to. */
    record Distribution(String code, String label, List<KpiCode> nextTo, List<Bucket> buckets) {

        public long total() {
            return buckets.stream().mapToLong(Bucket::count).sum();
        }
    }

    /**
     * A pattern worth a look: which unit or station, how many of how many; {@code drillDown} names what the cases
     * behind it are listed by.
     */
    record Flag(String code, String label, String subject, long count, long base, String explanation,
            String drillDown, String subjectUnitCode) {}

    Indicator indicator(KpiCode code) {
        return indicators.stream().filter(i -> i.code() == code).findFirst().orElseThrow();
    }
}
