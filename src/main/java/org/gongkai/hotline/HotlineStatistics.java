package org.gongkai.hotline;

import java.time.LocalDate;
import java.util.List;

/**
 * The hotline's published statistics for other modules (supervision's indicator table, issue #15): the KPI page's
 * own definitions ({@code HotlineKpis}, decisions 027 and 029) per unit, so a figure read here agrees with the KPI
 * page of the same unit and period. Tickets the centre handled itself (no unit) are left out.
 */
public interface HotlineStatistics {

    /**
     * One unit's {@code CLOSED_ON_TIME_RATE} (tickets closed in the period on or before the due date at closing, of
     * those closed) and {@code SATISFACTION_RATE} (callbacks in the period with satisfaction 4 or 5, of all callbacks).
     */
    record UnitRates(long unitId, long closedOnTime, long closed, long satisfied, long calledBack) {}

    /** A ticket open past its due date on {@code asOf}. */
    record OverdueTicket(String ticketNumber, long unitId, LocalDate dueOn) {}

    /** Per unit, units with neither a closed ticket nor a callback in the period left out. */
    List<UnitRates> ratesByUnit(LocalDate from, LocalDate to);

    /** Every ticket of a unit received by {@code asOf} and still open past its due date then, oldest due first. */
    List<OverdueTicket> overdueAt(LocalDate asOf);
}
