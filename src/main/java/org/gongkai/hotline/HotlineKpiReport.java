package org.gongkai.hotline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPI answer of {@code GET /api/v1/hotline-kpis} (issue #12): {@code unitCode} null for the whole county.
 *
 * @param indicators each with its numerator and denominator ({@code denominator} null for a count, {@code value}
 *                   null when the denominator is 0)
 */
public record HotlineKpiReport(String unitCode, LocalDate from, LocalDate to, List<Indicator> indicators) {

    public record Indicator(String code, String name, long numerator, Long denominator, BigDecimal value) {}
}
