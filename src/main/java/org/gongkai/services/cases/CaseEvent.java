package org.gongkai.services.cases;

import java.time.LocalDate;

/**
 * One entry of a case's ledger.
 *
 * @param seq       its place in the ledger, from 1
 * @param type      what happened
 * @param on        the day it happened
 * @param procedure SUSPENDED: the special procedure
 * @param until     SUSPENDED: the planned end; REMINDED/OVERDUE: the due date concerned
 * @param detail    words shown with it (refusal reason, result, delivery method), may be null
 */
public record CaseEvent(int seq, CaseEventType type, LocalDate on, SuspensionProcedure procedure, LocalDate until,
        String detail) {

    public CaseEvent {
        if (type == null || on == null) {
            throw new IllegalArgumentException("type and date are required");
        }
    }

    /** Whether the clock replays it (the reminders and the overdue mark only report on the clock). */
    public boolean movesClock() {
        return switch (type) {
            case ACCEPTED, SUSPENDED, RESUMED, COMPLETED -> true;
            default -> false;
        };
    }
}
