package org.gongkai.services;

import java.time.LocalDate;
import java.util.List;

/**
 * Services' published statistics for other modules (supervision's indicator table, issue #15): the KPI page's own
 * definitions ({@code services.kpis.KpiDefinitions}, decision 021) counted per deciding unit, so a figure read here
 * agrees with the KPI page of the same unit and period.
 */
public interface ServiceStatistics {

    /** {@code ON_TIME_RATE} of one unit: cases completed in the period on or before their due date, of those completed. */
    record UnitOnTime(long unitId, long onTime, long completed) {}

    /** A case open past its due date on {@code asOf} ({@code OVERDUE_OPEN}). */
    record OverdueCase(String caseNumber, long unitId, LocalDate dueOn) {}

    /** Per unit (the unit itself, not its sub-units), units without a completed case in the period left out. */
    List<UnitOnTime> onTimeByUnit(LocalDate from, LocalDate to);

    /** Every case open past its due date on {@code asOf}, oldest due date first. */
    List<OverdueCase> overdueAt(LocalDate asOf);
}
