package org.gongkai.requests;

import java.time.LocalDate;

/**
 * One entry of a request's clock ledger.
 *
 * @param type     what happened
 * @param on       the day it happened
 * @param days     working days granted (only {@link ClockEventType#EXTENDED})
 * @param deadline the deadline set for the applicant ({@link ClockEventType#CORRECTION_REQUESTED}); null = default
 * @param code     the decision ({@link ClockEventType#DECIDED})
 * @param detail   approver, consultee, delivery channel, … (free text shown to staff)
 */
public record ClockEvent(ClockEventType type, LocalDate on, Integer days, LocalDate deadline, DecisionCode code,
        String detail) {

    public ClockEvent {
        if (type == null || on == null) {
            throw new IllegalArgumentException("type and date are required");
        }
    }

    public static ClockEvent of(ClockEventType type, LocalDate on) {
        return new ClockEvent(type, on, null, null, null, null);
    }

    public static ClockEvent of(ClockEventType type, LocalDate on, String detail) {
        return new ClockEvent(type, on, null, null, null, detail);
    }
}
