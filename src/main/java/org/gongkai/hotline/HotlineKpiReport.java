package org.gongkai.hotline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPI answer of {@code GET /api/v1/hotline-kpis} (issue #12): {@code unitCode} null for the whole county.
 *
 * @param indicators    each with its numerator and denominator ({@code denominator} null for a count, {@code value}
 *                      null when the denominator is 0)
 * @param distributions next to the rates: what the units did with the dispatches (accepted in time, late, returned,
 *                      not yet), the time used against the answer limit, the callbacks' satisfaction levels
 * @param units         the county's figures per unit (each unit's numerators and denominators; a row without a unit
 *                      code for the tickets the centre handled itself); empty in a unit's own report
 */
public record HotlineKpiReport(String unitCode, LocalDate from, LocalDate to, List<Indicator> indicators,
        List<Distribution> distributions, List<UnitRow> units) {

    /** One unit's row of the per-unit table; {@code unitCode} null for the centre's own tickets. */
    public record UnitRow(String unitCode, String unitName, List<Indicator> indicators) {}

    public record Indicator(String code, String name, long numerator, Long denominator, BigDecimal value) {

        /** The value as a percentage with one decimal, or 无数据 when the denominator is 0; a count as itself. */
        public String display() {
            if (denominator == null) {
                return String.valueOf(numerator);
            }
            return value == null ? "无数据" : value.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
        }
    }

    /** A distribution: how many rows fall in each bucket. */
    public record Distribution(String code, String label, List<Bucket> buckets) {}

    public record Bucket(String code, String label, long count) {}

    /** The hot spots of a period: tickets received by topic and by place, the most frequent first. */
    public record HotSpots(List<Bucket> byTopic, List<Bucket> byPlace) {}

    /** A page of the tickets behind one part (NUMERATOR or DENOMINATOR) of an indicator. */
    public record Tickets(String indicator, String name, String part, long total, int page, int size,
            List<TicketRow> rows) {}

    public record TicketRow(String ticketNumber, String category, String status, java.time.Instant receivedAt,
            LocalDate dueDate, LocalDate closedOn, String unitCode, String unitName) {}
}
